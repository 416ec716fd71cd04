import JSON
import SQLite

/// Prices an order's lines for display and writes the order resource.
enum OrderPresenter {
    /// Frozen prices for submitted, confirmed and cancelled-after-submit orders; the
    /// current price list for a draft (nil where the draft's activity has no price).
    static func shownLines(_ order: Order, in db: Connection) throws -> [ShownLine] {
        let inhabitants: Int64? = try db.scalar(
            "SELECT count FROM municipality_inhabitants WHERE municipality = ? AND year = ?", order.municipality, order.year)
        return try order.lines.map { line in
            let activity = try ActivityService.require(String(line.activityID), in: db)
            var price = line.frozen
            if price == nil, order.status == .draft || order.status == .cancelled,
               let current = try ActivityService.price(of: activity, year: order.year, in: db),
               activity.unit != "inhabitant" || inhabitants != nil {
                price = Order.FrozenPrice(unit: activity.unit, unitPriceCents: current.unitPriceCents, vatRate: current.vatRate,
                                          inhabitants: activity.unit == "inhabitant" ? inhabitants : nil)
            }
            // A draft line can outgrow what a line may cost when its price rises; it then
            // shows unpriced (and cannot be submitted) instead of failing the read.
            let priced = price.flatMap { price in
                try? LinePricing.line(lineNo: line.lineNo, activity: activity, quantity: line.quantity, note: line.note, price: price)
            }
            return ShownLine(line: line, activityCode: activity.code, activityName: activity.name,
                             unit: price?.unit ?? activity.unit, priced: priced)
        }
    }

    static func totals(_ lines: [ShownLine]) throws -> Totals {
        // At most 500 lines each within Money.maxLineCents: the sum fits.
        do { return try Totals(lines.compactMap(\.priced)) } catch { throw AppError.validation([.init(field: "lines", message: "the total is too large")]) }
    }

    /// `shownTo` is the caller's role, which decides how `history[].by` reads.
    static func write(_ order: Order, in db: Connection, to w: inout JSONWriter, shownTo role: Role? = nil) throws {
        let lines = try shownLines(order, in: db)
        w.beginObject()
        w.key("id"); w.int(order.id)
        w.key("number"); w.string(order.number)
        w.key("municipality"); w.string(order.municipality)
        w.key("year"); w.int(order.year)
        w.key("status"); w.string(order.status.rawValue)
        w.key("reference"); w.string(order.reference)
        w.key("lines")
        w.beginArray()
        for line in lines { line.write(to: &w) }
        w.endArray()
        w.key("totals"); try totals(lines).write(to: &w)
        w.key("prices_frozen"); w.bool(order.lines.contains { $0.frozen != nil })
        w.key("cancel_reason"); w.string(order.cancelReason)
        w.key("history")
        w.beginArray()
        for entry in order.history {
            w.beginObject()
            w.key("status"); w.string(entry.status.rawValue)
            w.key("at"); w.string(entry.at)
            w.key("by"); w.string(entry.by(shownTo: role))
            if let reason = entry.reason { w.key("reason"); w.string(reason) }
            w.endObject()
        }
        w.endArray()
        w.key("version"); w.int(order.version)
        w.key("created_at"); w.string(order.createdAt)
        w.key("updated_at"); w.string(order.updatedAt)
        w.endObject()
    }

    /// The response body for the caller, and the audit log's full snapshot.
    static func render(_ order: Order, in db: Connection, shownTo role: Role?) throws -> (body: [UInt8], audit: JSONValue) {
        var w = JSONWriter()
        try write(order, in: db, to: &w)
        let audit = try JSONParser.parse(w.bytes)
        guard role == .municipality else { return (w.bytes, audit) }
        var shown = JSONWriter()
        try write(order, in: db, to: &shown, shownTo: role)
        return (shown.bytes, audit)
    }

    static func json(_ order: Order, in db: Connection) throws -> JSONValue {
        var w = JSONWriter()
        try write(order, in: db, to: &w)
        return try JSONParser.parse(w.bytes)
    }

    static let csvHeader = ["order_id", "number", "municipality", "year", "status", "reference", "line_no", "activity_id",
                            "activity_code", "activity_name", "quantity", "unit", "unit_price_cents", "inhabitants", "vat_rate",
                            "net_cents", "vat_cents", "gross_cents", "note"]

    /// One CSV row per order line.
    static func csvRows(_ order: Order, in db: Connection, into csv: inout CSVWriter) throws {
        for line in try shownLines(order, in: db) {
            let p = line.priced
            csv.row([.integer(order.id), .text(order.number), .text(order.municipality), .integer(order.year), .text(order.status.rawValue),
                     .text(order.reference ?? ""), .integer(Int64(line.line.lineNo)), .integer(line.line.activityID), .text(line.activityCode),
                     .text(line.activityName), .integer(line.line.quantity), .text(line.unit),
                     // An `inhabitant` line's net is quantity × price × inhabitants: the file must say by how many.
                     .integer(p?.unitPriceCents), .integer(p?.inhabitants ?? nil), .integer(p?.vatRate), .integer(p?.netCents), .integer(p?.vatCents),
                     .integer(p?.grossCents), .text(line.line.note ?? "")])
        }
    }
}
