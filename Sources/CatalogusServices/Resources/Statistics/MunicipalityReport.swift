import CatalogusDomain
import CatalogusStorage
import JSON

/// The annual report of one municipality and year, computed from registrations, key
/// figures and orders (docs/domain.md#statistics).
package struct MunicipalityReport {
    package struct ProgrammeRow {
        package let code: String
        package let name: String
        package var activities: Int64 = 0
        package var participants: Int64 = 0
        package var sessions: Int64 = 0
        package var formats: [String: (activities: Int64, participants: Int64, sessions: Int64)] = [:]
        package var confirmedNetCents: Int64 = 0
    }

    package struct ActivityRow {
        package let info: ActivityYearSums.ActivityInfo
        package let ordered: Int64
        package let delivered: Int64?
        package let participants: Int64
        package let confirmedNetCents: Int64
    }

    package let slug: String
    package let name: String
    package let cbsCode: String
    package let year: Int64
    package let inhabitants: Int64?
    package let figures: [(FigureDefinition, FigureNumber?)]
    package let programmes: [ProgrammeRow]
    package let activities: [ActivityRow]
    package let sums: ActivityYearSums

    package init(municipality: StatisticsRepository.Municipality, year: Int64, in repository: StatisticsRepository) throws {
        slug = municipality.slug
        name = municipality.name
        cbsCode = municipality.cbsCode
        self.year = year
        inhabitants = try repository.inhabitants(slug, year: year)
        let figureRepository = FigureRepository(db: repository.db)
        figures = try FigureService.allFigures(year: year, area: slug, scope: .municipality, in: figureRepository)
            + FigureService.allFigures(year: year, area: FigureService.organisation, scope: .organisation, in: figureRepository)
        sums = try ActivityYearSums(municipality: slug, year: year, in: repository)

        var rows = try repository.programmes().map { ProgrammeRow(code: $0.code, name: $0.name) }
        for (id, delivered) in sums.delivered {
            guard let info = sums.activities[id], let index = rows.firstIndex(where: { $0.code == info.programme }) else { continue }
            try rows[index].activities.add(delivered.registrations)
            try rows[index].participants.add(delivered.participants)
            try rows[index].sessions.add(delivered.sessions)
            var format = rows[index].formats[info.format] ?? (0, 0, 0)
            try format.activities.add(delivered.registrations)
            try format.participants.add(delivered.participants)
            try format.sessions.add(delivered.sessions)
            rows[index].formats[info.format] = format
        }
        for (id, ordered) in sums.confirmed {
            guard let info = sums.activities[id], let index = rows.firstIndex(where: { $0.code == info.programme }) else { continue }
            try rows[index].confirmedNetCents.add(ordered.netCents)
        }
        programmes = rows

        let sums = self.sums
        let ids = Set(sums.delivered.keys).union(sums.confirmed.keys)
        activities = ids.compactMap { id in
            guard let info = sums.activities[id] else { return nil }
            return ActivityRow(info: info, ordered: sums.confirmed[id]?.quantity ?? 0, delivered: sums.deliveredQuantity(id),
                               participants: sums.delivered[id]?.participants ?? 0,
                               confirmedNetCents: sums.confirmed[id]?.netCents ?? 0)
        }.sorted { ($0.info.programme, $0.info.name, $0.info.id) < ($1.info.programme, $1.info.name, $1.info.id) }
    }

    /// Confirmed net ÷ registered participants, rounded half away from zero; nil without either.
    package static func costPerParticipant(net: Int64, participants: Int64) -> Int64? {
        guard net > 0, participants > 0 else { return nil }
        return Money.divideRounded(net, by: participants)
    }

    /// Per 1,000 inhabitants, in tenths.
    package func per1000(_ value: Int64) -> Int64? {
        inhabitants.flatMap { FigureNumber.ratioTenths(value, $0, scale: 1000) }
    }

    /// Delivered ÷ ordered as a fraction with three decimals (e.g. "0.900"), in thousandths.
    package static func deliveryRateThousandths(delivered: Int64?, ordered: Int64) -> Int64? {
        guard let delivered, ordered > 0, let scaled = try? delivered.times(1000) else { return nil }
        return Money.divideRounded(scaled, by: ordered)
    }
}
