import CatalogusDomain
import JSON

/// A quote line, or the price of an order's line, with the amounts computed from it (an
/// order's line is written by `ShownLine`).
package struct PricedLine: Sendable, Equatable {
    package var lineNo: Int
    package var activityID: Int64
    package var activityCode: String
    package var activityName: String
    package var quantity: Int64
    package var unit: String
    package var unitPriceCents: Int64
    package var vatRate: Int64
    /// For the `inhabitant` unit: the municipality's inhabitants that year.
    package var inhabitants: Int64?
    package var netCents: Int64
    package var vatCents: Int64
    package var grossCents: Int64

    package init(lineNo: Int, activityID: Int64, activityCode: String, activityName: String, quantity: Int64, unit: String, unitPriceCents: Int64, vatRate: Int64, inhabitants: Int64? = nil, netCents: Int64, vatCents: Int64, grossCents: Int64) {
        self.lineNo = lineNo
        self.activityID = activityID
        self.activityCode = activityCode
        self.activityName = activityName
        self.quantity = quantity
        self.unit = unit
        self.unitPriceCents = unitPriceCents
        self.vatRate = vatRate
        self.inhabitants = inhabitants
        self.netCents = netCents
        self.vatCents = vatCents
        self.grossCents = grossCents
    }

    package func write(to w: inout JSONWriter) {
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
        w.endObject()
    }
}

package struct Totals: Sendable, Equatable {
    package var netCents: Int64 = 0
    package var vatCents: Int64 = 0
    package var grossCents: Int64 = 0

    package init(netCents: Int64 = 0, vatCents: Int64 = 0, grossCents: Int64 = 0) {
        self.netCents = netCents
        self.vatCents = vatCents
        self.grossCents = grossCents
    }

    package init(_ lines: [PricedLine]) throws(Money.Overflow) {
        for line in lines {
            netCents = try Money.add(netCents, line.netCents)
            vatCents = try Money.add(vatCents, line.vatCents)
            grossCents = try Money.add(grossCents, line.grossCents)
        }
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("net_cents"); w.int(netCents)
        w.key("vat_cents"); w.int(vatCents)
        w.key("gross_cents"); w.int(grossCents)
        w.endObject()
    }
}
