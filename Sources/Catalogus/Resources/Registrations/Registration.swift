import JSON
import SQLite

/// A record that an activity was held: when, where, how many took part. Counts only.
///
/// Each field is declared in this file only, as `Activity`'s are: the stored property,
/// its `Column`, the read in `init(row:)`, its `value(_:into:)` (JSON, audit record,
/// INSERT/UPDATE and the bulk rows) and its `field(_:)` (`RegistrationInput` and the
/// OpenAPI schemas). The CSV export picks its columns itself (`Registration+JSON.swift`).
struct Registration: Sendable, FieldedRecord {
    var id: Int64
    var activityID: Int64
    var activityCode: String
    var activityName: String
    var programme: String
    var municipality: String
    var locationID: Int64?
    var locationName: String?
    var date: String
    var sessions: Int64
    var participants: Int64
    var orderID: Int64?
    var partners: [String]
    var notes: String?
    var version: Int64
    var createdAt: String
    var updatedAt: String

    /// The columns of `registration`, declared once: selects, inserts and reads derive from them.
    enum Column: String, RecordColumn {
        case id, activityID = "activity_id", municipality, locationID = "location_id", date, sessions, participants
        case orderID = "order_id", partners, notes, version, createdAt = "created_at", updatedAt = "updated_at"

        /// The member's name in the API and in a body: the references go by what they name.
        var jsonKey: String {
            switch self {
            case .activityID: "activity"
            case .locationID: "location"
            default: rawValue
            }
        }
    }

    static let table = RecordTable<Column>(name: "registration", alias: "r")

    /// The activity's code, name and programme and the location's name come along, read as extra columns 0–3.
    static let select = table.select(extra: "a.code, a.name, a.programme, l.name")
        + " JOIN activity a ON a.id = r.activity_id LEFT JOIN location l ON l.id = r.location_id"
}

extension Registration {
    init(row r: RecordRow<Column>) throws {
        id = try r.int64(.id)
        activityID = try r.int64(.activityID)
        activityCode = try r.extraString(0)
        activityName = try r.extraString(1)
        programme = try r.extraString(2)
        municipality = try r.string(.municipality)
        locationID = try r.optionalInt64(.locationID)
        locationName = try r.statement.column(r.table.count + 3, as: String?.self)
        date = try r.string(.date)
        sessions = try r.int64(.sessions)
        participants = try r.int64(.participants)
        orderID = try r.optionalInt64(.orderID)
        partners = Self.partners(fromStored: try r.string(.partners))
        notes = try r.optionalString(.notes)
        version = try r.int64(.version)
        createdAt = try r.string(.createdAt)
        updatedAt = try r.string(.updatedAt)
    }

    /// Partners are stored as a JSON array of names.
    static func partners(fromStored json: String) -> [String] {
        (try? JSONParser.parse(json))?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
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

    /// How a body sets a column (`RegistrationInput`); nil for one only the server sets.
    static func field(_ column: Column) -> RecordField<Registration>? {
        switch column {
        case .id, .version, .createdAt, .updatedAt: nil
        case .activityID: .special(.activity)
        case .municipality: .special(.municipality)
        case .locationID: .special(.location)
        case .date: .special(.date)
        case .sessions: .special(.sessions)
        case .participants: .integer(\.participants, RegistrationInput.participantsRange)
        case .orderID: .special(.order)
        case .partners: .special(.partners)
        case .notes: .optionalFreeText(\.notes, maxLength: RegistrationInput.maxNotesLength)
        }
    }

    /// The fields a lookup or a rule of their own decides (`RegistrationInput`).
    enum SpecialField: RecordSpecialField {
        case activity, municipality, location, date, sessions, order, partners

        var requiredOnCreate: Bool {
            switch self {
            case .activity, .municipality, .date: true
            case .location, .sessions, .order, .partners: false
            }
        }
    }

    /// A new registration before the body's fields are applied: what POST leaves unset.
    static func new() -> Registration {
        Registration(id: 0, activityID: 0, activityCode: "", activityName: "", programme: "", municipality: "", locationID: nil,
                     locationName: nil, date: "", sessions: 1, participants: 0, orderID: nil, partners: [], notes: nil,
                     version: 1, createdAt: "", updatedAt: "")
    }
}
