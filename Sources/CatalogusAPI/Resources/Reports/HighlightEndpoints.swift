import CatalogusDomain
import CatalogusStorage
import HTTPServer
import JSON

private typealias Doc = OpenAPIDocument

/// The endpoints of a jaarbericht's stories, foreword and publication, in the order of the document.
package enum HighlightEndpoints {
    package static let writers = Access.permission(.highlightsWrite)
    /// Who reads a municipality's report reads its stories: a municipality its own, once published.
    package static let readers = Access.permission(.statsReadOwn)

    package static let all: [Endpoint] = [
        Endpoint(.get, "/api/v1/highlights", id: "listHighlights", tag: .reports,
                 summary: "Stories of the jaarberichten by id; a municipality sees its own of published reports only.",
                 access: readers,
                 parameters: [
                     .municipalityFilter(), .query("year", Doc.schemaRef("Year"), "Stories of this year's reports."),
                     .query("programme", Doc.enumeration(Doc.programmeCodes), "Stories of this programme area."),
                     .limit, .cursor, .ifNoneMatch,
                 ],
                 responses: [
                     ("200", Doc.json("A page of stories.", Doc.list(of: Doc.schemaRef("Highlight")), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: HighlightHandlers.list),
        Endpoint(.post, "/api/v1/highlights", id: "createHighlight", tag: .reports,
                 summary: "Writes a story about registrations of one municipality and year; audited.",
                 description: "Its figures are never sent: participants, sessions and dates come from `registrations`.",
                 access: writers, parameters: [.idempotencyKey], body: Doc.schemaRef("HighlightInput"),
                 responses: [
                     ("201", Doc.json("Written.", Doc.schemaRef("Highlight"), headers: ["ETag", "Location", "Idempotent-Replayed"], links: links)),
                     ("409", Doc.responseRef("Conflict")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: HighlightHandlers.create),
        Endpoint(.get, "/api/v1/highlights/{id}", id: "getHighlight", tag: .reports, summary: "One story, with its figures.",
                 description: "The ETag is of the whole representation: it changes when a linked registration does.",
                 access: readers, parameters: [idPath, .ifNoneMatch],
                 responses: [
                     ("200", Doc.json("The story.", Doc.schemaRef("Highlight"), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("404", Doc.responseRef("NotFound")),
                 ],
                 handler: HighlightHandlers.get),
        Endpoint(.patch, "/api/v1/highlights/{id}", id: "updateHighlight", tag: .reports,
                 summary: "Corrects the fields given, also of a published report; audited.",
                 description: "`registrations`, when sent, replaces the list. Fields not sent stay as they are; null clears an optional one.",
                 access: writers, parameters: [idPath, .ifMatch], body: Doc.schemaRef("HighlightChange"),
                 responses: [
                     ("200", Doc.json("The corrected story.", Doc.schemaRef("Highlight"), headers: ["ETag"], links: links)),
                     ("404", Doc.responseRef("NotFound")),
                     ("412", Doc.responseRef("PreconditionFailed")),
                     ("428", Doc.responseRef("PreconditionRequired")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: HighlightHandlers.update),
        Endpoint(.delete, "/api/v1/highlights/{id}", id: "deleteHighlight", tag: .reports, summary: "Removes a story; audited.",
                 description: "Its registrations stay.", access: writers, parameters: [idPath, .ifMatch],
                 responses: [
                     ("204", Doc.response("Removed.", content: [])),
                     ("404", Doc.responseRef("NotFound")),
                     ("412", Doc.responseRef("PreconditionFailed")),
                     ("428", Doc.responseRef("PreconditionRequired")),
                 ],
                 handler: HighlightHandlers.delete),
        Endpoint(.get, "/api/v1/reports/{slug}/{year}", id: "getReport", tag: .reports,
                 summary: "Whether a municipality's jaarbericht of a year is published, with the year's foreword.",
                 description: "No publication set is a draft. A municipality reads its own once published (else 404).",
                 access: readers, parameters: [slug, .yearPath],
                 responses: [
                     ("200", Doc.json("The report's state.", Doc.schemaRef("Report"))),
                     ("404", Doc.responseRef("NotFound")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: HighlightHandlers.report),
        Endpoint(.put, "/api/v1/reports/{slug}/{year}", id: "putReport", tag: .reports,
                 summary: "Publishes (or takes back to draft) a municipality's jaarbericht of a year.",
                 description: "Last write wins; audited. Its stories can still be corrected once published; the audit log shows what changed.",
                 access: .permission(.reportsWrite), parameters: [slug, .yearPath], body: Doc.schemaRef("ReportInput"),
                 responses: [
                     ("200", Doc.json("The report's state.", Doc.schemaRef("Report"))),
                     ("404", Doc.responseRef("NotFound")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: HighlightHandlers.publish),
        Endpoint(.get, "/api/v1/forewords/{year}", id: "getForeword", tag: .reports,
                 summary: "The organisation's foreword of a year, which opens every municipality's jaarbericht.",
                 access: readers, parameters: [.yearPath],
                 responses: [
                     ("200", Doc.json("The foreword.", Doc.schemaRef("Foreword"))),
                     ("404", Doc.responseRef("NotFound")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: HighlightHandlers.foreword),
        Endpoint(.put, "/api/v1/forewords/{year}", id: "putForeword", tag: .reports, summary: "Writes the year's foreword.",
                 description: "Last write wins; audited.", access: .permission(.reportsWrite), parameters: [.yearPath],
                 body: Doc.schemaRef("ForewordInput"),
                 responses: [
                     ("200", Doc.json("Replaced.", Doc.schemaRef("Foreword"))),
                     ("201", Doc.json("Written for the first time.", Doc.schemaRef("Foreword"))),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: HighlightHandlers.putForeword),
    ]

    package static let idPath = Parameter.path("id", ["type": "integer", "minimum": 1, "examples": [1]],
                                               "The story's id; one a municipality may not see is 404 too.")
    private static let slug = Parameter(name: "slug", location: .path, openAPI: Doc.slugParameter)
    package static let links: [(String, JSONValue)] = [
        Doc.link("getHighlight"), Doc.link("updateHighlight", ifMatch: true), Doc.link("deleteHighlight", ifMatch: true),
    ]
}
