import CatalogusStorage
import HTTPServer
import JSON

private typealias Doc = OpenAPIDocument

/// The endpoints of Registrations, in the order of the document.
package enum RegistrationEndpoints {
    package static let writers = Access.permission(.registrationsWrite)
    /// A municipality token reads only its own municipality's registrations.
    package static let readers = Access.permission(.registrationsRead)

    package static let all: [Endpoint] = [
        Endpoint(.post, "/api/v1/registrations", id: "createRegistration", tag: .registrations,
                 summary: "Registers that an activity was held.", access: writers, parameters: [.idempotencyKey],
                 body: Doc.schemaRef("RegistrationInput"),
                 responses: [
                     ("201", Doc.json("Registered.", Doc.schemaRef("Registration"), headers: ["ETag", "Location", "Idempotent-Replayed"],
                                      links: links)),
                     ("409", Doc.responseRef("Conflict")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: RegistrationHandlers.create),
        Endpoint(.get, "/api/v1/registrations", id: "listRegistrations", tag: .registrations,
                 summary: "Registrations by date; a municipality token sees only its own.", access: readers,
                 parameters: [
                     .municipalityFilter(),
                     .activityFilter,
                     .query("programme", Doc.enumeration(Doc.programmeCodes), "A programme code."),
                     .query("location", Doc.integer(1), "A location's id; an unknown one is 422."),
                     .query("from", Doc.date, "From this date (inclusive)."),
                     .query("to", Doc.date, "Up to this date (inclusive)."),
                     .query("sort", Doc.enumeration(RegistrationListQuery.sortOrders),
                            "`date` (default): oldest first; `-date`: newest first. Keep it the same while following `next_cursor`."),
                     .limit, .cursor, .modifiedSince, .output, .separator, .ifNoneMatch,
                 ],
                 responses: [
                     ("200", Doc.response("A page of registrations.", content: [
                         ("application/json", Doc.list(of: Doc.schemaRef("Registration"))), ("text/csv", Doc.registrationCSV), Doc.workbook,
                     ], headers: ["ETag", "Link", "Content-Disposition"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: RegistrationHandlers.list),
        // A JSON array or CSV; all rows or none. The 422 lists every bad row: `errors: [{row, field, message}]`.
        Endpoint(.post, "/api/v1/registrations/bulk", id: "bulkRegistrations", tag: .registrations,
                 summary: "Registers many at once: all rows or none.",
                 description: "A JSON array of registrations, or CSV with a header row of the same field names, or the Dutch names "
                     + "the download heads them with (partners joined by `|`). "
                     + "Rows are numbered from 1, the header not counted.",
                 access: writers, parameters: [.idempotencyKey],
                 body: ["type": "array", "minItems": 1, "maxItems": .integer(Int64(RegistrationBulkInput.maxRows)),
                        "items": Doc.schemaRef("RegistrationInput")],
                 alsoAccepts: [("text/csv", Doc.registrationCSVUpload)],
                 responses: [
                     ("201", Doc.json("Every row registered.", Doc.schemaRef("BulkCreated"), headers: ["Idempotent-Replayed"])),
                     ("409", Doc.responseRef("Conflict")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: RegistrationHandlers.bulk),
        Endpoint(.get, "/api/v1/registrations/{id}", id: "getRegistration", tag: .registrations, summary: "One registration.",
                 access: readers, parameters: [idPath, .ifNoneMatch],
                 responses: [
                     ("200", Doc.json("The registration.", Doc.schemaRef("Registration"), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("404", Doc.responseRef("NotFound")),
                 ],
                 handler: RegistrationHandlers.get),
        Endpoint(.patch, "/api/v1/registrations/{id}", id: "updateRegistration", tag: .registrations,
                 summary: "Corrects the fields given; audited.",
                 description: "If-Match is honoured when sent (412 when stale), not required.", access: writers,
                 parameters: [idPath, optionalIfMatch], body: Doc.schemaRef("RegistrationChange"),
                 responses: [
                     ("200", Doc.json("The corrected registration.", Doc.schemaRef("Registration"), headers: ["ETag"], links: links)),
                     ("404", Doc.responseRef("NotFound")),
                     ("412", Doc.responseRef("PreconditionFailed")),
                     ("428", Doc.responseRef("PreconditionRequired")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: RegistrationHandlers.update),
        Endpoint(.delete, "/api/v1/registrations/{id}", id: "deleteRegistration", tag: .registrations,
                 summary: "Removes a registration; audited.",
                 description: "If-Match is honoured when sent (412 when stale), not required.", access: writers,
                 parameters: [idPath, optionalIfMatch],
                 responses: [
                     ("204", Doc.response("Removed.", content: [])),
                     ("404", Doc.responseRef("NotFound")),
                     ("412", Doc.responseRef("PreconditionFailed")),
                     ("428", Doc.responseRef("PreconditionRequired")),
                 ],
                 handler: RegistrationHandlers.delete),
    ]

    package static let idPath = Parameter.path("id", ["type": "integer", "minimum": 1, "examples": [1]],
                                       "The registration's id; another municipality's is 404 too.")
    package static let links: [(String, JSONValue)] = [
        Doc.link("getRegistration"), Doc.link("updateRegistration", ifMatch: true), Doc.link("deleteRegistration", ifMatch: true),
    ]
    /// Registrations take If-Match when sent, without requiring it (unlike `Parameter.ifMatch`).
    package static let optionalIfMatch = Parameter(name: "If-Match", location: .header, openAPI: [
        "name": "If-Match", "in": "header", "required": false, "schema": Doc.ifMatchSchema,
        "description": "The ETag last read: 412 when the registration changed since; 428 when it names no entity tag.",
    ])
}
