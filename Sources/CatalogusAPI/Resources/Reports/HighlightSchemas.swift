import CatalogusDomain
import CatalogusStorage
import JSON

/// Stories (`HighlightView`), a report's publication with its foreword, and what their
/// bodies accept, made from the records' columns and `field(_:)`.
extension OpenAPIDocument {
    package static let highlightSchemas: [(String, JSONValue)] = [
        ("Highlight", closedObject(recordSchema(Highlight.self, own: { column in
            switch column {
            case .municipality: ["type": "string"]
            case .year: schemaRef("Year")
            case .text: ["type": "string", "description": "Plain text; paragraphs are separated by an empty line."]
            default: nil
            }
        }, after: { column in
            column == .quoteBy ? [
                ("registrations", ["type": "array", "items": integer(1),
                                   "description": "The ids of its registrations of its municipality and year, by date."]),
                ("figures", closedObject([
                    ("registrations", integer(0)), ("participants", integer(0)), ("sessions", integer(0)),
                    ("first_date", ["anyOf": [date, ["type": "null"]]]), ("last_date", ["anyOf": [date, ["type": "null"]]]),
                    ("activities", ["type": "array", "items": ["type": "string"]]),
                ], description: "Computed from `registrations` when read: never typed.")),
            ] : []
        }))),
        ("HighlightInput", closedObject(highlightFields(creating: true), optional: recordOptionalOnCreate(Highlight.self),
                                        examples: [[
                                            "municipality": "midden-drenthe", "year": 2024, "programme": "leesbevordering",
                                            "title": "Kinderboekenweek in drie vestigingen", "text": "Drie ochtenden vol verhalen.",
                                            "registrations": [316, 317],
                                        ]])),
        ("HighlightChange", closedObject(highlightFields(creating: false), optional: Set(highlightFields(creating: false).map(\.0)),
                                         examples: [["title": "Kinderboekenweek: lekker eigenwijs"]])),
        ("Report", closedObject(recordSchema(ReportPublication.self, own: { column in
            switch column {
            case .municipality: ["type": "string"]
            case .year: schemaRef("Year")
            case .publishedAt: ["anyOf": [schemaRef("Timestamp"), ["type": "null"]]]
            case .updatedAt: ["anyOf": [schemaRef("Timestamp"), ["type": "null"]], "description": "Null while nobody published it."]
            default: nil
            }
        }, after: { column in
            column == .updatedAt ? [("foreword", nullable("string", [("description", "The year's foreword, when written.")]))] : []
        }))),
        ("ReportInput", closedObject(recordInputFields(ReportPublication.self), examples: [["state": "published"]])),
        ("Foreword", closedObject(recordSchema(Foreword.self, own: { column in column == .year ? .some(schemaRef("Year")) : .none }))),
        ("ForewordInput", closedObject(recordInputFields(Foreword.self), examples: [["text": "Een jaar vol verhalen."]])),
    ]

    /// What a story's body may set: its writable columns and its registrations.
    package static func highlightFields(creating: Bool) -> [(String, JSONValue)] {
        recordInputFields(Highlight.self, creating: creating) { special in
            switch special {
            case .municipality: municipalitySlug()
            case .year: schemaRef("Year")
            }
        } + [("registrations", ["type": "array", "minItems": 1, "maxItems": .integer(Int64(Highlight.maxRegistrations)),
                                "uniqueItems": true, "items": integer(1, Int64.max),
                                "description": "Ids of registrations of the story's municipality and year."])]
    }
}
