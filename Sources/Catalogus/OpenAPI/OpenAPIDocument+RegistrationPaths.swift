import JSON

/// `/api/v1/registrations` (RegistrationHandlers, RegistrationListHandler).
extension OpenAPIDocument {
    static let registrationPath = pathParameter("id", ["type": "integer", "minimum": 1, "examples": [1]],
                                                "The registration's id; another municipality's is 404 too.")
    static let registrationLinks: [(String, JSONValue)] = [
        link("getRegistration"), link("updateRegistration", ifMatch: true), link("deleteRegistration", ifMatch: true),
    ]
    static let readers = ["staff", "admin", "viewer", "municipality"]

    static let registrationPaths: [(String, JSONValue)] = [
        ("/api/v1/registrations", [
            "post": operation(
                "createRegistration", tag: "Registrations", summary: "Registers that an activity was held.",
                access: .roles(["staff", "admin"]), parameters: [parameterRef("IdempotencyKey")],
                body: schemaRef("RegistrationInput"),
                responses: [
                    ("201", json("Registered.", schemaRef("Registration"), headers: ["ETag", "Location", "Idempotent-Replayed"],
                                 links: registrationLinks)),
                    ("409", responseRef("Conflict")),
                    ("422", responseRef("Invalid")),
                ]),
            "get": operation(
                "listRegistrations", tag: "Registrations", summary: "Registrations by date; a municipality token sees only its own.",
                access: .roles(readers),
                parameters: [
                    queryParameter("municipality", ["type": "string"], "A municipality's slug; an unknown one is 422."),
                    queryParameter("activity", ["type": "string"], "An activity's id or code; an unknown one is 422."),
                    queryParameter("programme", enumeration(programmeCodes), "A programme code."),
                    queryParameter("location", integer(1), "A location's id; an unknown one is 422."),
                    queryParameter("from", date, "From this date (inclusive)."),
                    queryParameter("to", date, "Up to this date (inclusive)."),
                    queryParameter("sort", enumeration(RegistrationListHandler.sortOrders),
                                   "`date` (default): oldest first; `-date`: newest first. Keep it the same while following `next_cursor`."),
                    parameterRef("Limit"), parameterRef("Cursor"), parameterRef("ModifiedSince"),
                    parameterRef("Output"), parameterRef("Separator"), parameterRef("IfNoneMatch"),
                ],
                responses: [
                    ("200", response("A page of registrations.", content: [
                        ("application/json", list(of: schemaRef("Registration"))), ("text/csv", registrationCSV),
                    ], headers: ["ETag", "Link"])),
                    ("304", responseRef("NotModified")),
                    ("422", responseRef("Invalid")),
                ]),
        ]),
        ("/api/v1/registrations/bulk", ["post": bulkOperation]),
        ("/api/v1/registrations/{id}", [
            "get": operation(
                "getRegistration", tag: "Registrations", summary: "One registration.", access: .roles(readers),
                parameters: [registrationPath, parameterRef("IfNoneMatch")],
                responses: [
                    ("200", json("The registration.", schemaRef("Registration"), headers: ["ETag"])),
                    ("304", responseRef("NotModified")),
                    ("404", responseRef("NotFound")),
                ]),
            "patch": operation(
                "updateRegistration", tag: "Registrations", summary: "Corrects the fields given; audited.",
                description: "If-Match is honoured when sent (412 when stale), not required.", access: .roles(["staff", "admin"]),
                parameters: [registrationPath, optionalIfMatch], body: schemaRef("RegistrationChange"),
                responses: [
                    ("200", json("The corrected registration.", schemaRef("Registration"), headers: ["ETag"],
                                 links: registrationLinks)),
                    ("404", responseRef("NotFound")),
                    ("412", responseRef("PreconditionFailed")),
                    ("422", responseRef("Invalid")),
                ]),
            "delete": operation(
                "deleteRegistration", tag: "Registrations", summary: "Removes a registration; audited.",
                description: "If-Match is honoured when sent (412 when stale), not required.", access: .roles(["staff", "admin"]),
                parameters: [registrationPath, optionalIfMatch],
                responses: [
                    ("204", response("Removed.", content: [])),
                    ("404", responseRef("NotFound")),
                    ("412", responseRef("PreconditionFailed")),
                ]),
        ]),
    ]

    static let optionalIfMatch: JSONValue = [
        "name": "If-Match", "in": "header", "required": false, "schema": ["type": "string"],
        "description": "The ETag last read: 412 when the registration changed since.",
    ]

    /// A JSON array or CSV; all rows or none. The 422 lists every bad row: `errors: [{row, field, message}]`.
    static let bulkOperation = operation(
        "bulkRegistrations", tag: "Registrations", summary: "Registers many at once: all rows or none.",
        description: "A JSON array of registrations, or CSV with a header row of the same field names (partners joined by `|`). "
            + "Rows are numbered from 1, the header not counted.",
        access: .roles(["staff", "admin"]), parameters: [parameterRef("IdempotencyKey")],
        body: ["type": "array", "minItems": 1, "maxItems": .integer(Int64(RegistrationHandlers.maxBulkRows)),
               "items": schemaRef("RegistrationInput")],
        alsoAccepts: [("text/csv", ["type": "string", "description": "RFC 4180 with a header row."])],
        responses: [
            ("201", json("Every row registered.", schemaRef("BulkCreated"), headers: ["Idempotent-Replayed"])),
            ("409", responseRef("Conflict")),
            ("422", responseRef("Invalid")),
        ])
}
