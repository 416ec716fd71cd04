import CatalogusDomain
import CatalogusStorage
import JSON
import SQLite

/// The transactional outbox: called inside the `DatabaseWriter.write` body of the change
/// itself, so the event commits or rolls back with it. A change writes its event row and
/// nothing more (issue 20): the delivery worker fans it out to the listening hooks after
/// the commit, in small writes of its own (`WebhookFanOut`), so the number of hooks adds
/// nothing to the change's transaction. When no hook listens nothing is written, so
/// writes without hooks cost one indexed read.
package enum Outbox {
    /// Registrations one import event names at most: 1,000 ids stay far below the 64 KB
    /// bound of an event's body, and a 10,000-row import is 10 events per municipality.
    package static let maxIDsPerImport = 1000

    /// A thin payload: receivers fetch the resource itself over the authenticated API.
    /// `id` has the API's type (an order's or registration's id is an integer; figures are
    /// named by "year/area").
    package static func record(_ type: WebhookEventType, id: JSONValue, url: String, municipality: String?, extra: [(String, JSONValue)] = [],
                       limitedOnly: Bool = false, in db: Connection, now: WebhookInstant = WebhookClock.system.now()) throws {
        guard let newest = try WebhookRepository.newestListener(of: type.subscription, municipality: municipality,
                                                                limitedOnly: limitedOnly, in: db) else { return }
        var data: [(String, JSONValue)] = [("id", id), ("url", .string(url))]
        if let municipality { data.append(("municipality", .string(municipality))) }
        try WebhookRepository.insertEvent(type: type.rawValue, municipality: municipality, body: body(type, data + extra, at: now),
                                          limitedOnly: limitedOnly, hooksUpto: newest, fannedOut: false, at: now, in: db)
    }

    /// The test event, to this hook alone: its one delivery is written at once, so that the
    /// answer can show it.
    package static func test(hook: Webhook, in db: Connection, now: WebhookInstant) throws {
        var data: [(String, JSONValue)] = [("id", .integer(hook.id)), ("url", .string("/api/v1/webhooks/\(hook.id)"))]
        if let municipality = hook.municipality { data.append(("municipality", .string(municipality))) }
        let event = try WebhookRepository.insertEvent(type: WebhookEventType.test.rawValue, municipality: hook.municipality,
                                                      body: body(.test, data, at: now), limitedOnly: false, hooksUpto: hook.id,
                                                      fannedOut: true, at: now, in: db)
        try WebhookRepository.insertDelivery(hook: hook.id, event: event, at: now, eventMs: now.ms, in: db)
    }

    package static func order(_ type: WebhookEventType, id: Int64, municipality: String, in db: Connection) throws {
        try record(type, id: .integer(id), url: "/api/v1/orders/\(id)", municipality: municipality, in: db)
    }

    package static func registration(_ type: WebhookEventType, id: Int64, municipality: String?, in db: Connection) throws {
        try record(type, id: .integer(id), url: registrationURL(id), municipality: municipality, in: db)
    }

    /// A registration moved to another municipality: the hooks limited to the one it left
    /// hear of it too (the unlimited ones had the change once already).
    package static func registrationMoved(id: Int64, from municipality: String, in db: Connection) throws {
        try record(.registrationChanged, id: .integer(id), url: registrationURL(id), municipality: municipality,
                   limitedOnly: true, in: db)
    }

    /// A bulk import: one `registration.imported` per municipality and `maxIDsPerImport`
    /// rows, naming its registrations, so that a hook limited to a municipality hears of
    /// its own rows only. The listeners are looked up once per municipality.
    package static func registrationsImported(_ rows: [(id: Int64, municipality: String)], in db: Connection,
                                      now: WebhookInstant = WebhookClock.system.now()) throws {
        var order: [String] = []
        var ids: [String: [Int64]] = [:]
        for row in rows {
            if ids[row.municipality] == nil { order.append(row.municipality) }
            ids[row.municipality, default: []].append(row.id)
        }
        for municipality in order {
            guard let newest = try WebhookRepository.newestListener(of: .registrationCreated, municipality: municipality, in: db),
                  let all = ids[municipality] else { continue }
            for start in stride(from: 0, to: all.count, by: maxIDsPerImport) {
                let chunk = all[start..<min(start + maxIDsPerImport, all.count)]
                let data: [(String, JSONValue)] = [
                    ("municipality", .string(municipality)), ("count", .integer(Int64(chunk.count))),
                    ("ids", .array(chunk.map { .integer($0) })), ("url", .string("/api/v1/registrations/{id}")),
                ]
                try WebhookRepository.insertEvent(type: WebhookEventType.registrationImported.rawValue, municipality: municipality,
                                                  body: body(.registrationImported, data, at: now), limitedOnly: false,
                                                  hooksUpto: newest, fannedOut: false, at: now, in: db)
            }
        }
    }

    /// The exact bytes that are signed and sent: `{"type", "timestamp", "data"}`.
    private static func body(_ type: WebhookEventType, _ data: [(String, JSONValue)], at now: WebhookInstant) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("type"); w.string(type.rawValue)
        w.key("timestamp"); w.string(now.timestamp)
        w.key("data"); w.beginObject()
        for (key, value) in data { w.key(key); w.value(value) }
        w.endObject()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    private static func registrationURL(_ id: Int64) -> String { "/api/v1/registrations/\(id)" }
}
