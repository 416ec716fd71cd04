import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import JSON

/// Webhooks, their input and deliveries.
extension OpenAPIDocument {
    private static let eventNames = enumeration(WebhookInput.subscribable.map(\.rawValue))
    private static let events: JSONValue = [
        "type": "array", "minItems": 1, "maxItems": .integer(Int64(WebhookInput.maxEvents)), "items": eventNames,
        "description": "registration.created also brings registration.imported: a bulk import's registrations, one event per municipality and 1,000 of them.",
    ]
    private static let hookURL: JSONValue = ["type": "string", "format": "uri", "maxLength": .integer(Int64(WebhookInput.urlLength)),
                                             "description": "http or https; not a loopback, link-local or private address."]
    private static let secret: JSONValue = ["type": "string", "pattern": "^whsec_", "description": "whsec_ + base64 of 32 random bytes; shown only here."]

    /// A hook's members (`Webhook`'s shown columns), with the secret after `active` when `withSecret`.
    private static func hookMembers(withSecret: Bool) -> [(String, JSONValue)] {
        recordSchema(Webhook.self, own: hookOutput).flatMap { member -> [(String, JSONValue)] in
            withSecret && member.0 == Webhook.Column.active.jsonKey ? [member, ("secret", secret)] : [member]
        }
    }

    /// A member of a hook the kind of field does not describe.
    private static func hookOutput(_ column: Webhook.Column) -> JSONValue? {
        switch column {
        case .url: ["type": "string"]
        case .events: ["type": "array", "items": eventNames]
        case .description, .municipality: nullable("string")
        case .active: ["type": "boolean"]
        default: nil
        }
    }

    /// A special member as a body sends it (`description` and `municipality` POST only, `active` PATCH only).
    private static func hookInput(_ field: Webhook.SpecialField) -> JSONValue {
        switch field {
        case .url: hookURL
        case .events: events
        case .description: freeText(maxLength: WebhookInput.descriptionLength)
        case .municipality: municipalitySlug(orNull: true)
        case .active: ["type": "boolean"]
        }
    }

    private static let hookChangeFields = recordInputFields(Webhook.self, creating: false, special: hookInput)

    /// What receivers get (OpenAPI 3.1 `webhooks`): one entry per event type, named by it,
    /// with its envelope (`type` fixed to the event); the import's carries its ids.
    package static let webhookEvents: [(String, JSONValue)] = WebhookEventType.allCases.map { event in
        switch event {
        case .registrationImported:
            (event.rawValue, post("A bulk import (\(event.label)): one event per municipality and \(Outbox.maxIDsPerImport) registrations, "
                                  + "to the hooks that listen to \(event.subscription.rawValue).", schemaRef("WebhookImportEvent")))
        case .test:
            (event.rawValue, post("A test message (\(event.label)), sent on request to one hook.", typed(event)))
        default:
            (event.rawValue, post("\(event.label.prefix(1).uppercased() + event.label.dropFirst()): sent to each hook that listens to \(event.rawValue).",
                                  typed(event)))
        }
    }

    /// `WebhookEvent` with its `type` fixed to `event`.
    private static func typed(_ event: WebhookEventType) -> JSONValue {
        ["allOf": [schemaRef("WebhookEvent"), ["properties": ["type": ["const": .string(event.rawValue)]]]]]
    }

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
                "id": ["type": ["integer", "string"],
                       "description": "The resource's id as the API has it: an integer (an order, a registration, a year's prices, a hook) or, for figures, \"year/area\"."],
                "url": ["type": "string"], "municipality": ["type": "string"],
            ]]),
        ])),
        ("WebhookImportEvent", closedObject([
            ("type", ["type": "string", "enum": ["registration.imported"]]), ("timestamp", schemaRef("Timestamp")),
            ("data", closedObject([
                ("municipality", ["type": "string"]), ("count", integer(1, Int64(Outbox.maxIDsPerImport))),
                ("ids", ["type": "array", "minItems": 1, "maxItems": .integer(Int64(Outbox.maxIDsPerImport)), "items": ["type": "integer"]]),
                ("url", ["type": "string", "description": "Where each registration is: {id} is one of ids."]),
            ])),
        ])),
        ("Webhook", closedObject(hookMembers(withSecret: false))),
        ("WebhookWithSecret", closedObject(hookMembers(withSecret: true))),
        ("NewWebhook", closedObject(recordInputFields(Webhook.self, special: hookInput), optional: recordOptionalOnCreate(Webhook.self),
                                    examples: [["url": "https://example.org/hooks", "events": ["order.confirmed"]]])),
        ("WebhookChange", closedObject(hookChangeFields, optional: Set(hookChangeFields.map(\.0)))),
        ("WebhookDelivery", closedObject([
            ("id", integer(1)), ("event_id", ["type": "string", "description": "The webhook-id header of every attempt."]),
            ("type", ["type": "string"]), ("status", enumeration(["pending", "succeeded", "failed"])), ("attempts", integer(0)),
            ("last_status_code", nullable("integer")), ("last_error", nullable("string")),
            ("next_attempt_at", ["oneOf": [schemaRef("Timestamp"), ["type": "null"]]]), ("created_at", schemaRef("Timestamp")),
        ])),
    ]
}
