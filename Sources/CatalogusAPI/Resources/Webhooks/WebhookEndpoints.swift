import HTTPServer
import JSON

/// The endpoints of webhooks (admin only), in the order of the document.
package enum WebhookEndpoints {
    private typealias Doc = OpenAPIDocument
    private static let admin = Access.permission(.webhooksManage)
    private static let hookPath = Parameter.path("id", ["type": "integer", "minimum": 1, "examples": [1]], "The webhook's id.")
    private static let deliveryPath = Parameter.path("delivery", ["type": "integer", "minimum": 1, "examples": [1]], "The delivery's id.")

    package static let all: [Endpoint] = [
        Endpoint(.get, "/api/v1/webhooks", id: "listWebhooks", tag: .administration, summary: "The registered webhooks.",
                 access: admin, parameters: Parameter.paging,
                 responses: [("200", Doc.json("A page of webhooks.", Doc.list(of: Doc.schemaRef("Webhook")))), ("422", Doc.responseRef("Invalid"))],
                 handler: WebhookHandlers.list),
        Endpoint(.post, "/api/v1/webhooks", id: "createWebhook", tag: .administration,
                 summary: "Register a receiver of signed events (Standard Webhooks).",
                 description: "The answer is the only one (besides rotate-secret's) that shows the secret. The URL must be http or https; one whose host resolves to a loopback, link-local or private address is refused unless the server runs with --webhooks-allow-private. There may be at most 100 webhooks (409 beyond).",
                 access: admin, body: Doc.schemaRef("NewWebhook"),
                 responses: [
                     ("201", Doc.json("The webhook and its secret.", Doc.schemaRef("WebhookWithSecret"), headers: ["ETag", "Location"])),
                     ("409", Doc.responseRef("Conflict")),
                     ("422", Doc.responseRef("Invalid")),
                 ], handler: WebhookHandlers.create),
        Endpoint(.get, "/api/v1/webhooks/{id}", id: "getWebhook", tag: .administration, summary: "One webhook (without its secret).",
                 access: admin, parameters: [hookPath, .ifNoneMatch],
                 responses: [("200", Doc.json("The webhook.", Doc.schemaRef("Webhook"), headers: ["ETag"])),
                             ("304", Doc.responseRef("NotModified")), ("404", Doc.responseRef("NotFound"))],
                 handler: WebhookHandlers.get),
        Endpoint(.patch, "/api/v1/webhooks/{id}", id: "updateWebhook", tag: .administration,
                 summary: "Change a webhook's URL, events or whether it is active.", access: admin,
                 parameters: [hookPath, .ifMatch], body: Doc.schemaRef("WebhookChange"),
                 responses: [
                     ("200", Doc.json("The webhook as changed.", Doc.schemaRef("Webhook"), headers: ["ETag"])),
                     ("404", Doc.responseRef("NotFound")), ("412", Doc.responseRef("PreconditionFailed")),
                     ("422", Doc.responseRef("Invalid")), ("428", Doc.responseRef("PreconditionRequired")),
                 ], handler: WebhookHandlers.update),
        Endpoint(.delete, "/api/v1/webhooks/{id}", id: "deleteWebhook", tag: .administration,
                 summary: "Remove a webhook and its deliveries.", access: admin, parameters: [hookPath, .ifMatch],
                 responses: [
                     ("204", Doc.response("Removed.", content: [])), ("404", Doc.responseRef("NotFound")),
                     ("412", Doc.responseRef("PreconditionFailed")), ("428", Doc.responseRef("PreconditionRequired")),
                 ], handler: WebhookHandlers.delete),
        Endpoint(.post, "/api/v1/webhooks/{id}/rotate-secret", id: "rotateWebhookSecret", tag: .administration,
                 summary: "A new secret; deliveries from now on are signed with it.", access: admin, parameters: [hookPath],
                 responses: [("200", Doc.json("The webhook and its new secret.", Doc.schemaRef("WebhookWithSecret"), headers: ["ETag"])),
                             ("404", Doc.responseRef("NotFound"))],
                 handler: WebhookHandlers.rotate),
        Endpoint(.post, "/api/v1/webhooks/{id}/test", id: "testWebhook", tag: .administration,
                 summary: "Send a webhook.test event to this webhook.", access: admin, parameters: [hookPath],
                 responses: [("202", Doc.json("The delivery, pending.", Doc.schemaRef("WebhookDelivery"))), ("404", Doc.responseRef("NotFound"))],
                 handler: WebhookHandlers.test),
        Endpoint(.get, "/api/v1/webhooks/{id}/deliveries", id: "listWebhookDeliveries", tag: .administration,
                 summary: "A webhook's deliveries, newest first.", access: admin, parameters: [hookPath] + Parameter.paging,
                 responses: [("200", Doc.json("A page of deliveries.", Doc.list(of: Doc.schemaRef("WebhookDelivery")))),
                             ("404", Doc.responseRef("NotFound")), ("422", Doc.responseRef("Invalid"))],
                 handler: WebhookHandlers.deliveries),
        Endpoint(.post, "/api/v1/webhooks/{id}/deliveries/{delivery}/retry", id: "retryWebhookDelivery", tag: .administration,
                 summary: "Send a pending or failed delivery again now, with a new three-day window.", access: admin,
                 parameters: [hookPath, deliveryPath],
                 responses: [("202", Doc.json("The delivery, pending.", Doc.schemaRef("WebhookDelivery"))),
                             ("404", Doc.responseRef("NotFound")), ("409", Doc.responseRef("Conflict"))],
                 handler: WebhookHandlers.retry),
    ]
}
