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

    /// The computed figures of a year and area; nil where an input was never recorded.
    package static func computedValues(year: Int64, area: String, raw: [String: Int64],
                               in repository: FigureRepository) throws -> [String: FigureNumber?] {
        func sum(_ codes: [String]) -> Int64? {
            let present = codes.compactMap { raw[$0] }
            return present.isEmpty ? nil : present.reduce(0, +)
        }
        if area == organisation {
            return ["loans_online_total": sum(["loans_ebooks", "loans_audiobooks"]).map { .count($0) }]
        }
        let membersTotal = sum(["members_paying", "members_youth", "members_start", "members_other"])
        let inhabitants = try repository.inhabitants(area, year: year)
        let platform = try repository.registrationSums(municipality: area, year: year, programme: "platform")
        let courses = try repository.registrationSums(municipality: area, year: year, programme: "digitale-vaardigheden", format: "course")
        let officeHours = try repository.registrationSums(municipality: area, year: year, programme: "digitale-vaardigheden",
                                                          format: "office_hours")
        var participation: FigureNumber?
        if let membersTotal, let inhabitants, let tenths = FigureNumber.ratioTenths(membersTotal, inhabitants, scale: 100) {
            participation = .percentTenths(tenths)
        }
        return [
            "platform_activities": .count(platform.registrations),
            "platform_participants": .count(platform.participants),
            "members_total": membersTotal.map { .count($0) },
            "inhabitants": inhabitants.map { .count($0) },
            "participation_rate": participation,
            "digital_courses": .count(courses.registrations),
            "digital_course_sessions": .count(courses.sessions),
            "ido_office_hours": .count(officeHours.registrations),
            "loans_physical_total": sum(["loans_books", "loans_avm", "loans_magazines"]).map { .count($0) },
        ]
    }

    /// Every figure of the area's scope (raw and computed), in definition order; nil
    /// where never recorded.
    package static func allFigures(year: Int64, area: String, scope: FigureDefinition.Scope,
                           in repository: FigureRepository) throws -> [(FigureDefinition, FigureNumber?)] {
        let raw = try repository.rawValues(year: year, area: area)
        let computed = try computedValues(year: year, area: area, raw: raw, in: repository)
        return try repository.definitions().filter { $0.scope == scope }.map { definition in
            if definition.computed { return (definition, computed[definition.code] ?? nil) }
            return (definition, raw[definition.code].map { number(definition, raw: $0) })
        }
    }

    package static func allFigures(year: Int64, area: String, scope: FigureDefinition.Scope, in db: Connection) throws -> [(FigureDefinition, FigureNumber?)] {
        try allFigures(year: year, area: area, scope: scope, in: FigureRepository(db: db))
    }
}
