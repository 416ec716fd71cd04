/// Numbers, money and the catalogue's vocabulary as a Dutch reader expects them:
/// `6.984`, `€ 1.234,56`, "per dagdeel". Integer arithmetic only, like the API.
enum DutchText {
    /// Thousands separated by a dot: 188901 → "188.901".
    static func integer(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// Euro cents as "€ 1.234,56".
    static func money(cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = Int64(cents.magnitude)
        return "€ " + sign + integer(magnitude / 100) + "," + String(magnitude % 100).leftPadded(to: 2)
    }

    /// The price including VAT, rounded half away from zero to the cent (docs/api.md#conventions).
    static func grossCents(net: Int64, vatRate: Int64) -> Int64 {
        net + Money.divideRounded(net * vatRate, by: 100)
    }

    static let units: [String: String] = [
        "activity": "per activiteit", "session": "per dagdeel", "course": "per cursus",
        "location_year": "per locatie per jaar", "school_year": "per school per schooljaar",
        "year": "per jaar", "inhabitant": "per inwoner",
    ]

    static let formats: [String: String] = [
        "course": "Cursus", "workshop": "Workshop", "lecture": "Lezing", "performance": "Voorstelling",
        "office_hours": "Spreekuur", "programme": "Programma", "service": "Dienst", "meeting": "Bijeenkomst",
    ]

    static let audiences: [String: String] = [
        "toddlers": "baby’s en peuters (0–4)", "children": "kinderen (4–12)", "teenagers": "tieners (12–18)",
        "adults": "volwassenen", "seniors": "senioren", "parents": "ouders", "low_literate": "laaggeletterden",
        "professionals": "professionals", "schools": "scholen",
    ]

    static func unit(_ code: String) -> String { units[code] ?? code }
    static func format(_ code: String) -> String { formats[code] ?? code }

    /// "volwassenen, senioren" — the codes in the order the activity lists them.
    static func audienceList(_ codes: [String]) -> String {
        codes.map { audiences[$0] ?? $0 }.joined(separator: ", ")
    }
}
