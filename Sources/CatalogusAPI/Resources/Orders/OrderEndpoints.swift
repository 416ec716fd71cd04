import CatalogusDomain
import CatalogusStorage
import HTTPServer
import JSON

/// The endpoints of Orders, in the order of the document.
package enum OrderEndpoints {
    private typealias Doc = OpenAPIDocument

    package static let all: [Endpoint] = [
        Endpoint(.post, "/api/v1/orders", id: "createOrder", tag: .orders, summary: "Creates a draft order.",
                 description: "A municipality token may order only for its own municipality (403).",
                 access: .permission(.ordersWrite), parameters: [.idempotencyKey],
                 body: Doc.schemaRef("OrderInput"),
                 responses: [
                     ("201", Doc.json("The draft.", Doc.schemaRef("Order"), headers: ["ETag", "Location", "Idempotent-Replayed"],
                                      links: links)),
                     ("409", Doc.responseRef("Conflict")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: OrderHandlers.create),
        Endpoint(.get, "/api/v1/orders", id: "listOrders", tag: .orders, summary: "Orders by id; a municipality token sees only its own.",
                 access: .permission(.ordersRead),
                 parameters: [
                     .municipalityFilter(),
                     .query("year", Doc.schemaRef("Year"), "Orders of this year."),
                     .query("status", Doc.orderStatus, "Orders in this status."),
                     .limit, .cursor, .modifiedSince, .output, .separator, .ifNoneMatch,
                 ],
                 responses: [
                     ("200", Doc.response("A page of orders.", content: [("application/json", Doc.list(of: Doc.schemaRef("Order"))),
                                                                         ("text/csv", csv), Doc.workbook],
                                          headers: ["ETag", "Link", "Content-Disposition"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: OrderHandlers.list),
        Endpoint(.get, "/api/v1/orders/{id}", id: "getOrder", tag: .orders, summary: "One order with its lines, totals and history.",
                 access: .permission(.ordersRead),
                 parameters: [orderID, .output, .separator, .ifNoneMatch],
                 responses: [
                     ("200", Doc.response("The order.", content: [("application/json", Doc.schemaRef("Order")), ("text/csv", csv), Doc.workbook],
                                          headers: ["ETag", "Content-Disposition"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("404", Doc.responseRef("NotFound")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: OrderHandlers.get),
        Endpoint(.patch, "/api/v1/orders/{id}", id: "updateOrder", tag: .orders, summary: "Changes a draft's reference and/or lines.",
                 description: "`lines` replaces all lines. Only a draft changes (409 otherwise). Audited; not a history entry.",
                 access: .permission(.ordersWrite),
                 parameters: [orderID, .ifMatch], body: Doc.schemaRef("OrderChange"),
                 responses: changeResponses,
                 handler: OrderHandlers.update),
        transition(.submit, "Submits a draft: its prices are frozen.", """
            Needs the year's price list published and, for a municipality token, the order deadline not passed (409). \
            Over the municipality's budget is 422 with `exceeded_by_cents`.
            """),
        transition(.confirm, "Confirms a submitted order.", "Admin only (403 for a municipality token)."),
        transition(.reopen, "Turns a submitted order back into a draft.", "Admin only (403 for a municipality token)."),
        transition(.cancel, "Cancels a draft, submitted or (admin, with `reason`) confirmed order.", nil),
    ]

    package static let orderID = Parameter(name: "id", location: .path, openAPI: Doc.pathParameter(
        "id", ["type": "integer", "minimum": 1, "examples": [1]], "The order's id; another municipality's order is 404 too."))

    package static let csv: JSONValue = [
        "type": "string",
        "description": .string("RFC 4180, one row per order line: \(OrderView.csvHeader.joined(separator: ",")).")
    ]

    /// From an order to what can happen to it next, with its ETag as If-Match.
    package static let links: [(String, JSONValue)] = [Doc.link("getOrder"), Doc.link("updateOrder", ifMatch: true)]
        + OrderAction.allCases.map { Doc.link("\($0.rawValue)Order", ifMatch: true) }

    package static let changeResponses: [(String, JSONValue)] = [
        ("200", Doc.json("The order after the change.", Doc.schemaRef("Order"), headers: ["ETag"], links: links)),
        ("404", Doc.responseRef("NotFound")),
        ("409", Doc.responseRef("Conflict")),
        ("412", Doc.responseRef("PreconditionFailed")),
        ("422", Doc.responseRef("Invalid")),
        ("428", Doc.responseRef("PreconditionRequired")),
    ]

    /// A state change: If-Match required, an optional JSON body (`cancel` takes `reason`).
    /// Every action's gate is `orders.write`, so that the state machine answers first (409
    /// from the wrong state); an action whose own permission the role lacks is then refused
    /// by the machine (403). The document names the action's permissions.
    package static func transition(_ action: OrderAction, _ summary: String, _ description: String?) -> Endpoint {
        let body: JSONValue = action == .cancel
            ? Doc.closedObject([("reason", Doc.nullable("string", [("minLength", 1), ("maxLength", .integer(Int64(OrderTransitionInput.maxReasonLength))),
                                                                    ("pattern", .string(FieldValidator.nonBlankOneLinePattern))]))],
                               optional: ["reason"])
            : Doc.closedObject([])
        return Endpoint(.post, "/api/v1/orders/{id}/\(action.rawValue)", id: "\(action.rawValue)Order", tag: .orders, summary: summary,
                        description: description, access: .permission(.ordersWrite),
                        documentedPermissions: action.permissions,
                        parameters: [orderID, .ifMatch], body: body, bodyRequired: false,
                        responses: changeResponses, handler: OrderHandlers.transition(action))
    }
}
