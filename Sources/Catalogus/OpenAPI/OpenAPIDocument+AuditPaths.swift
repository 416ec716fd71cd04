import JSON

/// `/api/v1/audit` (AuditHandlers): who changed what, newest first.
extension OpenAPIDocument {
    static let auditSchemas: [(String, JSONValue)] = [
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

    static let auditPaths: [(String, JSONValue)] = [
        ("/api/v1/audit", ["get": operation(
            "listAudit", tag: "Administration", summary: "The audit log, newest first.", access: .roles(["admin"]),
            parameters: [
                queryParameter("entity", ["type": "string"], "Only changes of this kind of resource, e.g. `activity`."),
                queryParameter("id", ["type": "string"], "Only changes of the resource with this id."),
                parameterRef("Limit"), parameterRef("Cursor"), parameterRef("IfNoneMatch"),
            ],
            responses: [
                ("200", json("A page of audit entries.", list(of: schemaRef("AuditEntry")), headers: ["ETag"])),
                ("304", responseRef("NotModified")),
                ("422", responseRef("Invalid")),
            ])]),
    ]
}
