import CatalogusDomain
import JSON

/// A receiver registered by an admin. The secret is never part of its representation:
/// only the create and rotate answers show it (`WebhookHandlers`).
package struct Webhook: Sendable, Equatable, JSONRepresentable {
    package var id: Int64
    package var url: String
    package var events: [WebhookEventType]
    package var description: String?
    package var municipality: String?
    package var active: Bool
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String

    package func write(to w: inout JSONWriter) {
        write(to: &w, secret: nil)
    }

    package func write(to w: inout JSONWriter, secret: String?) {
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
package struct WebhookWithSecret: JSONRepresentable {
    package var webhook: Webhook
    package var secret: String

    package init(webhook: Webhook, secret: String) {
        self.webhook = webhook
        self.secret = secret
    }
    package func write(to w: inout JSONWriter) { webhook.write(to: &w, secret: secret) }
}

/// One event's delivery to one hook, as `GET …/deliveries` lists it.
package struct WebhookDelivery: Sendable, Equatable, JSONRepresentable {
    package enum Status: String, Sendable { case pending, succeeded, failed }

    package var id: Int64
    package var webhookID: Int64
    package var eventID: Int64
    package var type: String
    package var status: Status
    package var attempts: Int64
    package var lastStatusCode: Int64?
    package var lastError: String?
    /// Unix milliseconds; shown only while pending.
    package var nextAttemptMs: Int64
    package var createdAt: String

    package func write(to w: inout JSONWriter) {
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
