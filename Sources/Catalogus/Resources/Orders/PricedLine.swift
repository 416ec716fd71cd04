import JSON

/// An order or quote line with its price and the amounts computed from it.
struct PricedLine: Sendable, Equatable {
    var lineNo: Int
    var activityID: Int64
    var activityCode: String
    var activityName: String
    var quantity: Int64
    var unit: String
    var unitPriceCents: Int64
    var vatRate: Int64
    /// For the `inhabitant` unit: the municipality's inhabitants that year.
    var inhabitants: Int64?
    var netCents: Int64
    var vatCents: Int64
    var grossCents: Int64
    var note: String?

    func write(to w: inout JSONWriter, includeNote: Bool) {
        w.beginObject()
        w.key("line_no"); w.int(lineNo)
        w.key("activity")
        w.activityReference(id: activityID, code: activityCode, name: activityName)
        w.key("quantity"); w.int(quantity)
        w.key("unit"); w.string(unit)
        w.key("unit_price_cents"); w.int(unitPriceCents)
        w.key("vat_rate"); w.int(vatRate)
        if unit == "inhabitant" { w.key("inhabitants"); w.int(inhabitants) }
        w.key("net_cents"); w.int(netCents)
        w.key("vat_cents"); w.int(vatCents)
        w.key("gross_cents"); w.int(grossCents)
        if includeNote { w.key("note"); w.string(note) }
        w.endObject()
    }
}

struct Totals: Sendable, Equatable {
    var netCents: Int64 = 0
    var vatCents: Int64 = 0
    var grossCents: Int64 = 0

    init(_ lines: [PricedLine]) throws(Money.Overflow) {
        for line in lines {
            netCents = try Money.add(netCents, line.netCents)
            vatCents = try Money.add(vatCents, line.vatCents)
            grossCents = try Money.add(grossCents, line.grossCents)
        }
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("net_cents"); w.int(netCents)
        w.key("vat_cents"); w.int(vatCents)
        w.key("gross_cents"); w.int(grossCents)
        w.endObject()
    }
}
