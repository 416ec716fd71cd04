/// The closed sets of values the catalogue uses (kept in step with the CHECK
/// constraints of migrations/0002_catalogue.sql).
enum Vocabulary {
    static let units = ["activity", "session", "course", "location_year", "school_year", "year", "inhabitant"]
    static let formats = ["course", "workshop", "lecture", "performance", "office_hours", "programme", "service", "meeting"]
    static let audiences = ["toddlers", "children", "teenagers", "adults", "seniors", "parents", "low_literate", "professionals", "schools"]
    static let locationKinds = ["branch", "service_point", "external"]
    static let vatRates: [Int64] = [0, 9, 21]
    static let years: ClosedRange<Int64> = 2000...2200
    /// The library organisation: the organisation row of the statistics, and who
    /// municipalities see acting in an order's history instead of staff's token names.
    static let organisationName = "Biblionet Drenthe"
}
