import JSON
import SQLite

/// The annual report of one municipality and year, computed from registrations, key
/// figures and orders (API.md, Statistics).
struct MunicipalityReport {
    struct ProgrammeRow {
        let code: String
        let name: String
        var activities: Int64 = 0
        var participants: Int64 = 0
        var sessions: Int64 = 0
        var formats: [String: (activities: Int64, participants: Int64, sessions: Int64)] = [:]
        var confirmedNetCents: Int64 = 0
    }

    struct ActivityRow {
        let info: ActivityYearSums.ActivityInfo
        let ordered: Int64
        let delivered: Int64?
        let participants: Int64
        let confirmedNetCents: Int64
    }

    let slug: String
    let name: String
    let cbsCode: String
    let year: Int64
    let inhabitants: Int64?
    let figures: [(FigureDefinition, FigureNumber?)]
    let programmes: [ProgrammeRow]
    let activities: [ActivityRow]
    let sums: ActivityYearSums

    init(municipality: Municipality, year: Int64, in db: Connection) throws {
        slug = municipality.slug
        name = municipality.name
        cbsCode = municipality.cbsCode
        self.year = year
        inhabitants = try db.scalar("SELECT count FROM municipality_inhabitants WHERE municipality = ? AND year = ?", slug, year)
        figures = try FigureService.allFigures(year: year, area: slug, scope: .municipality, in: db)
            + FigureService.allFigures(year: year, area: "organisation", scope: .organisation, in: db)
        sums = try ActivityYearSums(municipality: slug, year: year, in: db)

        var rows = try db.query("SELECT code, name FROM programme ORDER BY position").map {
            ProgrammeRow(code: try $0.column(0), name: try $0.column(1))
        }
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
    static func costPerParticipant(net: Int64, participants: Int64) -> Int64? {
        guard net > 0, participants > 0 else { return nil }
        return Money.divideRounded(net, by: participants)
    }

    /// Per 1,000 inhabitants, in tenths.
    func per1000(_ value: Int64) -> Int64? {
        inhabitants.flatMap { FigureNumber.ratioTenths(value, $0, scale: 1000) }
    }

    /// Delivered ÷ ordered as a fraction with three decimals (e.g. "0.900"), in thousandths.
    static func deliveryRateThousandths(delivered: Int64?, ordered: Int64) -> Int64? {
        guard let delivered, ordered > 0, let scaled = try? delivered.times(1000) else { return nil }
        return Money.divideRounded(scaled, by: ordered)
    }
}
