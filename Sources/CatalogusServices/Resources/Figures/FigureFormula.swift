import CatalogusDomain
import CatalogusStorage

/// What each figure of the annual report is made of, written once (docs/domain.md#key-figures):
/// the report's value (`FigureService.allFigures`) and the figure's explanation
/// (`FigureExplanation`) both evaluate it, so that the two cannot disagree.
package enum FigureFormula: Equatable {
    /// A key figure as entered (`figure_value`).
    case stored(String)
    /// The municipality's inhabitants of the year (`municipality_inhabitants`).
    case inhabitants
    /// The key figures that were entered, added up; nil while none was.
    case sum([String])
    /// The year's registrations of a programme (and format): their number or a measure's sum.
    case registrations(RegistrationSelection)
    /// The net of the year's confirmed order lines of a programme's activities, added up.
    case orderLines(programme: String)
    /// numerator ÷ denominator of two figures (by key), rounded half away from zero.
    case ratio(numerator: String, denominator: String, Ratio)

    package enum Ratio: Equatable {
        /// A percentage with one decimal (members ÷ inhabitants).
        case percent
        /// Whole cents each, nil unless both are above 0 (`MunicipalityReport.costPerParticipant`).
        case centsEach
    }

    /// How an explanation says the figure was made.
    package enum Method: String { case stored, sum, count, ratio }

    package var method: Method {
        switch self {
        case .stored, .inhabitants: .stored
        case .sum, .orderLines: .sum
        case .registrations(let selection): selection.measure == .activities ? .count : .sum
        case .ratio: .ratio
        }
    }

    /// The computed figures (`figure_definition.computed`); every other figure is stored.
    package static let computed: [String: FigureFormula] = [
        "platform_activities": .registrations(.init(programme: "platform", measure: .activities)),
        "platform_participants": .registrations(.init(programme: "platform", measure: .participants)),
        "members_total": .sum(["members_paying", "members_youth", "members_start", "members_other"]),
        "inhabitants": .inhabitants,
        "participation_rate": .ratio(numerator: "members_total", denominator: "inhabitants", .percent),
        "digital_courses": .registrations(.init(programme: "digitale-vaardigheden", format: "course", measure: .activities)),
        "digital_course_sessions": .registrations(.init(programme: "digitale-vaardigheden", format: "course", measure: .sessions)),
        "ido_office_hours": .registrations(.init(programme: "digitale-vaardigheden", format: "office_hours", measure: .activities)),
        "loans_physical_total": .sum(["loans_books", "loans_avm", "loans_magazines"]),
        "loans_online_total": .sum(["loans_ebooks", "loans_audiobooks"]),
    ]

    /// A defined figure's formula; nil for a computed one without (its value stays null).
    package static func of(_ definition: FigureDefinition) -> FigureFormula? {
        definition.computed ? computed[definition.code] : .stored(definition.code)
    }

    /// `programme.<code>.<measure>`: a number of the report's programme table.
    package static let programmePrefix = "programme."
    package static let programmeMeasures = TimeSeries.Measure.allCases.map(\.rawValue) + ["confirmed_net_cents", "cost_per_participant_cents"]

    /// The programme, measure and formula a `programme.<code>.<measure>` key names, if it names one.
    package static func programmeFigure(_ key: String) -> (programme: String, measure: String, formula: FigureFormula)? {
        guard key.hasPrefix(programmePrefix) else { return nil }
        let parts = key.dropFirst(programmePrefix.count).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, Vocabulary.programmeCodes.contains(parts[0]) else { return nil }
        let (programme, measure) = (parts[0], parts[1])
        if let counted = TimeSeries.Measure(rawValue: measure) {
            return (programme, measure, .registrations(RegistrationSelection(programme: programme, measure: counted)))
        }
        switch measure {
        case "confirmed_net_cents": return (programme, measure, .orderLines(programme: programme))
        case "cost_per_participant_cents":
            return (programme, measure, .ratio(numerator: "\(programmePrefix)\(programme).confirmed_net_cents",
                                               denominator: "\(programmePrefix)\(programme).participants", .centsEach))
        default: return nil
        }
    }

    /// The formula of a figure by its key: a defined figure's code or a programme's number.
    package static func named(_ key: String, definitions: [String: FigureDefinition]) -> FigureFormula? {
        if let programme = programmeFigure(key) { return programme.formula }
        return definitions[key].flatMap(of)
    }
}

/// Evaluates formulas for one year and area (a municipality's slug or `organisation`).
package struct FigureEvaluation {
    package let year: Int64
    package let area: String
    package let raw: [String: Int64]
    package let definitions: [String: FigureDefinition]
    package let repository: FigureRepository
    package let explanations: ExplanationRepository

    package init(year: Int64, area: String, definitions: [FigureDefinition], in repository: FigureRepository) throws {
        explanations = ExplanationRepository(db: repository.db)
        self.year = year
        self.area = area
        raw = try repository.rawValues(year: year, area: area)
        self.definitions = Dictionary(definitions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.repository = repository
    }

    package func value(_ formula: FigureFormula) throws -> FigureNumber? {
        switch formula {
        case .stored(let code):
            guard let value = raw[code], let definition = definitions[code] else { return nil }
            return FigureService.number(definition, raw: value)
        case .inhabitants:
            return try repository.inhabitants(area, year: year).map { .count($0) }
        case .sum(let codes):
            let present = codes.compactMap { raw[$0] }
            guard !present.isEmpty else { return nil }
            var total: Int64 = 0
            for value in present { try total.add(value) }
            return .count(total)
        case .registrations(let selection):
            let sums = try repository.registrationSums(municipality: area, year: year, programme: selection.programme,
                                                       format: selection.format)
            switch selection.measure {
            case .activities: return .count(sums.registrations)
            case .participants: return .count(sums.participants)
            case .sessions: return .count(sums.sessions)
            }
        case .orderLines(let programme):
            var total: Int64 = 0
            try forEachConfirmedLine(programme: programme) { _, net in try total.add(net) }
            return .count(total)
        case .ratio(let numerator, let denominator, let ratio):
            guard case .count(let top)? = try value(of: numerator), case .count(let bottom)? = try value(of: denominator) else { return nil }
            switch ratio {
            case .percent: return FigureNumber.ratioTenths(top, bottom, scale: 100).map { .percentTenths($0) }
            case .centsEach: return MunicipalityReport.costPerParticipant(net: top, participants: bottom).map { .count($0) }
            }
        }
    }

    /// A figure's value by its key.
    package func value(of key: String) throws -> FigureNumber? {
        try FigureFormula.named(key, definitions: definitions).flatMap { try value($0) }
    }

    /// A confirmed line's net as the report counts it (`ActivityYearSums`): 0 for one that
    /// cannot be priced (never, for a line that passed `LinePricing` when it was frozen).
    package static func net(_ line: ExplanationRepository.OrderLineSource) -> Int64 {
        (try? LinePricing.amounts(quantity: line.quantity, price: line.price).net) ?? 0
    }

    private func forEachConfirmedLine(programme: String, _ body: (ExplanationRepository.OrderLineSource, Int64) throws -> Void) throws {
        var page = PageRequest(limit: PageRequest.maxLimit)
        while true {
            let found = try explanations.confirmedLines(programme: programme, municipality: area, year: year, page: page)
            for line in found.items { try body(line, Self.net(line)) }
            guard let next = found.nextCursor else { return }
            page = PageRequest(limit: PageRequest.maxLimit, after: (next.key, next.id))
        }
    }
}

/// The registrations a figure counts or adds up: one municipality's year of a programme
/// (and of one format), and which of their numbers (`activities` counts them).
package struct RegistrationSelection: Equatable {
    package let programme: String
    package let format: String?
    package let measure: TimeSeries.Measure

    package init(programme: String, format: String? = nil, measure: TimeSeries.Measure) {
        self.programme = programme
        self.format = format
        self.measure = measure
    }
}
