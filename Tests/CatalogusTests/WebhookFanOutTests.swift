@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import SQLite
import Testing

/// Issue 20, item 7: a change writes its events and nothing per hook; the worker fans
/// them out after the commit, in small writes of its own, in order, to the hooks that
/// listen; and rows older than 30 days are pruned.
@Suite struct WebhookFanOutTests {
    private func configure(_ configuration: inout AppConfiguration) {
        configuration.rateLimitPerSecond = 0
        configuration.webhooks.allowPrivate = true
        configuration.webhooks.schedule = WebhookRetrySchedule(delays: [0.05], jitterFraction: 0)
        configuration.webhooks.pollSeconds = 0.02
    }

    /// With 100 hooks, a 1,502-row import commits 3 event rows and no delivery (before:
    /// 148,699 delivery rows and 1,502 events in the import's own transaction). Then the
    /// worker fans them out: each unlimited hook gets the three in order, the hook limited
    /// to Assen only Assen's, and a hook made after the import none.
    @Test func aBulkImportWithAHundredHooksWritesOnlyItsEvents() throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        try withDemoApp(configure: configure) { app in
            let api = try CatalogueAPI(app)
            for n in 0..<98 { try api.createHook(url: receiver.url + "?n=\(n)", events: ["registration.created"]) }
            try api.createHook(url: receiver.url + "?n=assen", events: ["registration.created"], municipality: "assen")
            let rows = Array(repeating: registrationTestBody(), count: 1500)
                + Array(repeating: registrationTestBody(["municipality": "assen", "location": 18]), count: 2)
            let stored = try api.asAdmin("POST", "/api/v1/registrations/bulk", json: .array(rows))
            try #require(stored.status == 201, "\(stored)")
            #expect(try registrationTestCount(app, "SELECT count(*) FROM webhook_delivery") == 0)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM webhook_event WHERE fanned_out = 0") == 3)
            try api.createHook(url: receiver.url + "?n=late", events: ["registration.created"])

            let worker = WebhookWorker(services: app.services)
            worker.start()
            defer { worker.stop() }
            let got = receiver.wait(for: 98 * 3 + 1, timeout: 60)
            #expect(got.count == 98 * 3 + 1)
            func events(of hook: String) -> [JSONValue] {
                got.filter { $0.path == "/hook?n=\(hook)" }.compactMap { try? JSONParser.parse($0.body) }
            }
            let first = events(of: "0")
            #expect(first.map { $0["type"]?.stringValue } == Array(repeating: "registration.imported", count: 3))
            #expect(first.map { $0["data"]?["count"]?.int64Value } == [1000, 500, 2])
            #expect(first.map { $0["data"]?["municipality"]?.stringValue } == ["midden-drenthe", "midden-drenthe", "assen"])
            let ids = try stored.json()["ids"]?.arrayValue?.compactMap(\.int64Value) ?? []
            #expect(first.flatMap { $0["data"]?["ids"]?.arrayValue?.compactMap(\.int64Value) ?? [] } == ids)
            let assen = events(of: "assen")
            #expect(assen.map { $0["data"]?["municipality"]?.stringValue } == ["assen"])
            #expect(events(of: "late").isEmpty)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM webhook_event WHERE fanned_out = 0") == 0)
        }
    }

    /// Done deliveries of events older than 30 days go, in batches; pending ones within
    /// their window, recent ones and events not yet fanned out stay. Then the worker,
    /// whose clock is 60 days on, prunes by itself when it starts.
    @Test func pruningDeletesOldDoneRowsAndKeepsTheRest() throws {
        try withDemoApp(configure: configure) { app in
            let api = try CatalogueAPI(app)
            let hook = try #require(try api.createHook(url: "http://127.0.0.1:9/hook", events: ["order.created"])["id"]?.int64Value)
            let now = WebhookClock.system.now()
            let day: Int64 = 24 * 3600 * 1000
            let old = WebhookInstant(ms: now.ms - 40 * day), recent = WebhookInstant(ms: now.ms - 10 * day)
            let kept = try app.writer.write { db -> (pending: Int64, recent: Int64) in
                // Not sent by the worker of the second half: the hook is inactive.
                try db.run("UPDATE webhook SET active = 0 WHERE id = ?", hook)
                func event(at instant: WebhookInstant, fannedOut: Bool = true) throws -> Int64 {
                    try WebhookRepository.insertEvent(type: "order.created", municipality: nil, body: "{}", limitedOnly: false,
                                                      hooksUpto: 0, fannedOut: fannedOut, at: instant, in: db)
                }
                func delivery(_ event: Int64, _ status: String, at instant: WebhookInstant) throws -> Int64 {
                    try WebhookRepository.insertDelivery(hook: hook, event: event, at: instant, eventMs: instant.ms, in: db)
                    try db.run("UPDATE webhook_delivery SET status = ? WHERE id = ?", status, db.lastInsertRowID)
                    return db.lastInsertRowID
                }
                let done = try event(at: old)
                _ = try delivery(done, "succeeded", at: old)
                _ = try delivery(done, "failed", at: old)
                _ = try delivery(try event(at: old), "pending", at: old)  // past its window: an inactive hook's
                let retried = try delivery(try event(at: old), "pending", at: old)
                try db.run("UPDATE webhook_delivery SET give_up_ms = ? WHERE id = ?", now.ms + 100 * day, retried)
                let young = try delivery(try event(at: recent), "succeeded", at: recent)
                _ = try event(at: old, fannedOut: false)
                return (retried, young)
            }
            let pruned = try WebhookRetention(batch: 2).prune(writer: app.writer, now: now)
            #expect(pruned.deliveries == 3 && pruned.events == 2, "\(pruned)")
            #expect(try registrationTestColumn(app, "SELECT id FROM webhook_delivery ORDER BY id") == [String(kept.pending), String(kept.recent)])
            #expect(try registrationTestCount(app, "SELECT count(*) FROM webhook_event") == 3)

            let later = WebhookInstant(ms: now.ms + 60 * day)
            let worker = WebhookWorker(services: app.services, clock: WebhookClock(now: { later }, jitter: { 0 }))
            worker.start()
            defer { worker.stop() }
            let deadline = ContinuousClock.now + .seconds(10)
            while try registrationTestCount(app, "SELECT count(*) FROM webhook_event") > 1, ContinuousClock.now < deadline { usleep(10_000) }
            #expect(try registrationTestColumn(app, "SELECT id FROM webhook_delivery") == [String(kept.pending)])
            #expect(try registrationTestCount(app, "SELECT count(*) FROM webhook_event") == 1)
        }
    }
}
