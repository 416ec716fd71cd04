import JSON
import SQLite

/// A record that an activity was held: when, where, how many took part. Counts only.
package struct Registration: Sendable {
    package var id: Int64
    package var activityID: Int64
    package var activityCode: String
    package var activityName: String
    package var programme: String
    package var municipality: String
    package var locationID: Int64?
    package var locationName: String?
    package var date: String
    package var sessions: Int64
    package var participants: Int64
    package var orderID: Int64?
    package var partners: [String]
    package var notes: String?
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String

    /// The columns of `registration`, declared once: selects, inserts and reads derive from them.
    package enum Column: String, RecordColumn {
        case id, activityID = "activity_id", municipality, locationID = "location_id", date, sessions, participants
        case orderID = "order_id", partners, notes, version, createdAt = "created_at", updatedAt = "updated_at"
    }

    package static let table = RecordTable<Column>(name: "registration", alias: "r")

    /// The activity's code, name and programme and the location's name come along, read as extra columns 0–3.
    package static let select = table.select(extra: "a.code, a.name, a.programme, l.name")
        + " JOIN activity a ON a.id = r.activity_id LEFT JOIN location l ON l.id = r.location_id"

    package init(row r: RecordRow<Column>) throws {
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
    package static func partners(fromStored json: String) -> [String] {
        (try? JSONParser.parse(json))?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    package static func storedPartners(_ partners: [String]) -> String {
        String(decoding: JSONValue.array(partners.map { .string($0) }).serialized, as: UTF8.self)
    }
}
