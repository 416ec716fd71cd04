import CatalogusDomain
import CatalogusStorage
import HTTPServer
import JSON
import SQLite

/// Budgets: who reads which, and setting one (audited).
package enum BudgetService {
    /// The year's budgets, one per municipality that has one. A municipality reads only its own.
    package static func list(year: Int64, municipality: String?, for context: Caller, in db: Connection) throws -> [BudgetView] {
        var slug = municipality
        if let own = context.principal?.ownMunicipality {
            if let slug, slug != own {
                throw AppError.forbidden(.init(.budgetOwnOnly))
            }
            slug = own
        }
        return try BudgetRepository.list(year: year, municipality: slug, in: db).map { try view($0, in: db) }
    }

    /// A municipality's budget of a year; 404 for an unknown municipality, another
    /// municipality's (its existence does not leak), or none set (no limit).
    package static func get(municipality slug: String, year yearText: String?, for context: Caller, in db: Connection) throws -> BudgetView {
        guard context.actsFor(municipality: slug), try MunicipalityRepository.find(slug, in: db) != nil else {
            throw AppError.notFound(.init(.municipalityUnknown, ["slug": .string(slug)]))
        }
        let year = try BudgetInput.year(yearText)
        guard let budget = try BudgetRepository.find(municipality: slug, year: year, in: db) else {
            throw AppError.notFound(.init(.budgetNone, ["municipality": .string(slug), "year": .integer(year)]))
        }
        return try view(budget, in: db)
    }

    /// Sets (last write wins) and audits; `created` when there was none before.
    /// `input` as `BudgetInput` read it, for its municipality and year: the time is the write's.
    package static func put(_ input: Budget, actor: AuditLog.Actor, writer: DatabaseWriter) throws -> (budget: BudgetView, created: Bool) {
        try writer.write { db in
            let slug = input.municipality, year = input.year
            _ = try MunicipalityRepository.require(slug, in: db)
            let before = try BudgetRepository.find(municipality: slug, year: year, in: db).map { try view($0, in: db) }
            var budget = input
            budget.updatedAt = Timestamp.now()
            try BudgetRepository.upsert(budget, in: db)
            let after = try view(budget, in: db)
            try AuditLog.record(db, actor: actor, action: before == nil ? "create" : "update", entity: "budget", id: "\(slug)/\(year)",
                                before: before, after: after)
            return (after, before == nil)
        }
    }

    private static func view(_ budget: Budget, in db: Connection) throws -> BudgetView {
        BudgetView(budget: budget, committedNetCents: try OrderRepository.committedNet(municipality: budget.municipality, year: budget.year,
                                                                                       excluding: nil, in: db))
    }
}
