import JSON
import SQLite

/// The events a hook can listen to (issue 14). `webhook.test` is only sent by
/// `POST /api/v1/webhooks/{id}/test`, to that hook alone.
enum WebhookEventType: String, CaseIterable, Sendable {
    case orderCreated = "order.created", orderSubmitted = "order.submitted", orderConfirmed = "order.confirmed"
    case orderReopened = "order.reopened", orderCancelled = "order.cancelled"
    case pricesPublished = "prices.published"
    case registrationCreated = "registration.created", registrationChanged = "registration.changed"
    case registrationDeleted = "registration.deleted"
    case figuresChanged = "figures.changed"
    case test = "webhook.test"
}

/// The transactional outbox: called inside the `DatabaseWriter.write` body of the change
/// itself, so the event commits or rolls back with it. Fans out at once to one delivery
/// per active hook that listens (and, if limited, to that municipality): the hooks that
/// get an event are those that existed when it happened, and the worker only ever reads
/// deliveries. When no hook listens nothing is written, so writes without hooks cost one
/// indexed read.
enum Outbox {
    /// A thin payload: receivers fetch the resource itself over the authenticated API.
    static func record(_ type: WebhookEventType, id: String, url: String, municipality: String?, extra: [(String, JSONValue)] = [],
                       limitedOnly: Bool = false, in db: Connection, now: WebhookInstant = WebhookClock.system.now()) throws {
        let hooks = try WebhookRepository.listeners(of: type, municipality: municipality, limitedOnly: limitedOnly, in: db)
        guard !hooks.isEmpty else { return }
        try insert(type, id: id, url: url, municipality: municipality, extra: extra, hooks: hooks, in: db, now: now)
    }

    /// An event for exactly these hooks (the test event).
    static func insert(_ type: WebhookEventType, id: String, url: String, municipality: String?, extra: [(String, JSONValue)] = [],
                       hooks: [Int64], in db: Connection, now: WebhookInstant) throws {
        var data: [(String, JSONValue)] = [("id", JSONValue.string(id)), ("url", .string(url))]
        if let municipality { data.append(("municipality", .string(municipality))) }
        data += extra
        var w = JSONWriter()
        w.beginObject()
        w.key("type"); w.string(type.rawValue)
        w.key("timestamp"); w.string(now.timestamp)
        w.key("data"); w.beginObject()
        for (key, value) in data { w.key(key); w.value(value) }
        w.endObject()
        w.endObject()
        let eventID = try WebhookRepository.insertEvent(type: type.rawValue, municipality: municipality,
                                                        body: String(decoding: w.bytes, as: UTF8.self), at: now, in: db)
        for hook in hooks {
            try WebhookRepository.insertDelivery(hook: hook, event: eventID, at: now, in: db)
        }
    }

    static func order(_ type: WebhookEventType, id: Int64, municipality: String, in db: Connection) throws {
        try record(type, id: String(id), url: "/api/v1/orders/\(id)", municipality: municipality, in: db)
    }

    static func registration(_ type: WebhookEventType, id: Int64, municipality: String?, in db: Connection) throws {
        try record(type, id: String(id), url: registrationURL(id), municipality: municipality, in: db)
    }

    /// A registration moved to another municipality: the hooks limited to the one it left
    /// hear of it too (the unlimited ones had the change once already).
    static func registrationMoved(id: Int64, from municipality: String, in db: Connection) throws {
        try record(.registrationChanged, id: String(id), url: registrationURL(id), municipality: municipality,
                   limitedOnly: true, in: db)
    }

    /// The rows of one bulk import, one event each as single creates would give (receivers
    /// need not know bulk exists); the listeners are looked up once per municipality, not per row.
    static func registrationsCreated(_ rows: [(id: Int64, municipality: String)], in db: Connection) throws {
        let now = WebhookClock.system.now()
        var listeners: [String: [Int64]] = [:]
        for row in rows {
            let hooks = try listeners[row.municipality]
                ?? WebhookRepository.listeners(of: .registrationCreated, municipality: row.municipality, in: db)
            listeners[row.municipality] = hooks
            guard !hooks.isEmpty else { continue }
            try insert(.registrationCreated, id: String(row.id), url: registrationURL(row.id), municipality: row.municipality,
                       hooks: hooks, in: db, now: now)
        }
    }

    private static func registrationURL(_ id: Int64) -> String { "/api/v1/registrations/\(id)" }
}

extension OrderAction {
    /// The event an order's transition announces.
    var event: WebhookEventType {
        switch self {
        case .submit: .orderSubmitted
        case .confirm: .orderConfirmed
        case .reopen: .orderReopened
        case .cancel: .orderCancelled
        }
    }
}
