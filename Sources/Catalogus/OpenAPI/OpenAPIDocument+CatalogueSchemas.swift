import JSON

/// The activity resource and what POST and PATCH accept (ActivityEditor).
extension OpenAPIDocument {
    static let catalogueSchemas: [(String, JSONValue)] = [
        ("Activity", closedObject([
            ("id", integer(1)),
            ("code", ["type": "string"]),
            ("name", ["type": "string"]),
            ("summary", ["type": "string"]),
            ("description", ["type": "string"]),
            ("programme", enumeration(programmeCodes)),
            ("audiences", ["type": "array", "items": enumeration(Vocabulary.audiences), "uniqueItems": true]),
            ("format", enumeration(Vocabulary.formats)),
            ("unit", ["type": "string", "enum": .array(Vocabulary.units.map { .string($0) }),
                      "description": "The pricing unit."]),
            ("sessions_per_unit", nullable("integer", [("minimum", 1)])),
            ("max_participants", nullable("integer", [("minimum", 1)])),
            ("active", ["type": "boolean", "description": "False once archived."]),
            ("version", integer(1)),
            ("created_at", schemaRef("Timestamp")),
            ("updated_at", schemaRef("Timestamp")),
            ("price", ["anyOf": [schemaRef("YearPrice"), ["type": "null"]],
                       "description": "Only when the request names a `year`: that year's price, or null."]),
        ], optional: ["price"])),
        ("ActivityInput", closedObject(activityFields, optional: ["summary", "description", "audiences", "sessions_per_unit",
                                                                  "max_participants", "active"], examples: [[
            "code": "voorleesontbijt", "name": "Voorleesontbijt", "summary": "Samen ontbijten en voorlezen.",
            "programme": "leesbevordering", "audiences": ["toddlers", "parents"], "format": "meeting", "unit": "activity",
        ]])),
        ("ActivityChange", closedObject(activityFields, optional: Set(activityFields.map(\.0)),
                                        examples: [["summary": "Een nieuwe samenvatting.", "max_participants": 20]])),
    ]

    /// The writable fields; `id`, `version`, timestamps and `price` are read-only (422).
    static let activityFields: [(String, JSONValue)] = [
        ("code", ["type": "string", "pattern": "^[a-z][a-z0-9-]*$", "maxLength": 64,
                  "description": "Unique; lowercase letters, digits and hyphens."]),
        ("name", text(maxLength: 200)),
        ("summary", nullable("string", [("maxLength", 500)])),
        ("description", nullable("string", [("maxLength", 5000)])),
        ("programme", enumeration(programmeCodes)),
        ("audiences", ["type": ["array", "null"], "items": enumeration(Vocabulary.audiences), "uniqueItems": true]),
        ("format", enumeration(Vocabulary.formats)),
        ("unit", enumeration(Vocabulary.units)),
        ("sessions_per_unit", nullable("integer", [("minimum", 1), ("maximum", 1000)])),
        ("max_participants", nullable("integer", [("minimum", 1), ("maximum", 100_000)])),
        ("active", ["type": "boolean"]),
    ]
}
