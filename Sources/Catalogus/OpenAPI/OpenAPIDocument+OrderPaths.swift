import JSON

/// `/api/v1/orders` (OrderHandlers, OrderTransitionHandlers) and budgets (BudgetHandlers).
extension OpenAPIDocument {
    static let orderPath = pathParameter("id", ["type": "integer", "minimum": 1, "examples": [1]], "The order's id; another municipality's order is 404 too.")

    static let orderCSV: JSONValue = [
        "type": "string",
        "description": .string("RFC 4180, one row per order line: \(OrderPresenter.csvHeader.joined(separator: ",")).")
    ]

    static let orderPaths: [(String, JSONValue)] = [
        ("/api/v1/orders", [
            "post": operation(
                "createOrder", tag: "Orders", summary: "Creates a draft order.",
                description: "A municipality token may order only for its own municipality (403).",
                access: .roles(["municipality", "admin"]), parameters: [parameterRef("IdempotencyKey")],
                body: schemaRef("OrderInput"),
                responses: [
                    ("201", json("The draft.", schemaRef("Order"), headers: ["ETag", "Location", "Idempotent-Replayed"],
                                 links: orderLinks)),
                    ("409", responseRef("Conflict")),
                    ("422", responseRef("Invalid")),
                ]),
            "get": operation(
                "listOrders", tag: "Orders", summary: "Orders by id; a municipality token sees only its own.",
                access: .roles(["municipality", "admin", "staff"]),
                parameters: [
                    queryParameter("municipality", ["type": "string"], "A municipality's slug; an unknown one is 422."),
                    queryParameter("year", schemaRef("Year"), "Orders of this year."),
                    queryParameter("status", orderStatus, "Orders in this status."),
                    parameterRef("Limit"), parameterRef("Cursor"), parameterRef("ModifiedSince"),
                    parameterRef("Output"), parameterRef("Separator"), parameterRef("IfNoneMatch"),
                ],
                responses: [
                    ("200", response("A page of orders.", content: [("application/json", list(of: schemaRef("Order"))),
                                                                    ("text/csv", orderCSV)], headers: ["ETag", "Link"])),
                    ("304", responseRef("NotModified")),
                    ("422", responseRef("Invalid")),
                ]),
        ]),
        ("/api/v1/orders/{id}", [
            "get": operation(
                "getOrder", tag: "Orders", summary: "One order with its lines, totals and history.",
                access: .roles(["municipality", "admin", "staff"]),
                parameters: [orderPath, parameterRef("Output"), parameterRef("Separator"), parameterRef("IfNoneMatch")],
                responses: [
                    ("200", response("The order.", content: [("application/json", schemaRef("Order")), ("text/csv", orderCSV)],
                                     headers: ["ETag"])),
                    ("304", responseRef("NotModified")),
                    ("404", responseRef("NotFound")),
                    ("422", responseRef("Invalid")),
                ]),
            "patch": operation(
                "updateOrder", tag: "Orders", summary: "Changes a draft's reference and/or lines.",
                description: "`lines` replaces all lines. Only a draft changes (409 otherwise). Audited; not a history entry.",
                access: .roles(["municipality", "admin"]),
                parameters: [orderPath, parameterRef("IfMatch")], body: schemaRef("OrderChange"),
                responses: orderChangeResponses),
        ]),
        transition("submit", "Submits a draft: its prices are frozen.", """
            Needs the year's price list published and, for a municipality token, the order deadline not passed (409). \
            Over the municipality's budget is 422 with `exceeded_by_cents`.
            """),
        transition("confirm", "Confirms a submitted order.", "Admin only (403 for a municipality token)."),
        transition("reopen", "Turns a submitted order back into a draft.", "Admin only (403 for a municipality token)."),
        transition("cancel", "Cancels a draft, submitted or (admin, with `reason`) confirmed order.", nil),
        ("/api/v1/budgets", ["get": operation(
            "listBudgets", tag: "Orders", summary: "The budgets set for a year, one per municipality that has one.",
            description: "A municipality that is not listed has no budget that year: no limit. A municipality token or account reads its own only.",
            access: .roles(["admin", "staff", "municipality"]),
            parameters: [
                queryParameter("year", schemaRef("Year"), "The year.", required: true),
                queryParameter("municipality", ["type": "string", "maxLength": 64], "Only this municipality's budget."),
                parameterRef("IfNoneMatch"),
            ],
            responses: [
                ("200", json("The budgets.", list(of: schemaRef("Budget")), headers: ["ETag"])),
                ("304", responseRef("NotModified")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/municipalities/{slug}/budgets/{year}", [
            "get": operation(
                "getBudget", tag: "Orders", summary: "A municipality's budget and order deadline of a year.",
                description: "404 when none is set: then there is no limit.",
                access: .roles(["admin", "staff", "municipality"]),
                parameters: [slugParameter, parameterRef("YearPath")],
                responses: [
                    ("200", json("The budget and what is committed against it.", schemaRef("Budget"))),
                    ("404", responseRef("NotFound")),
                    ("422", responseRef("Invalid")),
                ]),
            "put": operation(
                "putBudget", tag: "Orders", summary: "Sets a municipality's budget and order deadline of a year.",
                description: "Last write wins; audited.", access: .roles(["admin"]),
                parameters: [slugParameter, parameterRef("YearPath")], body: schemaRef("BudgetInput"),
                responses: [
                    ("200", json("Replaced.", schemaRef("Budget"))),
                    ("201", json("Set for the first time.", schemaRef("Budget"))),
                    ("404", responseRef("NotFound")),
                    ("422", responseRef("Invalid")),
                ]),
        ]),
    ]

    /// From an order to what can happen to it next, with its ETag as If-Match.
    static let orderLinks: [(String, JSONValue)] = [link("getOrder"), link("updateOrder", ifMatch: true)]
        + ["submit", "confirm", "reopen", "cancel"].map { link("\($0)Order", ifMatch: true) }

    static let orderChangeResponses: [(String, JSONValue)] = [
        ("200", json("The order after the change.", schemaRef("Order"), headers: ["ETag"], links: orderLinks)),
        ("404", responseRef("NotFound")),
        ("409", responseRef("Conflict")),
        ("412", responseRef("PreconditionFailed")),
        ("422", responseRef("Invalid")),
        ("428", responseRef("PreconditionRequired")),
    ]

    /// A state change: If-Match required, an optional JSON body (`cancel` takes `reason`).
    static func transition(_ action: String, _ summary: String, _ description: String?) -> (String, JSONValue) {
        let body: JSONValue = action == "cancel"
            ? closedObject([("reason", nullable("string", [("minLength", 1), ("maxLength", 1000), ("pattern", "\\S")]))],
                           optional: ["reason"])
            : closedObject([])
        return ("/api/v1/orders/{id}/\(action)", ["post": operation(
            "\(action)Order", tag: "Orders", summary: summary, description: description,
            access: .roles(action == "confirm" || action == "reopen" ? ["admin"] : ["municipality", "admin"]),
            parameters: [orderPath, parameterRef("IfMatch")], body: body, bodyRequired: false,
            responses: orderChangeResponses)])
    }
}
