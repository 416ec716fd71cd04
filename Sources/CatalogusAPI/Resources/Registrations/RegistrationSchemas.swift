import CatalogusDomain
import CatalogusStorage
import JSON

/// Registrations (what was held): the resource and what POST, bulk and PATCH accept.
extension OpenAPIDocument {
    package static let registrationSchemas: [(String, JSONValue)] = [
        ("Registration", closedObject([
            ("id", integer(1)),
            ("activity", schemaRef("ActivityReference")),
            ("programme", enumeration(programmeCodes)),
            ("municipality", ["type": "string"]),
            ("location", ["anyOf": [closedObject([("id", integer(1)), ("name", ["type": "string"])]), ["type": "null"]]]),
            ("date", date),
            ("sessions", integer(0)),
            ("participants", integer(0)),
            ("order_id", nullable("integer", [("minimum", 1)])),
            ("partners", ["type": "array", "items": ["type": "string"]]),
            ("notes", nullable("string")),
            ("version", integer(1)),
            ("created_at", schemaRef("Timestamp")),
            ("updated_at", schemaRef("Timestamp")),
        ])),
        ("RegistrationInput", closedObject(registrationFields, optional: ["location", "sessions", "order_id", "partners", "notes"],
                                           examples: [registrationExample])),
        ("RegistrationChange", closedObject(registrationFields, optional: Set(registrationFields.map(\.0)),
                                            examples: [["participants": 12, "notes": "Geteld bij de deur."]])),
        ("BulkCreated", closedObject([("created", integer(1)), ("ids", ["type": "array", "items": integer(1)])])),
    ]

    /// Counts only, never names (docs/domain.md#registrations). `sessions` defaults to the activity's sessions per unit.
    package static let registrationFields: [(String, JSONValue)] = [
        ("activity", activityReferenceInput),
        ("municipality", municipalitySlug()),
        ("location", nullable("integer", [("minimum", 1), ("description", "A location of `municipality`.")])),
        // Years from RegistrationInput.earliestDate (2000-01-01) on: earlier ones are 422.
        ("date", ["type": "string", "format": "date", "pattern": "^[2-9][0-9]{3}-[0-9]{2}-[0-9]{2}$",
                  "description": .string("From \(RegistrationInput.earliestDate); not after today in Europe/Amsterdam.")]),
        ("sessions", nullable("integer", [("minimum", .integer(RegistrationInput.sessionsRange.lowerBound)),
                                           ("maximum", .integer(RegistrationInput.sessionsRange.upperBound))])),
        ("participants", integer(RegistrationInput.participantsRange.lowerBound, RegistrationInput.participantsRange.upperBound)),
        ("order_id", nullable("integer", [("minimum", 1), ("description", "An order of `municipality`.")])),
        ("partners", ["type": ["array", "null"], "maxItems": .integer(Int64(RegistrationInput.maxPartners)),
                      "items": ["type": "string", "minLength": 1, "maxLength": .integer(Int64(RegistrationInput.maxPartnerLength)),
                                "pattern": .string(FieldValidator.oneLinePattern)]]),
        ("notes", freeText(maxLength: RegistrationInput.maxNotesLength)),
    ]

    package static let registrationExample: JSONValue = [
        "activity": "biebfabriek", "municipality": "midden-drenthe", "location": 1, "date": "2024-05-15",
        "participants": 8, "partners": ["Basisschool De Wel"],
    ]

    /// The bulk import's CSV body: a file, as generators read `format: binary`
    /// (openapi-python-client with `text/csv` mapped to `application/octet-stream`, docs/api.md).
    package static let registrationCSVUpload: JSONValue = [
        "type": "string", "format": "binary", "contentMediaType": "text/csv",
        "description": "RFC 4180 with a header row of the JSON members' names (partners joined by `|`), UTF-8; rows numbered from 1.",
    ]

    package static let registrationCSV: JSONValue = [
        "type": "string",
        "description": .string("RFC 4180 with a header row: \(Registration.csvHeader.joined(separator: ",")); partners joined by `|`."),
    ]
}
