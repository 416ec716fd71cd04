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
    /// numerator ÷ denominator as a percentage with one decimal, rounded half away from zero.
    case ratio(numerator: String, denominator: String)

    /// How an explanation says the figure was made.
    package enum Method: String { case stored, sum, count, ratio }

    package var method: Method {
        switch self {
        case .stored, .inhabitants: .stored
        case .sum: .sum
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
        "participation_rate": .ratio(numerator: "members_total", denominator: "inhabitants"),
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
    package static let programmeMeasures = TimeSeries.Measure.allCases.map(\.rawValue)

    /// The programme and measure a `programme.<code>.<measure>` key names, if it names one.
    package static func programmeFigure(_ key: String) -> RegistrationSelection? {
        guard key.hasPrefix(programmePrefix) else { return nil }
        let parts = key.dropFirst(programmePrefix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, Vocabulary.programmeCodes.contains(String(parts[0])),
              let measure = TimeSeries.Measure(rawValue: String(parts[1])) else { return nil }
        return RegistrationSelection(programme: String(parts[0]), measure: measure)
    }
}

/// Evaluates formulas for one year and area (a municipality's slug or `organisation`).
package struct FigureEvaluation {
    package let year: Int64
    package let area: String
    package let raw: [String: Int64]
    package let definitions: [String: FigureDefinition]
    package let repository: FigureRepository

    package init(year: Int64, area: String, definitions: [FigureDefinition], in repository: FigureRepository) throws {
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
        case .ratio(let numerator, let denominator):
            guard case .count(let top)? = try value(of: numerator), case .count(let bottom)? = try value(of: denominator),
                  let tenths = FigureNumber.ratioTenths(top, bottom, scale: 100) else { return nil }
            return .percentTenths(tenths)
        }
    }

    /// A defined figure's value by its code.
    package func value(of code: String) throws -> FigureNumber? {
        guard let definition = definitions[code], let formula = FigureFormula.of(definition) else { return nil }
        return try value(formula)
    }
}
