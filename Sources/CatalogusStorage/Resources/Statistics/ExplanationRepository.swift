import SQLite

/// All SQL of a figure's explanation (`GET /api/v1/stats/…/explain`): the registrations and
/// confirmed order lines behind a figure, page by page, and who last changed a stored one.
package struct ExplanationRepository {
    package let db: Connection

    package init(db: Connection) { self.db = db }

    /// A registration as an explanation shows it: what a person needs to recognise it.
    package struct RegistrationSource {
        package let id: Int64, date: String, participants: Int64, sessions: Int64
        package let activityID: Int64, activityCode: String, activityName: String, locationID: Int64?, locationName: String?
    }

    /// How to find them. `byDate` walks the municipality's year in the page's order
    /// (`registration_by_municipality`: municipality, date, id) and stops at a page: cheap when
    /// they are much of that year. `byActivity` reads only theirs per activity
    /// (`registration_by_activity_place`: activity_id, municipality, date, …) and sorts them.
    package enum Path { case byDate, byActivity }

    package func registrationCount(municipality: String, year: Int64) throws -> Int64 {
        try db.scalar("SELECT coalesce(sum(registrations), 0) FROM registration_year WHERE year = ? AND municipality = ?",
                      year, municipality, as: Int64.self) ?? 0
    }

    /// A page, by (date, id), of a municipality's registrations of a year in a programme (and
    /// format): the rows the yearly sums add up (published ones, the year by their date).
    package func registrations(programme: String, format: String?, municipality: String, year: Int64, page: PageRequest,
                               path: Path) throws -> Page<RegistrationSource> {
        var sql = """
            SELECT r.id, r.date, r.participants, r.sessions, a.id, a.code, a.name, r.location_id, l.name
            FROM registration r INDEXED BY \(path == .byDate ? "registration_by_municipality" : "registration_by_activity_place")
            JOIN activity a ON a.id = r.activity_id LEFT JOIN location l ON l.id = r.location_id
            WHERE r.municipality = ? AND r.date BETWEEN ? AND ? AND \(Registration.isPublished)
              AND r.activity_id IN (SELECT id FROM activity WHERE programme = ?\(format == nil ? "" : " AND format = ?"))
            """
        var arguments: [any SQLiteBindable] = [municipality, "\(year)-01-01", "\(year)-12-31", programme]
        if let format { arguments.append(format) }
        if let after = page.after { sql += " AND (r.date > ? OR (r.date = ? AND r.id > ?))"; arguments += [after.key, after.key, after.id] }
        var rows: [RegistrationSource] = []
        try db.forEachRow(sql + " ORDER BY r.date, r.id LIMIT ?", arguments: arguments + [page.fetchLimit]) { s in
            rows.append(RegistrationSource(id: try s.column(0), date: try s.column(1), participants: try s.column(2), sessions: try s.column(3),
                                           activityID: try s.column(4), activityCode: try s.column(5), activityName: try s.column(6),
                                           locationID: try s.column(7), locationName: try s.column(8)))
        }
        return page.page(rows) { PageCursor(key: $0.date, id: $0.id) }
    }

    /// A confirmed order line as an explanation shows it: its order, activity and frozen price.
    package struct OrderLineSource {
        package let orderID: Int64, lineNo: Int64, number: String, activityID: Int64, activityCode: String, activityName: String
        package let quantity: Int64, price: Order.FrozenPrice
    }

    /// A page, by (order, line), of the confirmed order lines of a municipality's year in a
    /// programme: the lines whose net the report's `confirmed_net_cents` adds up.
    package func confirmedLines(programme: String, municipality: String, year: Int64, page: PageRequest) throws -> Page<OrderLineSource> {
        var sql = """
            SELECT o.id, l.line_no, o.number, a.id, a.code, a.name, l.quantity, l.unit, l.unit_price_cents, l.vat_rate, l.inhabitants
            FROM order_line l JOIN purchase_order o ON o.id = l.order_id JOIN activity a ON a.id = l.activity_id
            WHERE o.municipality = ? AND o.year = ? AND o.status = 'confirmed' AND l.unit IS NOT NULL AND a.programme = ?
            """
        var arguments: [any SQLiteBindable] = [municipality, year, programme]
        if let after = page.after { sql += " AND (o.id > ? OR (o.id = ? AND l.line_no > ?))"; arguments += [after.id, after.id, Int64(after.key) ?? 0] }
        var rows: [OrderLineSource] = []
        try db.forEachRow(sql + " ORDER BY o.id, l.line_no LIMIT ?", arguments: arguments + [page.fetchLimit]) { s in
            rows.append(OrderLineSource(orderID: try s.column(0), lineNo: try s.column(1), number: try s.column(2), activityID: try s.column(3),
                                        activityCode: try s.column(4), activityName: try s.column(5), quantity: try s.column(6),
                                        price: Order.FrozenPrice(unit: try s.column(7), unitPriceCents: try s.column(8),
                                                                 vatRate: try s.column(9), inhabitants: try s.column(10))))
        }
        return page.page(rows) { PageCursor(key: String($0.lineNo), id: $0.orderID) }
    }

    /// Who last changed `member` of an audited entity's snapshot, and when; nil when no
    /// audited change set it (the demo data's figures).
    package func lastChange(entity: String, id: String, member: String) throws -> (by: String, at: String)? {
        let path = "$.\"\(member)\""
        return try db.queryRow("""
            SELECT token_name, at FROM audit_log WHERE entity = ? AND entity_id = ?
              AND json_extract(after_json, ?) IS NOT json_extract(before_json, ?) ORDER BY id DESC LIMIT 1
            """, arguments: [entity, id, path, path]).map { (try $0.column(0), try $0.column(1)) }
    }
}
