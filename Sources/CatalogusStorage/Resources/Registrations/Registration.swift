import CatalogusDomain
import JSON
import SQLite

/// A record that an activity was held: when, where, how many took part. Counts only.
///
/// Each field is declared in this file only, as `Activity`'s are: the stored property,
/// its `Column`, the read in `init(row:)`, its `value(_:into:)` (the JSON of the API and
/// the audit record, INSERT/UPDATE and the bulk import's rows) and its `field(_:)` (the
/// decoder, the bulk CSV's header and the OpenAPI schemas). The activity and the location
/// are shown by reference, with the names a join reads (`Registration+JSON.swift`); the
/// CSV export picks its columns itself.
package struct Registration: Sendable, FieldedRecord {
    package var id: Int64
    package var activityID: Int64
    package var municipality: String
    package var locationID: Int64?
    package var date: String
    package var sessions: Int64
    package var participants: Int64
    package var orderID: Int64?
    package var partners: [String]
    package var notes: String?
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String
    /// What the join reads of the activity and the location, to show them by reference.
    package var joined: Joined

    package struct Joined: Sendable {
        package var activityCode = ""
        package var activityName = ""
        package var programme = ""
        package var locationName: String?
    }

    /// The columns of `registration`, in SELECT and JSON order.
    package enum Column: String, RecordColumn {
        case id
        case activityID = "activity_id"
        case municipality
        case locationID = "location_id"
        case date, sessions, participants
        case orderID = "order_id"
        /// Stored as a JSON array of names.
        case partners
        case notes, version
        case createdAt = "created_at"
        case updatedAt = "updated_at"

        /// The member's name in the API: the SQL name, but for the activity and the location (their references).
        package var jsonKey: String {
            switch self {
            case .activityID: "activity"
            case .locationID: "location"
            default: rawValue
            }
        }
    }

    package static let table = RecordTable<Column>(name: "registration", alias: "r")

    /// The activity's code, name and programme and the location's name come along, read as extra columns 0–3.
    package static let select = table.select(extra: "a.code, a.name, a.programme, l.name")
        + " JOIN activity a ON a.id = r.activity_id LEFT JOIN location l ON l.id = r.location_id"

    // Limits, which the schema states too.
    package static let earliestDate = "2000-01-01"
    package static let sessionsRange: ClosedRange<Int64> = 0...10_000
    package static let participantsRange: ClosedRange<Int64> = 0...1_000_000
    package static let maxPartners = 20
    package static let maxPartnerLength = 200
    package static let maxNotesLength = 2000
}

extension Registration {
    package init(row r: RecordRow<Column>) throws {
        id = try r.int64(.id)
        activityID = try r.int64(.activityID)
        municipality = try r.string(.municipality)
        locationID = try r.optionalInt64(.locationID)
        date = try r.string(.date)
        sessions = try r.int64(.sessions)
        participants = try r.int64(.participants)
        orderID = try r.optionalInt64(.orderID)
        partners = StoredJSONList.values(try r.string(.partners))
        notes = try r.optionalString(.notes)
        version = try r.int64(.version)
        createdAt = try r.string(.createdAt)
        updatedAt = try r.string(.updatedAt)
        joined = Joined(activityCode: try r.extraString(0), activityName: try r.extraString(1), programme: try r.extraString(2),
                      locationName: try r.extra(3, as: String?.self))
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .id: sink.integer(id)
        case .activityID: sink.integer(activityID)
        case .municipality: sink.text(municipality)
        case .locationID: sink.optionalInteger(locationID)
        case .date: sink.text(date)
        case .sessions: sink.integer(sessions)
        case .participants: sink.integer(participants)
        case .orderID: sink.optionalInteger(orderID)
        case .partners: sink.jsonList(partners)
        case .notes: sink.optionalText(notes)
        case .version: sink.integer(version)
        case .createdAt: sink.text(createdAt)
        case .updatedAt: sink.text(updatedAt)
        }
    }

    /// How a body (or a bulk row) sets a column (`RegistrationInput`); nil for one only the server sets.
    package static func field(_ column: Column) -> RecordField<Registration>? {
        switch column {
        case .id, .version, .createdAt, .updatedAt: nil
        case .activityID: .special(.activity)
        case .municipality: .special(.municipality)
        case .locationID: .special(.location)
        case .date: .special(.date)
        case .sessions: .special(.sessions)
        case .participants: .integer(\.participants, participantsRange)
        case .orderID: .special(.order)
        case .partners: .special(.partners)
        case .notes: .optionalFreeText(\.notes, maxLength: maxNotesLength)
        }
    }

    /// The fields a lookup or a rule of the registration's own decides (`RegistrationInput`).
    package enum SpecialField: RecordSpecialField {
        /// An activity's id or code; brings the activity's sessions per unit as the default of `sessions`.
        case activity
        /// The slug of an existing municipality.
        case municipality
        /// A location of the municipality.
        case location
        /// A calendar date from `earliestDate`, not after today in Europe/Amsterdam.
        case date
        /// Null or absent: the activity's sessions per unit.
        case sessions
        /// An order of the municipality.
        case order
        /// Names, each on one line; null clears them.
        case partners

        package var requiredOnCreate: Bool {
            switch self {
            case .activity, .municipality, .date: true
            case .location, .sessions, .order, .partners: false
            }
        }
    }

    /// A new registration before the body's fields are applied.
    package static func new(now: String) -> Registration {
        Registration(id: 0, activityID: 0, municipality: "", locationID: nil, date: "", sessions: 1, participants: 0, orderID: nil,
                     partners: [], notes: nil, version: 1, createdAt: now, updatedAt: now, joined: Joined())
    }
}
