import JSON

/// A receiver registered by an admin. The secret is never part of its representation:
/// only the create and rotate answers show it (`WebhookHandlers`).
struct Webhook: Sendable, Equatable, JSONRepresentable {
    var id: Int64
    var url: String
    var events: [WebhookEventType]
    var description: String?
    var municipality: String?
    var active: Bool
    var version: Int64
    var createdAt: String
    var updatedAt: String

    func write(to w: inout JSONWriter) {
        write(to: &w, secret: nil)
    }

    func write(to w: inout JSONWriter, secret: String?) {
        w.beginObject()
        w.key("id"); w.int(id)
        w.key("url"); w.string(url)
        w.key("events"); w.beginArray(); for event in events { w.string(event.rawValue) }; w.endArray()
        w.key("description"); w.string(description)
        w.key("municipality"); w.string(municipality)
        w.key("active"); w.bool(active)
        if let secret { w.key("secret"); w.string(secret) }
        w.key("created_at"); w.string(createdAt)
        w.key("updated_at"); w.string(updatedAt)
        w.endObject()
    }
}

/// A hook with its secret, shown once.
struct WebhookWithSecret: JSONRepresentable {
    var webhook: Webhook
    var secret: String
    func write(to w: inout JSONWriter) { webhook.write(to: &w, secret: secret) }
}

/// One event's delivery to one hook, as `GET …/deliveries` lists it.
struct WebhookDelivery: Sendable, Equatable, JSONRepresentable {
    enum Status: String, Sendable { case pending, succeeded, failed }

    var id: Int64
    var webhookID: Int64
    var eventID: Int64
    var type: String
    var status: Status
    var attempts: Int64
    var lastStatusCode: Int64?
    var lastError: String?
    /// Unix milliseconds; shown only while pending.
    var nextAttemptMs: Int64
    var createdAt: String

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.int(id)
        w.key("event_id"); w.string(WebhookSignature.messageID(event: eventID))
        w.key("type"); w.string(type)
        w.key("status"); w.string(status.rawValue)
        w.key("attempts"); w.int(attempts)
        w.key("last_status_code"); w.int(lastStatusCode)
        w.key("last_error"); w.string(lastError)
        w.key("next_attempt_at"); w.string(status == .pending ? WebhookInstant(ms: nextAttemptMs).timestamp : nil)
        w.key("created_at"); w.string(createdAt)
        w.endObject()
    }
}
