import JSON

/// An entry of the audit log as `GET /api/v1/audit` lists it.
extension OpenAPIDocument {
    package static let auditSchemas: [(String, JSONValue)] = [
        ("AuditEntry", closedObject([
            ("id", integer(1)),
            ("at", schemaRef("Timestamp")),
            ("by", ["type": "string", "description": "The name of the token, or of the person signed in, that made the change."]),
            ("action", ["type": "string"]),
            ("entity", ["type": "string"]),
            ("entity_id", ["type": "string"]),
            ("before", ["type": ["object", "null"], "description": "The resource before the change."]),
            ("after", ["type": ["object", "null"], "description": "The resource after the change."]),
            ("request_id", nullable("string")),
            ("client_request_id", nullable("string")),
        ])),
    ]
}
