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

    static let select = """
        SELECT r.id, r.activity_id, a.code, a.name, a.programme, r.municipality, r.location_id, l.name, r.date, r.sessions,
               r.participants, r.order_id, r.partners, r.notes, r.version, r.created_at, r.updated_at
        FROM registration r JOIN activity a ON a.id = r.activity_id LEFT JOIN location l ON l.id = r.location_id
        """

    init(statement s: Statement) throws {
        id = try s.column(0)
        activityID = try s.column(1)
        activityCode = try s.column(2)
        activityName = try s.column(3)
        programme = try s.column(4)
        municipality = try s.column(5)
        locationID = try s.column(6)
        locationName = try s.column(7)
        date = try s.column(8)
        sessions = try s.column(9)
        participants = try s.column(10)
        orderID = try s.column(11)
        let partnersJSON: String = try s.column(12)
        partners = (try? JSONParser.parse(partnersJSON))?.arrayValue?.compactMap(\.stringValue) ?? []
        notes = try s.column(13)
        version = try s.column(14)
        createdAt = try s.column(15)
        updatedAt = try s.column(16)
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.int(id)
        w.key("activity")
        w.activityReference(id: activityID, code: activityCode, name: activityName)
        w.key("programme"); w.string(programme)
        w.key("municipality"); w.string(municipality)
        w.key("location")
        if let locationID {
            w.beginObject()
            w.key("id"); w.int(locationID)
            w.key("name"); w.string(locationName)
            w.endObject()
        } else {
            w.null()
        }
        w.key("date"); w.string(date)
        w.key("sessions"); w.int(sessions)
        w.key("participants"); w.int(participants)
        w.key("order_id"); w.int(orderID)
        w.key("partners"); w.beginArray(); for partner in partners { w.string(partner) }; w.endArray()
        w.key("notes"); w.string(notes)
        w.key("version"); w.int(version)
        w.key("created_at"); w.string(createdAt)
        w.key("updated_at"); w.string(updatedAt)
        w.endObject()
    }

    var json: JSONValue {
        var w = JSONWriter()
        write(to: &w)
        return (try? JSONParser.parse(w.bytes)) ?? .null
    }

    static let csvHeader = ["id", "date", "municipality", "activity_id", "activity_code", "activity_name", "programme",
                            "location_id", "location_name", "sessions", "participants", "order_id", "partners", "notes"]

    var csvRow: [CSVCell] {
        [.integer(id), .text(date), .text(municipality), .integer(activityID), .text(activityCode), .text(activityName), .text(programme),
         .integer(locationID), .text(locationName ?? ""), .integer(sessions), .integer(participants),
         .integer(orderID), .text(partners.joined(separator: "|")), .text(notes ?? "")]
    }
}
