import CatalogusDomain
import SQLite

/// The `<option>`s the admin forms offer, from public reference data and the API's
/// vocabulary with its Dutch labels, so that a form never offers a value the API refuses.
package enum AdminChoices {
    package static func options(_ pairs: [(value: String, label: String)], selected: String? = nil) -> [HTML] {
        pairs.map { pair in
            pair.value == selected
                ? "<option value=\"\(pair.value)\" selected>\(pair.label)</option>"
                : "<option value=\"\(pair.value)\">\(pair.label)</option>"
        }
    }

    package static func programmes(in db: Connection) throws -> [(value: String, label: String)] {
        try CatalogueData.programmes(in: db).map { ($0.code, $0.name) }
    }

    package static func municipalities(in db: Connection) throws -> [(value: String, label: String)] {
        try StatisticsChoices.municipalities(in: db).map { ($0.slug, $0.name) }
    }

    package static var formats: [(value: String, label: String)] { pairs(Vocabulary.formatTerms) }
    package static var units: [(value: String, label: String)] { pairs(Vocabulary.unitTerms) }
    package static var audiences: [(value: String, label: String)] { pairs(Vocabulary.audienceTerms) }

    package static var roles: [(value: String, label: String)] {
        Role.forPeople.map { ($0.rawValue, DutchText.capitalised($0.label)) }
    }

    private static func pairs(_ terms: Terms) -> [(value: String, label: String)] {
        terms.terms.map { ($0.code, $0.label) }
    }

    /// The years a price list can be worked on: every year with prices, this year and the next.
    package static func priceYears(in db: Connection) throws -> [Int64] {
        let current = CatalogueData.currentYear()
        return Array(Set(try CatalogueData.priceYears(current: current, in: db) + [current + 1])).sorted(by: >)
    }

    /// `?year=` when it is a year the API accepts, else `fallback`.
    package static func year(_ text: String?, fallback: Int64) -> Int64 {
        guard let text, let year = Int64(text), Vocabulary.years.contains(year) else { return fallback }
        return year
    }
}
