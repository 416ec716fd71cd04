import CatalogusDomain
import CatalogusStorage
import JSON

/// One row per municipality plus organisation totals, with figures per 1,000
/// inhabitants so that municipalities of different size compare.
package struct Overview {
    package struct Row {
        package let slug: String
        package let name: String
        package var inhabitants: Int64?
        package var activities: Int64 = 0
        package var participants: Int64 = 0
        package var sessions: Int64 = 0
        package var membersTotal: Int64?
        package var loansPhysicalTotal: Int64?
        package var visitorsLibrary: Int64?
        package var confirmedNetCents: Int64 = 0
        /// For the organisation's row: the inhabitants of the municipalities that report
        /// each key figure, so that one without the figure does not dilute its ratio.
        package var reportingInhabitants: [String: Int64] = [:]

        package func base(for figure: String) -> Int64? { reportingInhabitants[figure] ?? inhabitants }

        package var participationTenths: Int64? {
            guard let members = membersTotal, let base = base(for: "members_total") else { return nil }
            return FigureNumber.ratioTenths(members, base, scale: 100)
        }
    }

    package let year: Int64
    package var rows: [Row] = []
    package var organisationFigures: [(FigureDefinition, FigureNumber?)] = []

    package init(year: Int64, in repository: StatisticsRepository) throws {
        self.year = year
        rows = try repository.municipalities().map { Row(slug: $0.slug, name: $0.name) }
        var index: [String: Int] = [:]
        for (position, row) in rows.enumerated() { index[row.slug] = position }
        for (municipality, count) in try repository.inhabitantsByMunicipality(year: year) {
            if let i = index[municipality] { rows[i].inhabitants = count }
        }
        for sums in try repository.deliveredPerMunicipality(year: year) {
            guard let i = index[sums.municipality] else { continue }
            rows[i].activities = sums.registrations
            rows[i].participants = sums.participants
            rows[i].sessions = sums.sessions
        }
        for (area, code, value) in try repository.overviewFigureValues(year: year) {
            guard let i = index[area] else { continue }
            if code.hasPrefix("members_") { try rows[i].membersTotal.add(value) }
            else if code.hasPrefix("loans_") { try rows[i].loansPhysicalTotal.add(value) }
            else { rows[i].visitorsLibrary = value }
        }
        for (municipality, netCents) in try repository.confirmedNetPerMunicipality(year: year) {
            if let i = index[municipality] { rows[i].confirmedNetCents = netCents }
        }
        organisationFigures = try FigureService.allFigures(year: year, area: FigureService.organisation, scope: .organisation,
                                                           in: FigureRepository(db: repository.db))
    }

    /// The organisation's totals. Its participation rate counts only municipalities that
    /// report members, so that one without figures does not dilute the rate.
    package func totals() throws(ArithmeticOverflow) -> Row {
        var total = Row(slug: "organisation", name: Vocabulary.organisationName)
        for row in rows {
            try total.inhabitants.add(row.inhabitants)
            try total.activities.add(row.activities)
            try total.participants.add(row.participants)
            try total.sessions.add(row.sessions)
            try total.membersTotal.add(row.membersTotal)
            for (figure, value) in [("members_total", row.membersTotal), ("loans_physical_total", row.loansPhysicalTotal),
                                    ("visitors_library", row.visitorsLibrary)] where value != nil {
                if let inhabitants = row.inhabitants { try total.reportingInhabitants[figure, default: 0].add(inhabitants) }
            }
            try total.loansPhysicalTotal.add(row.loansPhysicalTotal)
            try total.visitorsLibrary.add(row.visitorsLibrary)
            try total.confirmedNetCents.add(row.confirmedNetCents)
        }
        return total
    }

    package static func write(_ row: Row, to w: inout JSONWriter) {
        func per1000(_ value: Int64?, _ figure: String? = nil) -> Int64? {
            guard let value, let base = figure.map(row.base(for:)) ?? row.inhabitants else { return nil }
            return FigureNumber.ratioTenths(value, base, scale: 1000)
        }
        w.beginObject()
        w.key("municipality"); w.beginObject(); w.key("slug"); w.string(row.slug); w.key("name"); w.string(row.name); w.endObject()
        w.key("inhabitants"); w.int(row.inhabitants)
        w.key("activities"); w.int(row.activities)
        w.key("participants"); w.int(row.participants)
        w.key("sessions"); w.int(row.sessions)
        w.key("members_total"); w.int(row.membersTotal)
        w.key("participation_rate")
        w.tenths(row.participationTenths)
        w.key("loans_physical_total"); w.int(row.loansPhysicalTotal)
        w.key("visitors_library"); w.int(row.visitorsLibrary)
        w.key("confirmed_net_cents"); w.int(row.confirmedNetCents)
        w.key("per_1000_inhabitants")
        w.beginObject()
        w.key("activities"); w.tenths(per1000(row.activities))
        w.key("participants"); w.tenths(per1000(row.participants))
        w.key("members_total"); w.tenths(per1000(row.membersTotal, "members_total"))
        w.key("loans_physical_total"); w.tenths(per1000(row.loansPhysicalTotal, "loans_physical_total"))
        w.key("visitors_library"); w.tenths(per1000(row.visitorsLibrary, "visitors_library"))
        w.endObject()
        w.endObject()
    }

    package static let csvHeader = ["municipality", "name", "inhabitants", "activities", "participants", "sessions", "members_total",
                            "loans_physical_total", "visitors_library", "confirmed_net_cents"]

    package static func csvRow(_ row: Row) -> [TableCell] {
        [.text(row.slug), .text(row.name), .integer(row.inhabitants), .integer(row.activities), .integer(row.participants),
         .integer(row.sessions), .integer(row.membersTotal), .integer(row.loansPhysicalTotal),
         .integer(row.visitorsLibrary), .money(row.confirmedNetCents)]
    }
}
