import JSON

/// `/api/v1/activities` (ActivityHandlers).
extension OpenAPIDocument {
    static let yearQuery = queryParameter("year", schemaRef("Year"), "Adds that year's `price` (or null) to each activity; does not filter.")

    static let cataloguePaths: [(String, JSONValue)] = [
        ("/api/v1/activities", [
            "get": operation(
                "listActivities", tag: "Catalogue", summary: "Activities by name.", access: .anyone,
                parameters: [
                    queryParameter("programme", enumeration(programmeCodes), "A programme code."),
                    queryParameter("audience", enumeration(Vocabulary.audiences), "Activities for this audience."),
                    queryParameter("format", enumeration(Vocabulary.formats), "Activities of this format."),
                    queryParameter("q", ["type": "string"],
                                   "Full-text search over name, summary and description: accent-insensitive, by word prefix."),
                    queryParameter("active", enumeration(["true", "false", "all"]),
                                   "`true` (default) active ones, `false` archived ones, `all` both."),
                    yearQuery,
                    parameterRef("Limit"), parameterRef("Cursor"), parameterRef("ModifiedSince"), parameterRef("IfNoneMatch"),
                ],
                responses: [
                    ("200", json("A page of activities.", list(of: schemaRef("Activity")), headers: ["ETag"])),
                    ("304", responseRef("NotModified")),
                    ("422", responseRef("Invalid")),
                ]),
            "post": operation(
                "createActivity", tag: "Catalogue", summary: "Adds an activity to the catalogue.", access: .roles(["admin"]),
                parameters: [parameterRef("IdempotencyKey")], body: schemaRef("ActivityInput"),
                responses: [
                    ("201", json("Created.", schemaRef("Activity"), headers: ["ETag", "Location", "Idempotent-Replayed"],
                                 links: activityLinks)),
                    ("409", responseRef("Conflict")),
                    ("422", responseRef("Invalid")),
                ]),
        ]),
        ("/api/v1/activities/{id}", [
            "get": operation(
                "getActivity", tag: "Catalogue", summary: "One activity, by id or code.", access: .anyone,
                parameters: [parameterRef("ActivityPath"), yearQuery, parameterRef("IfNoneMatch")],
                responses: [
                    ("200", json("The activity.", schemaRef("Activity"), headers: ["ETag"])),
                    ("304", responseRef("NotModified")),
                    ("404", responseRef("NotFound")),
                    ("422", responseRef("Invalid")),
                ]),
            "patch": operation(
                "updateActivity", tag: "Catalogue", summary: "Changes the fields given.",
                description: "Fields not sent stay as they are; null clears an optional one.", access: .roles(["admin"]),
                parameters: [parameterRef("ActivityPath"), parameterRef("IfMatch")], body: schemaRef("ActivityChange"),
                responses: changeResponses("The changed activity.")),
            "delete": operation(
                "archiveActivity", tag: "Catalogue", summary: "Archives the activity (`active: false`).",
                description: "Orders and registrations may refer to it, so it is never removed.", access: .roles(["admin"]),
                parameters: [parameterRef("ActivityPath"), parameterRef("IfMatch")],
                responses: changeResponses("The archived activity.", withBody: false)),
        ]),
    ]

    static let activityLinks: [(String, JSONValue)] = [
        link("getActivity"), link("updateActivity", ifMatch: true), link("archiveActivity", ifMatch: true),
        link("listActivityPrices"), link("setActivityPrice"),
    ]

    /// What a conditional change (If-Match) of an activity answers.
    static func changeResponses(_ description: String, withBody: Bool = true) -> [(String, JSONValue)] {
        var responses: [(String, JSONValue)] = [
            ("200", json(description, schemaRef("Activity"), headers: ["ETag"], links: activityLinks)),
            ("404", responseRef("NotFound")),
            ("412", responseRef("PreconditionFailed")),
            ("428", responseRef("PreconditionRequired")),
        ]
        // A changed code can collide with one taken meanwhile (409) or be invalid (422).
        if withBody { responses += [("409", responseRef("Conflict")), ("422", responseRef("Invalid"))] }
        return responses
    }
}
