import CatalogusDomain
import CatalogusStorage
import JSON

/// Registrations (what was held): the resource and what POST, bulk and PATCH accept, made
/// from its columns and their `Registration.field(_:)`: a new field shows up here without a
/// line of its own.
extension OpenAPIDocument {
    package static let registrationSchemas: [(String, JSONValue)] = [
        ("Registration", closedObject(recordSchema(Registration.self, own: registrationOutput, after: { column in
            column == .activityID ? [("programme", enumeration(programmeCodes))] : []
        }))),
        ("RegistrationInput", closedObject(registrationFields, optional: recordOptionalOnCreate(Registration.self),
                                           examples: [registrationExample])),
        ("RegistrationChange", closedObject(registrationFields, optional: Set(registrationFields.map(\.0)),
                                            examples: [["participants": 12, "notes": "Geteld bij de deur."]])),
        ("BulkCreated", closedObject([("created", integer(1)), ("ids", ["type": "array", "items": integer(1)])])),
    ]

    /// A member as the API writes it where the kind of field does not say it all.
    package static func registrationOutput(_ column: Registration.Column) -> JSONValue? {
        switch column {
        case .activityID: schemaRef("ActivityReference")
        case .municipality: ["type": "string"]
        case .locationID: ["anyOf": [closedObject([("id", integer(1)), ("name", ["type": "string"])]), ["type": "null"]]]
        case .date: date
        case .sessions: integer(0)
        case .orderID: nullable("integer", [("minimum", 1)])
        case .partners: ["type": "array", "items": ["type": "string"]]
        default: nil
        }
    }

    /// Counts only, never names (docs/domain.md#registrations). `sessions` defaults to the activity's sessions per unit.
    package static let registrationFields: [(String, JSONValue)] = recordInputFields(Registration.self) { special in
        switch special {
        case .activity: activityReferenceInput
        case .municipality: municipalitySlug()
        case .location: nullable("integer", [("minimum", 1), ("description", "A location of `municipality`.")])
        // Years from Registration.earliestDate (2000-01-01) on: earlier ones are 422.
        case .date:
            ["type": "string", "format": "date", "pattern": "^[2-9][0-9]{3}-[0-9]{2}-[0-9]{2}$",
             "description": .string("From \(Registration.earliestDate); not after today in Europe/Amsterdam.")]
        case .sessions:
            nullable("integer", [("minimum", .integer(Registration.sessionsRange.lowerBound)),
                                 ("maximum", .integer(Registration.sessionsRange.upperBound))])
        case .order: nullable("integer", [("minimum", 1), ("description", "An order of `municipality`.")])
        case .partners:
            ["type": ["array", "null"], "maxItems": .integer(Int64(Registration.maxPartners)),
             "items": ["type": "string", "minLength": 1, "maxLength": .integer(Int64(Registration.maxPartnerLength)),
                       "pattern": .string(FieldValidator.oneLinePattern)]]
        }
    }

    package static let registrationExample: JSONValue = [
        "activity": "biebfabriek", "municipality": "midden-drenthe", "location": 1, "date": "2024-05-15",
        "participants": 8, "partners": ["Basisschool De Wel"],
    ]

    /// The bulk import's CSV body: a file, as generators read `format: binary`
    /// (openapi-python-client with `text/csv` mapped to `application/octet-stream`, docs/api.md).
    package static let registrationCSVUpload: JSONValue = [
        "type": "string", "format": "binary", "contentMediaType": "text/csv",
        "description": .string("RFC 4180 with a header row of the JSON members' names (partners joined by `|`), UTF-8; rows numbered from 1. "
            + "A header may also be the Dutch name of the registrations download's column that carries the member, in any case: "
            + RegistrationBulkInput.headers.map { "\($0.dutch) (\($0.field))" }.joined(separator: ", ") + "."),
    ]

    package static let registrationCSV: JSONValue = [
        "type": "string",
        "description": .string("RFC 4180 with a header row: \(Registration.csvHeader.joined(separator: ",")); partners joined by `|`."),
    ]
}
