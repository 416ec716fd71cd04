/// The closed sets of values the catalogue uses, each code with its Dutch label: the
/// decoders and the OpenAPI schemas read the codes from here, the pages, workbooks and
/// e-mails the labels. `VocabularyTests` proves the codes equal to the database's CHECK
/// constraints and its programme rows.
package enum Vocabulary {
    /// The programme areas, in report order (rows of migration 0002; their names are the rows').
    package static let programmeCodes = ["leren-en-ontwikkelen", "leesbevordering", "geletterdheid", "digitale-vaardigheden", "platform"]

    /// Price units, as a price reads: "€ 65,00 per dagdeel".
    package static let unitTerms: Terms = [
        "activity": "per activiteit", "session": "per dagdeel", "course": "per cursus",
        "location_year": "per locatie per jaar", "school_year": "per school per schooljaar",
        "year": "per jaar", "inhabitant": "per inwoner",
    ]
    package static let formatTerms: Terms = [
        "course": "Cursus", "workshop": "Workshop", "lecture": "Lezing", "performance": "Voorstelling",
        "office_hours": "Spreekuur", "programme": "Programma", "service": "Dienst", "meeting": "Bijeenkomst",
    ]
    package static let audienceTerms: Terms = [
        "toddlers": "baby’s en peuters (0–4)", "children": "kinderen (4–12)", "teenagers": "tieners (12–18)",
        "adults": "volwassenen", "seniors": "senioren", "parents": "ouders", "low_literate": "laaggeletterden",
        "professionals": "professionals", "schools": "scholen",
    ]
    /// The key figures' groups (`figure_definition.grp`), as the report's "De cijfers" heads them.
    package static let figureGroupTerms: Terms = [
        "activiteiten": "Platformactiviteiten", "bezoek": "Bezoekers", "leden": "Leden en inwoners",
        "leesbevordering": "Leesbevordering", "digitaal": "Digitaal", "uitleningen": "Uitleningen",
        "biebpanel": "BiebPanel: tevredenheid", "online": "Online bibliotheek",
    ]
    package static let locationKindTerms: Terms = ["branch": "vestiging", "service_point": "servicepunt", "external": "elders"]
    /// Whether a municipality's jaarbericht of a year is out: a municipality sees it (and its stories) only once published.
    package static let reportStateTerms: Terms = ["draft": "concept", "published": "gepubliceerd"]

    package static let units = unitTerms.codes
    package static let formats = formatTerms.codes
    package static let audiences = audienceTerms.codes
    package static let locationKinds = locationKindTerms.codes
    package static let reportStates = reportStateTerms.codes

    package static let vatRates: [Int64] = [0, 9, 21]
    package static let years: ClosedRange<Int64> = 2000...2200
    /// The library organisation: the organisation row of the statistics, and who
    /// municipalities see acting in an order's history instead of staff's token names.
    package static let organisationName = "Biblionet Drenthe"
}
