import JSON

/// Registrations (what was held): the resource and what POST, bulk and PATCH accept.
extension OpenAPIDocument {
    static let registrationSchemas: [(String, JSONValue)] = [
        ("Registration", closedObject(registrationMembers)),
        ("RegistrationInput", closedObject(registrationFields, optional: recordOptionalOnCreate(Registration.self),
                                           examples: [registrationExample])),
        ("RegistrationChange", closedObject(registrationFields, optional: Set(registrationFields.map(\.0)),
                                            examples: [["participants": 12, "notes": "Geteld bij de deur."]])),
        ("BulkCreated", closedObject([("created", integer(1)), ("ids", ["type": "array", "items": integer(1)])])),
    ]

    /// The resource: its columns, the references as what they name, and the activity's programme.
    static let registrationMembers: [(String, JSONValue)] = Registration.Column.allCases.flatMap { column -> [(String, JSONValue)] in
        if let shared = recordOutput(column, of: Registration.self) { return [(column.jsonKey, shared)] }
        switch column {
        case .activityID: return [(column.jsonKey, schemaRef("ActivityReference")), ("programme", enumeration(programmeCodes))]
        case .locationID:
            return [(column.jsonKey, ["anyOf": [closedObject([("id", integer(1)), ("name", ["type": "string"])]), ["type": "null"]]])]
        case .date: return [(column.jsonKey, date)]
        case .sessions: return [(column.jsonKey, integer(0))]
        case .orderID: return [(column.jsonKey, nullable("integer", [("minimum", 1)]))]
        case .partners: return [(column.jsonKey, ["type": "array", "items": ["type": "string"]])]
        default: return [(column.jsonKey, ["type": "string"])]
        }
    }

    /// Counts only, never names (API.md). `sessions` defaults to the activity's sessions per unit.
    static let registrationFields: [(String, JSONValue)] = recordInputFields(Registration.self) { special in
        switch special {
        case .activity: activityReferenceInput
        case .municipality: ["type": "string", "minLength": 1, "maxLength": .integer(Int64(RegistrationInput.maxMunicipalityLength))]
        case .location: nullable("integer", [("minimum", 1), ("description", "A location of `municipality`.")])
        case .date:
            ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
             "description": .string("From \(RegistrationInput.earliestDate); not after today in Europe/Amsterdam.")]
        case .sessions:
            nullable("integer", [("minimum", .integer(RegistrationInput.sessionsRange.lowerBound)),
                                 ("maximum", .integer(RegistrationInput.sessionsRange.upperBound))])
        case .order: nullable("integer", [("minimum", 1), ("description", "An order of `municipality`.")])
        case .partners:
            ["type": ["array", "null"], "maxItems": .integer(Int64(RegistrationInput.maxPartners)),
             "items": ["type": "string", "minLength": 1, "maxLength": .integer(Int64(RegistrationInput.maxPartnerLength))]]
        }
    }

    static let registrationExample: JSONValue = [
        "activity": "biebfabriek", "municipality": "midden-drenthe", "location": 1, "date": "2024-05-15",
        "participants": 8, "partners": ["Basisschool De Wel"],
    ]

    static let registrationCSV: JSONValue = [
        "type": "string",
        "description": .string("RFC 4180 with a header row: \(Registration.csvHeader.joined(separator: ",")); partners joined by `|`."),
    ]
}
