import CatalogusDomain
import CatalogusStorage
import HTTPServer
import JSON
import SQLite

/// Key figures: stored raw values and the totals and ratios computed from them (and
/// from registrations), never stored. A municipality token reads only its own
/// municipality's figures (404 for another's).
package struct FigureService {
    package let context: Caller

    package init(context: Caller) {
        self.context = context
    }

    package static let organisation = "organisation"

    package func definitions() throws -> [FigureDefinition] { try FigureRepository(db: context.reader).definitions() }

    package func figures(year: Int64, area: String) throws -> FiguresDocument {
        let repository = FigureRepository(db: context.reader)
        let scope = try scope(of: area, in: repository)
        return FiguresDocument(year: year, area: area, figures: try Self.allFigures(year: year, area: area, scope: scope, in: repository))
    }

    /// Merges values (`null` removes one), audited with the stored values before and after.
    package func put(year: Int64, area: String, _ body: JSONObject, actor: AuditLog.Actor) throws -> FiguresDocument {
        try context.writer.write { db in
            let repository = FigureRepository(db: db)
            let scope = try scope(of: area, in: repository)
            let input = try FiguresInput.decode(body, definitions: try repository.definitions(), scope: scope, area: area)
            let before = try repository.rawValues(year: year, area: area)
            let now = Timestamp.now()
            for (code, value) in input.changes {
                if let value { try repository.set(year: year, area: area, code: code, value: value, now: now) } else {
                    try repository.remove(year: year, area: area, code: code)
                }
            }
            let after = try repository.rawValues(year: year, area: area)
            try AuditLog.record(db, actor: actor, action: "update", entity: "figures", id: "\(year)/\(area)",
                                before: StoredFigures(values: before), after: StoredFigures(values: after))
            if before != after {
                try Outbox.record(.figuresChanged, id: .string("\(year)/\(area)"), url: "/api/v1/figures/\(year)/\(area)",
                                  municipality: scope == .municipality ? area : nil, extra: [("year", .integer(year)), ("area", .string(area))],
                                  in: db)
            }
            return FiguresDocument(year: year, area: area, figures: try Self.allFigures(year: year, area: area, scope: scope, in: repository))
        }
    }

    /// The area's scope; 404 for an unknown municipality, and for another municipality's
    /// figures when a municipality token asks.
    private func scope(of area: String, in repository: FigureRepository) throws -> FigureDefinition.Scope {
        if area == Self.organisation { return .organisation }
        guard try repository.municipalityExists(area), context.actsFor(municipality: area) else {
            throw AppError.notFound(.init(.municipalityUnknown, ["slug": .string(area)]))
        }
        return .municipality
    }

    // MARK: Computed figures

    package static func number(_ definition: FigureDefinition, raw value: Int64) -> FigureNumber {
        definition.unit == .percent ? .percentTenths(value * 10) : .count(value)
    }

    /// Every figure of the area's scope (raw and computed, each by its `FigureFormula`), in
    /// definition order; nil where never recorded or where an input was never recorded.
    package static func allFigures(year: Int64, area: String, scope: FigureDefinition.Scope,
                           in repository: FigureRepository) throws -> [(FigureDefinition, FigureNumber?)] {
        let definitions = try repository.definitions()
        let evaluation = try FigureEvaluation(year: year, area: area, definitions: definitions, in: repository)
        return try definitions.filter { $0.scope == scope }.map { definition in
            (definition, try FigureFormula.of(definition).flatMap { try evaluation.value($0) })
        }
    }

    package static func allFigures(year: Int64, area: String, scope: FigureDefinition.Scope, in db: Connection) throws -> [(FigureDefinition, FigureNumber?)] {
        try allFigures(year: year, area: area, scope: scope, in: FigureRepository(db: db))
    }
}
