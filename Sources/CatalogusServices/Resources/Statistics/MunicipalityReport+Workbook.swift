import CatalogusDomain

/// The report as one workbook laid out like the printed annual report (docs/domain.md#statistics): the
/// sheet "De cijfers" (the key figures, this year, the year before and the change), a
/// sheet per programme area, and "Afname" (ordered versus delivered, cost per participant).
/// A workbook only (the CSV is `table`), so its headers and values are the Dutch words.
extension MunicipalityReportDocument {
    package var fileStem: String { "jaarverslag-\(report.slug)-\(report.year)" }

    package var sheets: [Table] { [figuresSheet] + report.programmes.map(programmeSheet) + [deliverySheet] }

    private var years: [String] { [String(report.year), String(report.year - 1)] }

    /// Read like the report's page: each group under its heading, in the report's order
    /// (platform activities, visitors, members with their total, inhabitants and
    /// participation, …, loans with their totals, online), each figure by its Dutch name;
    /// totals and the participation rate are the computed ones. The codes are the JSON's
    /// and the CSV's.
    package var figuresSheet: Table {
        var table = Table(name: "De cijfers", header: ["Kengetal"] + years + Self.changeColumns)
        var group: String?
        for (definition, value) in report.figures {
            if definition.group != group {
                group = definition.group
                table.row([.heading(Vocabulary.figureGroupTerms.label(definition.group))])
            }
            let before = previous?.figures.first { $0.0.code == definition.code }?.1
            table.row([.text(definition.label), value?.csvCell ?? .integer(nil), before?.csvCell ?? .integer(nil)]
                      + Self.change(value, before))
        }
        return table
    }

    package static let changeColumns = ["Verandering", "Verandering (%)"]

    /// The difference in the figure's own unit (percentage points for a percentage) and
    /// relative to the year before; empty when either year lacks the number.
    package static func change(_ current: FigureNumber?, _ previous: FigureNumber?) -> [TableCell] {
        guard let current, let previous, let now = current.tenths, let then = previous.tenths else { return [.integer(nil), .integer(nil)] }
        let (delta, overflow) = now.subtractingReportingOverflow(then)
        guard !overflow else { return [.integer(nil), .integer(nil)] }
        let relative = FigureNumber.ratioTenths(delta, then, scale: 100)
        if case .count = current, case .count = previous { return [.integer(delta / 10), .percent(relative, scale: 1)] }
        return [.percent(delta, scale: 1), .percent(relative, scale: 1)]
    }

    private func programmeSheet(_ row: MunicipalityReport.ProgrammeRow) -> Table {
        let before = previous?.programmes.first { $0.code == row.code }
        var table = Table(name: row.name, header: ["Maat", "Vorm"] + years + Self.changeColumns)
        func add(_ measure: String, _ format: String, _ now: Int64, _ then: Int64?) {
            table.row([.text(measure), .text(format), .integer(now), .integer(then)]
                      + Self.change(.count(now), then.map(FigureNumber.count)))
        }
        add("activiteiten", "alle", row.activities, before?.activities)
        add("deelnemers", "alle", row.participants, before?.participants)
        add("bijeenkomsten", "alle", row.sessions, before?.sessions)
        for (format, sums) in row.formats.sorted(by: { $0.key < $1.key }) {
            let then = before?.formats[format]
            let name = Vocabulary.formatTerms.label(format)
            add("activiteiten", name, sums.activities, then?.activities)
            add("deelnemers", name, sums.participants, then?.participants)
            add("bijeenkomsten", name, sums.sessions, then?.sessions)
        }
        let cost = MunicipalityReport.costPerParticipant(net: row.confirmedNetCents, participants: row.participants)
        let costBefore = before.flatMap { MunicipalityReport.costPerParticipant(net: $0.confirmedNetCents, participants: $0.participants) }
        let netChange = before.flatMap { before -> Int64? in
            let (delta, overflow) = row.confirmedNetCents.subtractingReportingOverflow(before.confirmedNetCents)
            return overflow ? nil : delta
        }
        table.row([.text("bevestigd netto"), .text("alle"), .money(row.confirmedNetCents), .money(before?.confirmedNetCents),
                   .money(netChange), .integer(nil)])
        table.row([.text("kosten per deelnemer"), .text("alle"), .money(cost), .money(costBefore), .integer(nil), .integer(nil)])
        return table
    }

    private var deliverySheet: Table {
        var table = Table(name: "Afname", header: ["Activiteitcode", "Activiteit", "Programma", "Eenheid", "Besteld", "Geleverd",
                                                  "Leveringsgraad", "Deelnemers", "Bevestigd netto (€)", "Kosten per deelnemer (€)"])
        let programmeNames = Dictionary(report.programmes.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        for row in report.activities {
            table.row([.text(row.info.code), .text(row.info.name), .text(programmeNames[row.info.programme] ?? row.info.programme),
                       .text(Vocabulary.unitTerms.label(row.info.unit)),
                       .integer(row.ordered), .integer(row.delivered),
                       .ratio(MunicipalityReport.deliveryRateThousandths(delivered: row.delivered, ordered: row.ordered), scale: 3),
                       .integer(row.participants), .money(row.confirmedNetCents),
                       .money(MunicipalityReport.costPerParticipant(net: row.confirmedNetCents, participants: row.participants))])
        }
        return table
    }
}
