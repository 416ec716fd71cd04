import JSON
import SQLite

/// A record that an activity was held: when, where, how many took part. Counts only.
struct Registration: Sendable {
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
    }

    static let table = RecordTable<Column>(name: "registration", alias: "r")

    /// The activity's code, name and programme and the location's name come along, read as extra columns 0–3.
    static let select = table.select(extra: "a.code, a.name, a.programme, l.name")
        + " JOIN activity a ON a.id = r.activity_id LEFT JOIN location l ON l.id = r.location_id"

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

    static func storedPartners(_ partners: [String]) -> String {
        String(decoding: JSONValue.array(partners.map { .string($0) }).serialized, as: UTF8.self)
    }
}
