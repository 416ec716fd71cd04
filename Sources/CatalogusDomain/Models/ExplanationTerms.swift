/// The words of a figure's explanation (`GET /api/v1/stats/…/explain`): how a figure is
/// made and what kind of source each row is, by code for programs and in Dutch for people.
extension Vocabulary {
    package static let explanationMethodTerms: Terms = [
        "stored": "ingevoerd",
        "sum": "som",
        "count": "aantal",
        "ratio": "verhouding",
    ]

    package static let explanationSourceTerms: Terms = [
        "registration": "Registratie",
        "key_figure": "Kengetal",
        "order_line": "Bestelregel",
        "numerator": "Teller",
        "denominator": "Noemer",
    ]
}
