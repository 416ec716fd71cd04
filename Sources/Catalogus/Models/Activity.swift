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
        a.id, a.code, a.name, a.summary, a.description, a.programme, a.audience_list,
        a.format, a.unit, a.sessions_per_unit, a.max_participants, a.active, a.version, a.created_at, a.updated_at
        """

    init(statement s: Statement) throws {
        id = try s.int64(0)
        code = try s.string(1)
        name = try s.string(2)
        summary = try s.string(3)
        description = try s.string(4)
        programme = try s.string(5)
        let list = try s.string(6)
        audiences = list.isEmpty ? [] : list.utf8.split(separator: UInt8(ascii: ",")).map { String(decoding: $0, as: UTF8.self) }
        format = try s.string(7)
        unit = try s.string(8)
        sessionsPerUnit = try s.optionalInt64(9)
        maxParticipants = try s.optionalInt64(10)
        active = try s.bool(11)
        version = try s.int64(12)
        createdAt = try s.string(13)
        updatedAt = try s.string(14)
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
