import CatalogusDomain
import JSON
import SQLite

/// All SQL of orders: the order, its lines and history, the gapless numbers, and the
/// sums a submit and a budget are checked against.
package enum OrderRepository {
    package enum HistoryColumn: String, RecordColumn {
        case orderID = "order_id", seq, status, at, byName = "by_name", tokenID = "token_id", userID = "user_id", reason
    }

    package static let table = Order.table
    package static let lines = Order.Line.table
    package static let history = RecordTable<HistoryColumn>(name: "order_history", alias: "h")

    /// What a list may filter on; `visibleTo` is the municipality a municipality's caller is limited to.
    package struct Filter {
        package var municipality: String?
        package var visibleTo: String?
        package var year: Int64?
        package var status: OrderStatus?
        package var modifiedSince: String?
    }

    // MARK: Reading

    package static func load(_ id: Int64, in db: Connection) throws -> Order? {
        var order: Order?
        try db.forEachRow(table.select() + " WHERE id = ?", arguments: [id]) { s in order = try Order(row: table.row(s)) }
        guard var order else { return nil }
        try loadDetails(&order, in: db)
        return order
    }

    /// A page of orders by id.
    package static func page(_ filter: Filter, _ request: PageRequest, in db: Connection) throws -> Page<Order> {
        var conditions: [String] = []
        var arguments: [any SQLiteBindable] = []
        if let slug = filter.municipality { conditions.append("municipality = ?"); arguments.append(slug) }
        if let slug = filter.visibleTo { conditions.append("municipality = ?"); arguments.append(slug) }
        if let year = filter.year { conditions.append("year = ?"); arguments.append(year) }
        if let status = filter.status { conditions.append("status = ?"); arguments.append(status.rawValue) }
        if let since = filter.modifiedSince { conditions.append("updated_at >= ?"); arguments.append(since) }
        if let after = request.after { conditions.append("id > ?"); arguments.append(after.id) }
        var sql = table.select()
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY id LIMIT ?"
        arguments.append(request.fetchLimit)
        var rows: [Order] = []
        try db.forEachRow(sql, arguments: arguments) { s in rows.append(try Order(row: table.row(s))) }
        var page = request.page(rows) { PageCursor(id: $0.id) }
        for index in page.items.indices { try loadDetails(&page.items[index], in: db) }
        return page
    }

    private static func loadDetails(_ order: inout Order, in db: Connection) throws {
        var loaded: [Order.Line] = []
        try db.forEachRow(lines.select() + " WHERE order_id = ? ORDER BY line_no", arguments: [order.id]) { s in
            loaded.append(try Order.Line(lines.row(s)))
        }
        var entries: [Order.HistoryEntry] = []
        try db.forEachRow(history.select(extra: "t.role") + " LEFT JOIN api_token t ON t.id = h.token_id WHERE h.order_id = ? ORDER BY h.seq",
                          arguments: [order.id]) { s in
            let r = history.row(s)
            entries.append(Order.HistoryEntry(status: OrderStatus(rawValue: try r.string(.status)) ?? .draft, at: try r.string(.at),
                                              by: try r.string(.byName), reason: try r.optionalString(.reason),
                                              byRole: try s.column(history.count, as: String?.self).flatMap(Role.init(rawValue:))))
        }
        order.lines = loaded
        order.history = entries
    }

    /// The order as shown: frozen prices for submitted, confirmed and cancelled-after-submit
    /// orders; the current price list for a draft (nil where the draft's activity has no price).
    package static func view(of order: Order, in db: Connection) throws -> OrderView {
        let inhabitants = try self.inhabitants(municipality: order.municipality, year: order.year, in: db)
        let shown = try order.lines.map { line in
            let activity = try ActivityRepository.require(String(line.activityID), in: db)
            var price = line.frozen
            if price == nil, order.status == .draft || order.status == .cancelled,
               let current = try PriceRepository.price(of: activity, year: order.year, in: db),
               activity.unit != "inhabitant" || inhabitants != nil {
                price = Order.FrozenPrice(unit: activity.unit, unitPriceCents: current.unitPriceCents, vatRate: current.vatRate,
                                          inhabitants: activity.unit == "inhabitant" ? inhabitants : nil)
            }
            // A draft line can outgrow what a line may cost when its price rises; it then
            // shows unpriced (and cannot be submitted) instead of failing the read.
            let priced = price.flatMap { price in
                try? LinePricing.line(lineNo: line.lineNo, activity: activity, quantity: line.quantity, price: price)
            }
            return ShownLine(line: line, activityCode: activity.code, activityName: activity.name,
                             unit: price?.unit ?? activity.unit, priced: priced)
        }
        return try OrderView(order: order, lines: shown)
    }

    /// The municipality's inhabitants of a year, which an `inhabitant` line is priced by.
    package static func inhabitants(municipality: String, year: Int64, in db: Connection) throws -> Int64? {
        try MunicipalityRepository.inhabitants(of: municipality, year: year, in: db)
    }

    package static func count(municipality: String, year: Int64, in db: Connection) throws -> Int64 {
        try db.scalar("SELECT count(*) FROM purchase_order WHERE municipality = ? AND year = ?", municipality, year, as: Int64.self) ?? 0
    }

    /// Net total of the municipality's submitted and confirmed orders for the year,
    /// computed from their frozen lines.
    package static func committedNet(municipality: String, year: Int64, excluding orderID: Int64?, in db: Connection) throws -> Int64 {
        try db.scalar("""
            SELECT coalesce(sum(l.quantity * coalesce(l.inhabitants, 1) * l.unit_price_cents), 0)
            FROM order_line l JOIN purchase_order o ON o.id = l.order_id
            WHERE o.municipality = ? AND o.year = ? AND o.status IN ('submitted', 'confirmed') AND o.id != ?
            """, municipality, year, orderID ?? -1, as: Int64.self) ?? 0
    }

    // MARK: Writing

    /// Next gapless number for the municipality and year, e.g. `2026-GM1731-0001`.
    package static func nextNumber(municipality: String, cbsCode: String, year: Int64, in db: Connection) throws -> String {
        try db.run("""
            INSERT INTO order_counter (municipality, year, last_number) VALUES (?, ?, 1)
            ON CONFLICT (municipality, year) DO UPDATE SET last_number = last_number + 1
            """, municipality, year)
        let number = try db.scalar("SELECT last_number FROM order_counter WHERE municipality = ? AND year = ?",
                                   municipality, year, as: Int64.self) ?? 1
        return "\(year)-\(cbsCode)-\(String(number).leftPadded(to: 4))"
    }

    private static let insertColumns = Order.Column.allCases.filter { $0 != .id }

    /// A new draft with the next number; returns its id.
    package static func insert(_ order: Order, cbsCode: String, in db: Connection) throws -> Int64 {
        var order = order
        order.number = try nextNumber(municipality: order.municipality, cbsCode: cbsCode, year: order.year, in: db)
        try db.run(table.insert(insertColumns), arguments: order.arguments(insertColumns))
        return db.lastInsertRowID
    }

    /// A draft's line as stored: its number and what a body sets (`Order.Line.field(_:)`); no price.
    private static let lineInsertColumns = [Order.Line.Column.lineNo] + RecordInput.writable(Order.Line.self).map(\.column)

    package static func replaceLines(_ orderID: Int64, with resolved: [Order.Line], in db: Connection) throws {
        try db.run("DELETE FROM order_line WHERE order_id = ?", orderID)
        for line in resolved {
            try db.run(lines.insert(lineInsertColumns, extra: ["order_id"]), arguments: line.arguments(lineInsertColumns) + [orderID])
        }
    }

    /// What a change (PATCH) may set (`Order.field(_:)`).
    private static let changeableColumns = RecordInput.writable(Order.self, creating: false).map(\.column)

    /// Stores the fields a change may set; the caller bumps the version (`touch`).
    package static func update(_ order: Order, in db: Connection) throws {
        try db.run(table.update(changeableColumns) + " WHERE id = ?", arguments: order.arguments(changeableColumns) + [order.id])
    }

    /// The new status; a cancel's reason is kept, any other change leaves the stored one.
    package static func setStatus(_ orderID: Int64, _ status: OrderStatus, cancelReason: String?, in db: Connection) throws {
        try db.run("UPDATE purchase_order SET status = ?, cancel_reason = coalesce(?, cancel_reason) WHERE id = ?",
                   status.rawValue, cancelReason, orderID)
    }

    /// Stores the prices frozen at submit on each line.
    package static func freeze(_ orderID: Int64, _ priced: [PricedLine], in db: Connection) throws {
        for line in priced {
            try db.run(lines.update([.unit, .unitPriceCents, .vatRate, .inhabitants]) + " WHERE order_id = ? AND line_no = ?",
                       line.unit, line.unitPriceCents, line.vatRate, line.inhabitants, orderID, line.lineNo)
        }
    }

    package static func unfreeze(_ orderID: Int64, in db: Connection) throws {
        try db.run("UPDATE order_line SET unit = NULL, unit_price_cents = NULL, vat_rate = NULL, inhabitants = NULL WHERE order_id = ?", orderID)
    }

    package static func appendHistory(_ orderID: Int64, status: OrderStatus, actor: AuditLog.Actor, reason: String?, at: String,
                              in db: Connection) throws {
        let seq = try db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM order_history WHERE order_id = ?", orderID, as: Int64.self) ?? 1
        try db.run(history.insert(HistoryColumn.allCases),
                   orderID, seq, status.rawValue, at, actor.name, actor.tokenID, actor.userID, reason)
    }

    /// Bumps the version if it is still `expected`; otherwise someone else changed it first.
    package static func touch(_ order: Order, expectedVersion: Int64, now: String, in db: Connection) throws {
        try db.run("UPDATE purchase_order SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                   now, order.id, expectedVersion)
        guard db.changes == 1 else {
            throw AppError.preconditionFailed(.init(.resourceChangedDuringRequest))
        }
    }
}
