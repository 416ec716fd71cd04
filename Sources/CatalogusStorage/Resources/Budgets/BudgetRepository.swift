import SQLite

/// All SQL of budgets.
package enum BudgetRepository {
    package enum Column: String, RecordColumn {
        case municipality, year, netCents = "net_cents", orderDeadline = "order_deadline", updatedAt = "updated_at"
    }

    package static let table = RecordTable<Column>(name: "budget")

    package static func find(municipality slug: String, year: Int64, in db: Connection) throws -> Budget? {
        var budget: Budget?
        try db.forEachRow(table.select() + " WHERE municipality = ? AND year = ?", arguments: [slug, year]) { s in
            budget = try record(table.row(s))
        }
        return budget
    }

    /// The year's budgets by municipality; only `municipality`'s when given.
    package static func list(year: Int64, municipality slug: String?, in db: Connection) throws -> [Budget] {
        var budgets: [Budget] = []
        try db.forEachRow(table.select() + " WHERE year = ?1 AND (?2 IS NULL OR municipality = ?2) ORDER BY municipality",
                          arguments: [year, slug]) { s in budgets.append(try record(table.row(s))) }
        return budgets
    }

    /// Sets the budget (last write wins).
    package static func upsert(_ budget: Budget, in db: Connection) throws {
        try db.run(table.insert(Column.allCases) + """
             ON CONFLICT (municipality, year) DO UPDATE SET net_cents = excluded.net_cents,
                order_deadline = excluded.order_deadline, updated_at = excluded.updated_at
            """, budget.municipality, budget.year, budget.netCents, budget.orderDeadline, budget.updatedAt)
    }

    private static func record(_ r: RecordRow<Column>) throws -> Budget {
        Budget(municipality: try r.string(.municipality), year: try r.int64(.year), netCents: try r.int64(.netCents),
               orderDeadline: try r.optionalString(.orderDeadline), updatedAt: try r.string(.updatedAt))
    }
}
