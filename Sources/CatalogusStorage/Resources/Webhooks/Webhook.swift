import CatalogusDomain
import JSON

/// A receiver registered by an admin. The secret is never part of the record: only the
/// create and rotate answers show it (`WebhookWithSecret`).
///
/// Each field is declared in this file only, as `Activity`'s are: the stored property,
/// its `Column`, the read in `init(_:)`, its `value(_:into:)` (JSON, audit record,
/// INSERT/UPDATE) and its `field(_:)` (`WebhookInput` and the OpenAPI schemas).
package struct Webhook: Sendable, Equatable, FieldedRecord {
    package enum Column: String, RecordColumn {
        case id, url, events, description, municipality, active, version
        case createdAt = "created_at"
        case updatedAt = "updated_at"

        /// The API never showed a hook's version: its ETag carries it.
        package var shown: Bool { self != .version }
    }

    package static let table = RecordTable<Column>(name: "webhook")

    package var id: Int64
    package var url: String
    package var events: [WebhookEventType]
    package var description: String?
    package var municipality: String?
    package var active: Bool
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String
}

extension Webhook {
    package init(_ row: RecordRow<Column>) throws {
        id = try row.int64(.id)
        url = try row.string(.url)
        events = try row.list(.events).compactMap(WebhookEventType.init(rawValue:))
        description = try row.optionalString(.description)
        municipality = try row.optionalString(.municipality)
        active = try row.bool(.active)
        version = try row.int64(.version)
        createdAt = try row.string(.createdAt)
        updatedAt = try row.string(.updatedAt)
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .id: sink.integer(id)
        case .url: sink.text(url)
        case .events: sink.list(events.map(\.rawValue))
        case .description: sink.optionalText(description)
        case .municipality: sink.optionalText(municipality)
        case .active: sink.flag(active)
        case .version: sink.integer(version)
        case .createdAt: sink.text(createdAt)
        case .updatedAt: sink.text(updatedAt)
        }
    }

    /// How a body sets a column (`WebhookInput`); nil for one only the server sets. Every
    /// field of a hook is its own: the URL passes the policy, the events are a list, what a
    /// hook is for is set once, and a hook is created active.
    package static func field(_ column: Column) -> RecordField<Webhook>? {
        switch column {
        case .id, .version, .createdAt, .updatedAt: nil
        case .url: .special(.url)
        case .events: .special(.events)
        case .description: .special(.description)
        case .municipality: .special(.municipality)
        case .active: .special(.active)
        }
    }

    package enum SpecialField: RecordSpecialField {
        /// http(s) and not a private address (`WebhookURLPolicy`).
        case url
        /// At least one of `WebhookInput.subscribable`, without repeats.
        case events
        /// Free text, set by POST only.
        case description
        /// Only this municipality's events; set by POST only.
        case municipality
        /// Created active; a change (or a 410 from the receiver) disables it.
        case active

        package var requiredOnCreate: Bool { self == .url || self == .events }
        package var fixedOnceCreated: Bool { self == .description || self == .municipality }
        package var changeOnly: Bool { self == .active }
    }

    package static func copy(_ special: SpecialField, from source: Webhook, to target: inout Webhook) {
        switch special {
        case .url: target.url = source.url
        case .events: target.events = source.events
        case .description: target.description = source.description
        case .municipality: target.municipality = source.municipality
        case .active: target.active = source.active
        }
    }

    /// A new hook before the body's fields are applied.
    package static func new(now: String) -> Webhook {
        Webhook(id: 0, url: "", events: [], description: nil, municipality: nil, active: true, version: 1, createdAt: now, updatedAt: now)
    }
}

extension Webhook: JSONRepresentable {
    package func write(to w: inout JSONWriter) { write(to: &w, secret: nil) }

    /// The shown columns, with the secret after `active` when given.
    package func write(to w: inout JSONWriter, secret: String?) {
        w.beginObject()
        for column in Column.allCases where column.shown {
            w.key(column.jsonKey)
            value(column, into: &w)
            if column == .active, let secret { w.key("secret"); w.string(secret) }
        }
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
