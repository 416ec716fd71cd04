import SQLite

/// All SQL of budgets.
package enum BudgetRepository {
    private static let table = Budget.table

    package static func find(municipality slug: String, year: Int64, in db: Connection) throws -> Budget? {
        var budget: Budget?
        try db.forEachRow(table.select() + " WHERE municipality = ? AND year = ?", arguments: [slug, year]) { s in
            budget = try Budget(table.row(s))
        }
        return budget
    }

    /// The year's budgets by municipality; only `municipality`'s when given.
    package static func list(year: Int64, municipality slug: String?, in db: Connection) throws -> [Budget] {
        var budgets: [Budget] = []
        try db.forEachRow(table.select() + " WHERE year = ?1 AND (?2 IS NULL OR municipality = ?2) ORDER BY municipality",
                          arguments: [year, slug]) { s in budgets.append(try Budget(table.row(s))) }
        return budgets
    }

    /// Sets the budget (last write wins).
    package static func upsert(_ budget: Budget, in db: Connection) throws {
        try db.run(upsertSQL, arguments: budget.arguments(Budget.Column.allCases))
    }

    /// What a body sets (`Budget.field(_:)`) and the time replace a year's budget.
    private static let upsertSQL = table.upsert(Budget.Column.allCases, conflict: [.municipality, .year],
                                                update: RecordInput.writable(Budget.self, creating: false).map(\.column) + [.updatedAt])
}
