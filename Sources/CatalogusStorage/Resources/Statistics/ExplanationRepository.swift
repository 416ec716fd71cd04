import SQLite

/// The registrations a figure counts or adds up: one municipality's year of a programme
/// (and of one format), and which of their numbers (`activities` counts them).
package struct RegistrationSelection: Sendable, Equatable {
    package let programme: String
    package let format: String?
    package let measure: TimeSeries.Measure

    package init(programme: String, format: String? = nil, measure: TimeSeries.Measure) {
        self.programme = programme
        self.format = format
        self.measure = measure
    }
}

/// All SQL of a figure's explanation (`GET /api/v1/stats/…/explain`): the registrations
/// behind a figure, page by page, and who last changed a stored figure.
package struct ExplanationRepository {
    package let db: Connection

    package init(db: Connection) {
        self.db = db
    }

    /// A registration as an explanation shows it: what a person needs to recognise it.
    package struct RegistrationSource {
        package let id: Int64
        package let date: String
        package let participants: Int64
        package let sessions: Int64
        package let activityID: Int64
        package let activityCode: String
        package let activityName: String
        package let locationID: Int64?
        package let locationName: String?
    }

    /// How to find a selection's registrations. `byDate` walks the municipality's year in
    /// the page's order (`registration_by_municipality`: municipality, date, id) and stops at
    /// a page: cheap when the selection is much of that year. `byActivity` reads just the
    /// selection's rows per activity (`registration_by_activity_place`: activity_id,
    /// municipality, date, …) and sorts them: cheap when it is little of it.
    package enum Path { case byDate, byActivity }

    /// Registrations of a municipality's year, from the yearly sums.
    package func registrationCount(municipality: String, year: Int64) throws -> Int64 {
        try db.scalar("SELECT coalesce(sum(registrations), 0) FROM registration_year WHERE year = ? AND municipality = ?",
                      year, municipality, as: Int64.self) ?? 0
    }

    /// A page of the year's registrations a selection takes in, by (date, id): the same
    /// rows the yearly sums add up (published ones, the year by their date).
    package func registrations(_ selection: RegistrationSelection, municipality: String, year: Int64, page: PageRequest,
                               path: Path) throws -> Page<RegistrationSource> {
        let index = path == .byDate ? "registration_by_municipality" : "registration_by_activity_place"
        var sql = """
            SELECT r.id, r.date, r.participants, r.sessions, a.id, a.code, a.name, r.location_id, l.name
            FROM registration r INDEXED BY \(index) JOIN activity a ON a.id = r.activity_id LEFT JOIN location l ON l.id = r.location_id
            WHERE r.municipality = ? AND r.date BETWEEN ? AND ? AND \(Registration.isPublished)
              AND r.activity_id IN (SELECT id FROM activity WHERE programme = ?
            """
        var arguments: [any SQLiteBindable] = [municipality, "\(year)-01-01", "\(year)-12-31", selection.programme]
        if let format = selection.format { sql += " AND format = ?"; arguments.append(format) }
        sql += ")"
        if let after = page.after {
            sql += " AND (r.date > ? OR (r.date = ? AND r.id > ?))"
            arguments += [after.key, after.key, after.id]
        }
        sql += " ORDER BY r.date, r.id LIMIT ?"
        arguments.append(page.fetchLimit)
        var rows: [RegistrationSource] = []
        try db.forEachRow(sql, arguments: arguments) { s in
            rows.append(RegistrationSource(id: try s.column(0), date: try s.column(1), participants: try s.column(2),
                                           sessions: try s.column(3), activityID: try s.column(4), activityCode: try s.column(5),
                                           activityName: try s.column(6), locationID: try s.column(7), locationName: try s.column(8)))
        }
        return page.page(rows) { PageCursor(key: $0.date, id: $0.id) }
    }

    /// A confirmed order line as an explanation shows it: its order, activity and frozen price.
    package struct OrderLineSource {
        package let orderID: Int64, lineNo: Int64, number: String, activityID: Int64, activityCode: String, activityName: String
        package let quantity: Int64
        package let price: Order.FrozenPrice
    }

    /// A page of the confirmed order lines of a municipality's year in a programme, by
    /// (order, line): the lines whose net the report's `confirmed_net_cents` adds up.
    package func confirmedLines(programme: String, municipality: String, year: Int64, page: PageRequest) throws -> Page<OrderLineSource> {
        var sql = """
            SELECT o.id, l.line_no, o.number, a.id, a.code, a.name, l.quantity, l.unit, l.unit_price_cents, l.vat_rate, l.inhabitants
            FROM order_line l JOIN purchase_order o ON o.id = l.order_id JOIN activity a ON a.id = l.activity_id
            WHERE o.municipality = ? AND o.year = ? AND o.status = 'confirmed' AND l.unit IS NOT NULL AND a.programme = ?
            """
        var arguments: [any SQLiteBindable] = [municipality, year, programme]
        if let after = page.after {
            sql += " AND (o.id > ? OR (o.id = ? AND l.line_no > ?))"
            arguments += [after.id, after.id, Int64(after.key) ?? 0]
        }
        sql += " ORDER BY o.id, l.line_no LIMIT ?"
        arguments.append(page.fetchLimit)
        var rows: [OrderLineSource] = []
        try db.forEachRow(sql, arguments: arguments) { s in
            rows.append(OrderLineSource(orderID: try s.column(0), lineNo: try s.column(1), number: try s.column(2), activityID: try s.column(3),
                                        activityCode: try s.column(4), activityName: try s.column(5), quantity: try s.column(6),
                                        price: Order.FrozenPrice(unit: try s.column(7), unitPriceCents: try s.column(8),
                                                                 vatRate: try s.column(9), inhabitants: try s.column(10))))
        }
        return page.page(rows) { PageCursor(key: String($0.lineNo), id: $0.orderID) }
    }

    /// Who last changed the member `member` of an audited entity's snapshot, and when
    /// (`audit_log`): nil when no audited change set it (the demo data's figures).
    package func lastChange(entity: String, id: String, member: String) throws -> (by: String, at: String)? {
        let path = "$.\"\(member)\""
        var found: (String, String)?
        try db.forEachRow("""
            SELECT token_name, at FROM audit_log WHERE entity = ? AND entity_id = ?
              AND json_extract(after_json, ?) IS NOT json_extract(before_json, ?)
            ORDER BY id DESC LIMIT 1
            """, arguments: [entity, id, path, path]) { found = (try $0.column(0), try $0.column(1)) }
        return found
    }
}
