import CatalogusDomain
import HTTPServer
import JSON

/// The endpoints of Activities, in the order of the document.
package enum ActivityEndpoints {
    package typealias Doc = OpenAPIDocument

    package static let yearQuery = Parameter.query("year", Doc.schemaRef("Year"), "Adds that year's `price` (or null) to each activity; does not filter.")

    package static let all: [Endpoint] = [
        Endpoint(.get, "/api/v1/activities", id: "listActivities", tag: .catalogue, summary: "Activities by name; a search best match first.", access: .anyone,
                 parameters: [
                    .query("programme", Doc.enumeration(Doc.programmeCodes), "A programme code."),
                    .query("audience", Doc.enumeration(Vocabulary.audiences), "Activities for this audience."),
                    .query("format", Doc.enumeration(Vocabulary.formats), "Activities of this format."),
                    .query("q", ["type": "string", "pattern": .string(ActivityListQuery.searchPattern)],
                           "Full-text search over name, summary and description: accent-insensitive, by word prefix. "
                           + "The list is then ranked: the name equal to the text, then names that start with it, then names that "
                           + "contain it, then activities found by summary or description only; ties by name. Pages follow that order."),
                    .query("active", Doc.enumeration(ActivityListQuery.activeValues),
                           "`true` (default) active ones, `false` archived ones, `all` both."),
                    yearQuery, .limit, .cursor, .modifiedSince, .ifNoneMatch,
                 ],
                 responses: [
                    ("200", Doc.json("A page of activities.", Doc.list(of: Doc.schemaRef("Activity")), headers: ["ETag"])),
                    ("304", Doc.responseRef("NotModified")),
                    ("422", Doc.responseRef("Invalid")),
                 ],
                 cached: true, handler: ActivityHandlers.list),
        Endpoint(.post, "/api/v1/activities", id: "createActivity", tag: .catalogue, summary: "Adds an activity to the catalogue.",
                 access: .permission(.catalogueWrite), parameters: [.idempotencyKey], body: Doc.schemaRef("ActivityInput"),
                 responses: [
                    ("201", Doc.json("Created.", Doc.schemaRef("Activity"), headers: ["ETag", "Location", "Idempotent-Replayed"],
                                     links: links)),
                    ("409", Doc.responseRef("Conflict")),
                    ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: ActivityHandlers.create),
        Endpoint(.get, "/api/v1/activities/{id}", id: "getActivity", tag: .catalogue, summary: "One activity, by id or code.",
                 access: .anyone, parameters: [.activityPath, yearQuery, .ifNoneMatch],
                 responses: [
                    ("200", Doc.json("The activity.", Doc.schemaRef("Activity"), headers: ["ETag"])),
                    ("304", Doc.responseRef("NotModified")),
                    ("404", Doc.responseRef("NotFound")),
                    ("422", Doc.responseRef("Invalid")),
                 ],
                 cached: true, handler: ActivityHandlers.get),
        Endpoint(.patch, "/api/v1/activities/{id}", id: "updateActivity", tag: .catalogue, summary: "Changes the fields given.",
                 description: "Fields not sent stay as they are; null clears an optional one.", access: .permission(.catalogueWrite),
                 parameters: [.activityPath, .ifMatch], body: Doc.schemaRef("ActivityChange"),
                 responses: changeResponses("The changed activity."),
                 handler: ActivityHandlers.update),
        Endpoint(.delete, "/api/v1/activities/{id}", id: "archiveActivity", tag: .catalogue,
                 summary: "Archives the activity (`active: false`).",
                 description: "Orders and registrations may refer to it, so it is never removed.", access: .permission(.catalogueWrite),
                 parameters: [.activityPath, .ifMatch],
                 responses: changeResponses("The archived activity.", withBody: false),
                 handler: ActivityHandlers.archive),
    ]

    /// Where an answer with an activity leads.
    package static let links: [(String, JSONValue)] = [
        Doc.link("getActivity"), Doc.link("updateActivity", ifMatch: true), Doc.link("archiveActivity", ifMatch: true),
        Doc.link("listActivityPrices"), Doc.link("setActivityPrice"),
    ]

    /// What a conditional change (If-Match) of an activity answers.
    package static func changeResponses(_ description: String, withBody: Bool = true) -> [(String, JSONValue)] {
        var responses: [(String, JSONValue)] = [
            ("200", Doc.json(description, Doc.schemaRef("Activity"), headers: ["ETag"], links: links)),
            ("404", Doc.responseRef("NotFound")),
            ("412", Doc.responseRef("PreconditionFailed")),
            ("428", Doc.responseRef("PreconditionRequired")),
        ]
        // A changed code can collide with one taken meanwhile (409) or be invalid (422).
        if withBody { responses += [("409", Doc.responseRef("Conflict")), ("422", Doc.responseRef("Invalid"))] }
        return responses
    }
}
