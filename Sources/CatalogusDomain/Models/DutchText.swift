/// Numbers, money and the catalogue's vocabulary as a Dutch reader expects them:
/// `6.984`, `€ 1.234,56`, "per dagdeel" (the words from `Vocabulary`). Integer arithmetic
/// only, like the API.
package enum DutchText {
    /// Thousands separated by a dot: 188901 → "188.901".
    package static func integer(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// Euro cents as "€ 1.234,56".
    package static func money(cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = Int64(cents.magnitude)
        return "€ " + sign + integer(magnitude / 100) + "," + String(magnitude % 100).leftPadded(to: 2)
    }

    /// The price including VAT, rounded half away from zero to the cent (docs/api.md#conventions).
    package static func grossCents(net: Int64, vatRate: Int64) -> Int64 {
        net + Money.divideRounded(net * vatRate, by: 100)
    }

    package static func unit(_ code: String) -> String { Vocabulary.unitTerms.label(code) }
    package static func format(_ code: String) -> String { Vocabulary.formatTerms.label(code) }

    /// "volwassenen, senioren" — the codes in the order the activity lists them.
    package static func audienceList(_ codes: [String]) -> String {
        codes.map(Vocabulary.audienceTerms.label).joined(separator: ", ")
    }

    /// A label at the start of a sentence or as an option: "concept" → "Concept".
    package static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
