import JSON
import SQLite

/// Loads and stores orders, their lines and history.
enum OrderRepository {
    static func load(_ id: Int64, in db: Connection) throws -> Order? {
        guard let row = try db.queryRow("""
            SELECT id, number, municipality, year, status, reference, cancel_reason, version, created_at, updated_at
            FROM purchase_order WHERE id = ?
            """, id) else { return nil }
        var order = Order(
            id: try row.column(0), number: try row.column(1), municipality: try row.column(2), year: try row.column(3),
            status: OrderStatus(rawValue: try row.column(4)) ?? .draft, reference: try row.column(5),
            cancelReason: try row.column(6), version: try row.column(7), createdAt: try row.column(8),
            updatedAt: try row.column(9), lines: [], history: [])
        try db.forEachRow("""
            SELECT line_no, activity_id, quantity, note, unit, unit_price_cents, vat_rate, inhabitants
            FROM order_line WHERE order_id = ? ORDER BY line_no
            """, arguments: [id]) { s in
            var frozen: Order.FrozenPrice?
            if let unit: String = try s.column(4) {
                frozen = Order.FrozenPrice(unit: unit, unitPriceCents: try s.column(5), vatRate: try s.column(6), inhabitants: try s.column(7))
            }
            order.lines.append(Order.Line(lineNo: try s.column(0), activityID: try s.column(1), quantity: try s.column(2),
                                          note: try s.column(3), frozen: frozen))
        }
        try db.forEachRow("""
            SELECT h.status, h.at, h.by_name, h.reason, t.role FROM order_history h LEFT JOIN api_token t ON t.id = h.token_id
            WHERE h.order_id = ? ORDER BY h.seq
            """, arguments: [id]) { s in
            order.history.append(Order.HistoryEntry(status: OrderStatus(rawValue: try s.column(0)) ?? .draft, at: try s.column(1),
                                                    by: try s.column(2), reason: try s.column(3),
                                                    byRole: try s.column(4, as: String?.self).flatMap(Role.init(rawValue:))))
        }
        return order
    }

    /// The order, or 404 — also when it belongs to another municipality than the
    /// caller's, so that its existence does not leak.
    static func require(_ reference: String, for context: AppContext, in db: Connection) throws -> Order {
        guard let id = Int64(reference), let order = try load(id, in: db), context.mayActFor(municipality: order.municipality) else {
            throw AppError.notFound("No order with id '\(reference)'.")
        }
        return order
    }

    /// Next gapless number for the municipality and year, e.g. `2026-GM1731-0001`.
    static func nextNumber(municipality: String, cbsCode: String, year: Int64, in db: Connection) throws -> String {
        try db.run("""
            INSERT INTO order_counter (municipality, year, last_number) VALUES (?, ?, 1)
            ON CONFLICT (municipality, year) DO UPDATE SET last_number = last_number + 1
            """, municipality, year)
        let number = try db.scalar("SELECT last_number FROM order_counter WHERE municipality = ? AND year = ?",
                                   municipality, year, as: Int64.self) ?? 1
        return "\(year)-\(cbsCode)-\(String(number).leftPadded(to: 4))"
    }

    static func insert(municipality: String, cbsCode: String, year: Int64, reference: String?, now: String,
                       in db: Connection) throws -> Int64 {
        let number = try nextNumber(municipality: municipality, cbsCode: cbsCode, year: year, in: db)
        try db.run("""
            INSERT INTO purchase_order (number, municipality, year, status, reference, version, created_at, updated_at)
            VALUES (?, ?, ?, 'draft', ?, 1, ?, ?)
            """, number, municipality, year, reference, now, now)
        return db.lastInsertRowID
    }

    static func replaceLines(_ orderID: Int64, with lines: [(activityID: Int64, quantity: Int64, note: String?)], in db: Connection) throws {
        try db.run("DELETE FROM order_line WHERE order_id = ?", orderID)
        for (index, line) in lines.enumerated() {
            try db.run("INSERT INTO order_line (order_id, line_no, activity_id, quantity, note) VALUES (?, ?, ?, ?, ?)",
                       orderID, index + 1, line.activityID, line.quantity, line.note)
        }
    }

    static func appendHistory(_ orderID: Int64, status: OrderStatus, actor: AuditLog.Actor, reason: String?, at: String,
                              in db: Connection) throws {
        let seq = try db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM order_history WHERE order_id = ?", orderID, as: Int64.self) ?? 1
        try db.run("""
            INSERT INTO order_history (order_id, seq, status, at, by_name, token_id, user_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, orderID, seq, status.rawValue, at, actor.name, actor.tokenID, actor.userID, reason)
    }

    /// Bumps the version if it is still `expected`; otherwise someone else changed it first.
    static func touch(_ order: Order, expectedVersion: Int64, now: String, in db: Connection) throws {
        try db.run("UPDATE purchase_order SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                   now, order.id, expectedVersion)
        guard db.changes == 1 else {
            throw AppError.preconditionFailed("The order changed while this request ran; read it again and retry.")
        }
    }
}
