import CatalogusDomain
import JSON

/// An order as the API shows it: its lines priced (frozen, or the current price list's
/// for a draft), the totals, and for whom `history[].by` is written. Built once by
/// `OrderRepository.view(of:in:)`; the same value is the response body, the CSV rows
/// and the audit log's snapshot.
package struct OrderView: JSONRepresentable {
    package let order: Order
    package let lines: [ShownLine]
    package let totals: Totals
    /// The caller's role; nil for the audit log's full snapshot (the internal names).
    package private(set) var shownTo: Role?

    package init(order: Order, lines: [ShownLine], shownTo role: Role? = nil) throws {
        self.order = order
        self.lines = lines
        // At most 500 lines each within Money.maxLineCents: the sum fits.
        do { totals = try Totals(lines.compactMap(\.priced)) } catch {
            throw AppError.validation([.init(field: "lines", Message(.orderTotalTooLarge))])
        }
        shownTo = role
    }

    /// The same order as a caller of `role` reads it.
    package func shown(to role: Role?) -> OrderView {
        var view = self
        view.shownTo = role
        return view
    }

    /// The order's columns in their order, with the lines and totals after `reference`
    /// and the history after `cancel_reason`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        for column in Order.Column.allCases {
            w.key(column.jsonKey)
            order.value(column, into: &w)
            switch column {
            case .reference: writeLines(to: &w)
            case .cancelReason: writeHistory(to: &w)
            default: break
            }
        }
        w.endObject()
    }

    private func writeLines(to w: inout JSONWriter) {
        w.key("lines")
        w.beginArray()
        for line in lines { line.write(to: &w) }
        w.endArray()
        w.key("totals"); totals.write(to: &w)
        w.key("prices_frozen"); w.bool(order.lines.contains { $0.frozen != nil })
    }

    private func writeHistory(to w: inout JSONWriter) {
        w.key("history")
        w.beginArray()
        for entry in order.history {
            w.beginObject()
            w.key("status"); w.string(entry.status.rawValue)
            w.key("at"); w.string(entry.at)
            w.key("by"); w.string(entry.by(shownTo: shownTo))
            if let reason = entry.reason { w.key("reason"); w.string(reason) }
            w.endObject()
        }
        w.endArray()
    }

    package static let csvHeader = ["order_id", "number", "municipality", "year", "status", "reference", "line_no", "activity_id",
                            "activity_code", "activity_name", "quantity", "unit", "unit_price_cents", "inhabitants", "vat_rate",
                            "net_cents", "vat_cents", "gross_cents", "note"]

    /// One row per order line (CSV and workbook).
    package func csvRows(into csv: inout Table) {
        for line in lines {
            let p = line.priced
            csv.row([.integer(order.id), .text(order.number), .text(order.municipality), .integer(order.year), .code(order.status.rawValue, label: order.status.label),
                     .text(order.reference ?? ""), .integer(Int64(line.line.lineNo)), .integer(line.line.activityID), .text(line.activityCode),
                     .text(line.activityName), .integer(line.line.quantity), .code(line.unit, label: Vocabulary.unitTerms.label(line.unit)),
                     // An `inhabitant` line's net is quantity × price × inhabitants: the file must say by how many.
                     .money(p?.unitPriceCents), .integer(p?.inhabitants ?? nil), .percent(p?.vatRate, scale: 0), .money(p?.netCents), .money(p?.vatCents),
                     .money(p?.grossCents), .text(line.line.note ?? "")])
        }
    }
}

/// An order line as shown: the activity, and its price (frozen, or the current price
/// list's for a draft; nil when the draft's activity has no price that year).
package struct ShownLine {
    package var line: Order.Line
    package var activityCode: String
    package var activityName: String
    package var unit: String
    package var priced: PricedLine?

    /// The line's columns in their order, as the record writes them, but for what the
    /// price decides: the activity by its reference, the unit and price of `priced`
    /// (nulls without one), `inhabitants` only for a priced `inhabitant` line, and the
    /// amounts after it.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        for column in Order.Line.Column.allCases where column.shown {
            switch column {
            case .activityID:
                w.key(column.jsonKey)
                w.activityReference(id: line.activityID, code: activityCode, name: activityName)
            case .unit: w.key(column.jsonKey); w.string(unit)
            case .unitPriceCents: w.key(column.jsonKey); w.int(priced?.unitPriceCents)
            case .vatRate: w.key(column.jsonKey); w.int(priced?.vatRate)
            case .inhabitants:
                if let priced, priced.unit == "inhabitant" { w.key(column.jsonKey); w.int(priced.inhabitants) }
                w.key("net_cents"); w.int(priced?.netCents)
                w.key("vat_cents"); w.int(priced?.vatCents)
                w.key("gross_cents"); w.int(priced?.grossCents)
            default:
                w.key(column.jsonKey)
                line.value(column, into: &w)
            }
        }
        w.endObject()
    }
}
