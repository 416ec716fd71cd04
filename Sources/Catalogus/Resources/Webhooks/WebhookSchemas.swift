import JSON

/// Webhooks, their input and deliveries.
extension OpenAPIDocument {
    private static let eventNames = enumeration(WebhookInput.subscribable.map(\.rawValue))
    private static let events: JSONValue = ["type": "array", "minItems": 1, "items": eventNames]
    private static let hookURL: JSONValue = ["type": "string", "format": "uri", "maxLength": .integer(Int64(WebhookInput.urlLength)),
                                             "description": "http or https; not a loopback, link-local or private address."]
    private static let hookMembers: [(String, JSONValue)] = [
        ("id", integer(1)), ("url", ["type": "string"]), ("events", ["type": "array", "items": eventNames]),
        ("description", nullable("string")), ("municipality", nullable("string")), ("active", ["type": "boolean"]),
    ]
    private static let stamps: [(String, JSONValue)] = [("created_at", schemaRef("Timestamp")), ("updated_at", schemaRef("Timestamp"))]

    static let webhookSchemas: [(String, JSONValue)] = [
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
