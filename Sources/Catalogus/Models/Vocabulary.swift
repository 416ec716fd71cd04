/// The closed sets of values the catalogue uses: the decoders and the OpenAPI schemas
/// read them from here, and `VocabularyTests` proves them equal to the database's CHECK
/// constraints and its programme rows.
enum Vocabulary {
    /// The programme areas, in report order (rows of migration 0002).
    static let programmeCodes = ["leren-en-ontwikkelen", "leesbevordering", "geletterdheid", "digitale-vaardigheden", "platform"]
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
