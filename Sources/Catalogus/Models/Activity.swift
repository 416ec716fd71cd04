import JSON
import SQLite

/// A catalogue item: an activity or a service, with its pricing unit.
struct Activity: Sendable {
    var id: Int64
    var code: String
    var name: String
    var summary: String
    var description: String
    var programme: String
    var audiences: [String]
    var format: String
    var unit: String
    var sessionsPerUnit: Int64?
    var maxParticipants: Int64?
    var active: Bool
    var version: Int64
    var createdAt: String
    var updatedAt: String

    /// The columns `init(statement:)` reads, in order.
    static let columns = """
        a.id, a.code, a.name, a.summary, a.description, a.programme,
        (SELECT group_concat(audience, ',') FROM (SELECT audience FROM activity_audience WHERE activity_id = a.id ORDER BY position)),
        a.format, a.unit, a.sessions_per_unit, a.max_participants, a.active, a.version, a.created_at, a.updated_at
        """

    init(statement s: Statement) throws {
        id = try s.column(0)
        code = try s.column(1)
        name = try s.column(2)
        summary = try s.column(3)
        description = try s.column(4)
        programme = try s.column(5)
        audiences = (try s.column(6, as: String?.self))?.split(separator: ",").map(String.init) ?? []
        format = try s.column(7)
        unit = try s.column(8)
        sessionsPerUnit = try s.column(9)
        maxParticipants = try s.column(10)
        active = try s.column(11)
        version = try s.column(12)
        createdAt = try s.column(13)
        updatedAt = try s.column(14)
    }

    /// Writes the resource; `price` is written only when the caller asked for a year
    /// (`.some(nil)` writes `"price": null`).
    func write(to w: inout JSONWriter, price: YearPrice?? = .none) {
        w.beginObject()
        w.key("id"); w.int(id)
        w.key("code"); w.string(code)
        w.key("name"); w.string(name)
        w.key("summary"); w.string(summary)
        w.key("description"); w.string(description)
        w.key("programme"); w.string(programme)
        w.key("audiences"); w.beginArray(); for audience in audiences { w.string(audience) }; w.endArray()
        w.key("format"); w.string(format)
        w.key("unit"); w.string(unit)
        w.key("sessions_per_unit"); w.int(sessionsPerUnit)
        w.key("max_participants"); w.int(maxParticipants)
        w.key("active"); w.bool(active)
        w.key("version"); w.int(version)
        w.key("created_at"); w.string(createdAt)
        w.key("updated_at"); w.string(updatedAt)
        if case .some(let price) = price {
            w.key("price")
            if let price { price.write(to: &w) } else { w.null() }
        }
        w.endObject()
    }

    var json: JSONValue {
        var writer = JSONWriter()
        write(to: &writer)
        return (try? JSONParser.parse(writer.bytes)) ?? .null
    }
}

/// One year's price of an activity.
struct YearPrice: Sendable, Equatable {
    var year: Int64
    var unitPriceCents: Int64
    var vatRate: Int64
    var unit: String

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("year"); w.int(year)
        w.key("unit_price_cents"); w.int(unitPriceCents)
        w.key("vat_rate"); w.int(vatRate)
        w.key("unit"); w.string(unit)
        w.endObject()
    }
}
