import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import JSON

/// Webhooks, their input and deliveries.
extension OpenAPIDocument {
    private static let eventNames = enumeration(WebhookInput.subscribable.map(\.rawValue))
    private static let events: JSONValue = [
        "type": "array", "minItems": 1, "items": eventNames,
        "description": "registration.created also brings registration.imported: a bulk import's registrations, one event per municipality and 1,000 of them.",
    ]
    private static let hookURL: JSONValue = ["type": "string", "format": "uri", "maxLength": .integer(Int64(WebhookInput.urlLength)),
                                             "description": "http or https; not a loopback, link-local or private address."]
    private static let hookMembers: [(String, JSONValue)] = [
        ("id", integer(1)), ("url", ["type": "string"]), ("events", ["type": "array", "items": eventNames]),
        ("description", nullable("string")), ("municipality", nullable("string")), ("active", ["type": "boolean"]),
    ]
    private static let stamps: [(String, JSONValue)] = [("created_at", schemaRef("Timestamp")), ("updated_at", schemaRef("Timestamp"))]

    /// What receivers get (OpenAPI 3.1 `webhooks`): every event's envelope, and the import's data.
    package static let webhookEvents: [(String, JSONValue)] = [
        ("event", post("A change, sent to each hook that listens (all but registration.imported).", schemaRef("WebhookEvent"))),
        ("registration.imported", post("A bulk import: one event per municipality and \(Outbox.maxIDsPerImport) registrations, to the hooks that listen to registration.created.",
                                       schemaRef("WebhookImportEvent"))),
    ]

    private static func post(_ summary: String, _ schema: JSONValue) -> JSONValue {
        [
            "post": [
                "summary": .string(summary),
                "description": "Signed per Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature (v1, HMAC-SHA256 over id.timestamp.body).",
                "requestBody": ["required": true, "content": ["application/json": ["schema": schema]]],
                "responses": ["2XX": ["description": "Received. Anything else is retried (410 Gone disables the hook)."]],
            ],
        ]
    }

    package static let webhookSchemas: [(String, JSONValue)] = [
        ("WebhookEvent", closedObject([
            ("type", enumeration(WebhookEventType.allCases.filter { $0 != .registrationImported }.map(\.rawValue))),
            ("timestamp", schemaRef("Timestamp")),
            ("data", ["type": "object", "required": ["id", "url"], "properties": [
                "id": ["type": "string"], "url": ["type": "string"], "municipality": ["type": "string"],
            ]]),
        ])),
        ("WebhookImportEvent", closedObject([
            ("type", ["type": "string", "enum": ["registration.imported"]]), ("timestamp", schemaRef("Timestamp")),
            ("data", closedObject([
                ("municipality", ["type": "string"]), ("count", integer(1, Int64(Outbox.maxIDsPerImport))),
                ("ids", ["type": "array", "minItems": 1, "maxItems": .integer(Int64(Outbox.maxIDsPerImport)), "items": ["type": "string"]]),
                ("url", ["type": "string", "description": "Where each registration is: {id} is one of ids."]),
            ])),
        ])),
        ("Webhook", closedObject(hookMembers + stamps)),
        ("WebhookWithSecret", closedObject(hookMembers + [
            ("secret", ["type": "string", "pattern": "^whsec_", "description": "whsec_ + base64 of 32 random bytes; shown only here."]),
        ] + stamps)),
        ("NewWebhook", closedObject([
            ("url", hookURL), ("events", events), ("description", ["type": "string", "maxLength": .integer(Int64(WebhookInput.descriptionLength))]),
            ("municipality", ["type": "string", "maxLength": 64, "description": "Only this municipality's events."]),
        ], optional: ["description", "municipality"], examples: [["url": "https://example.org/hooks", "events": ["order.confirmed"]]])),
        ("WebhookChange", closedObject([("url", hookURL), ("events", events), ("active", ["type": "boolean"])],
                                       optional: ["url", "events", "active"])),
        ("WebhookDelivery", closedObject([
            ("id", integer(1)), ("event_id", ["type": "string", "description": "The webhook-id header of every attempt."]),
            ("type", ["type": "string"]), ("status", enumeration(["pending", "succeeded", "failed"])), ("attempts", integer(0)),
            ("last_status_code", nullable("integer")), ("last_error", nullable("string")),
            ("next_attempt_at", ["oneOf": [schemaRef("Timestamp"), ["type": "null"]]]), ("created_at", schemaRef("Timestamp")),
        ])),
    ]
}
