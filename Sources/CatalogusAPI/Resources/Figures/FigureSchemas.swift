import CatalogusDomain
import CatalogusStorage
import JSON

/// Key figures: a definition, a year's values per area, and what PUT accepts.
extension OpenAPIDocument {
    package static let figureUnit = enumeration(FigureDefinition.Unit.allCases.map(\.rawValue))
    package static let figureScope = enumeration(FigureDefinition.Scope.allCases.map(\.rawValue))
    /// Counts are integers; percentages have one decimal (`20.5`).
    package static let figureNumber: JSONValue = ["type": "number", "minimum": 0]

    package static let figureSchemas: [(String, JSONValue)] = [
        ("FigureDefinition", closedObject([
            ("code", ["type": "string"]), ("label", ["type": "string"]), ("unit", figureUnit), ("group", ["type": "string"]),
            ("scope", figureScope),
            ("computed", ["type": "boolean", "description": "A total or ratio computed from other figures; never stored."]),
        ])),
        ("Figures", closedObject([
            ("year", schemaRef("Year")),
            ("area", ["type": "string"]),
            ("values", ["type": "object", "additionalProperties": figureNumber, "description": "Stored values by code."]),
            ("computed", ["type": "object", "additionalProperties": ["anyOf": [figureNumber, ["type": "null"]]],
                          "description": "Totals and ratios by code; null when an input is missing."]),
        ])),
        ("FiguresInput", [
            "type": "object", "minProperties": 1,
            "properties": object(storedFigureCodes.map { ($0, nullable("integer", [("minimum", 0)])) }
                + percentFigureCodes.map { ($0, nullable("integer", [("minimum", 0), ("maximum", .integer(FiguresInput.maxPercent))])) }),
            "additionalProperties": false,
            "description": """
                A flat object `{code: value}` that merges into the stored values; `null` removes one. An unknown code, \
                a computed one (totals and ratios), or one of the other scope (municipality or organisation) is 422.
                """,
            "examples": [["members_paying": 1920, "visitors_website": nil]],
        ]),
    ]

    /// The stored (not computed) figure codes of migrations/0004: reference data that
    /// changes only with a migration. Organisation-scope codes are last.
    package static let storedFigureCodes = [
        "visitors_library", "visitors_website", "members_paying", "members_youth", "members_start", "members_other",
        "dbos_pupils", "dbos_primary_schools", "dbos_secondary_schools", "boekstart_childcare_locations", "boekstart_baby_kits",
        "ebook_accounts_active", "ido_questions", "loans_books", "loans_avm", "loans_magazines", "loans_dbos",
        "loans_ebooks", "loans_audiobooks", "online_members_active", "province_ebook_loans", "province_audiobook_loans",
        "goodhabitz_courses", "soofos_courses",
    ]
    package static let percentFigureCodes = ["survey_staff", "survey_opening_hours", "survey_building", "survey_atmosphere",
                                     "survey_workspaces", "survey_catering", "survey_practical"]
}
