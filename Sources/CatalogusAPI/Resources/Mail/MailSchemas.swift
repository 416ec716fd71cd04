import CatalogusDomain
import CatalogusStorage
import JSON

/// The bodies of `MailEndpoints`.
extension OpenAPIDocument {
    package static let mailSchemas: [(String, JSONValue)] = [
        ("PasswordResetRequest", closedObject([("email", emailSchema)])),
        ("Notice", closedObject([
            ("code", ["type": "string", "description": "Stable: what happened, for programs."]),
            ("message", ["type": "string", "description": "The same in Dutch, for people."]),
        ])),
        ("MailPreferences", closedObject(MailPreferences.Kind.allCases.map { kind in
            (kind.rawValue, ["type": "boolean", "description": .string(kind.label)] as JSONValue)
        })),
        ("Mail", closedObject([
            ("id", integer(1)),
            ("kind", enumeration(MailKind.allCases.map(\.rawValue))),
            ("recipients", ["type": "array", "items": ["type": "string"]]),
            ("subject", ["type": "string"]),
            ("status", enumeration(MailRepository.statuses)),
            ("attempts", ["type": "integer", "minimum": 0]),
            ("last_error", nullable("string")),
            ("created_at", schemaRef("Timestamp")),
            ("sent_at", ["oneOf": [schemaRef("Timestamp"), ["type": "null"]]]),
        ])),
    ]
}
