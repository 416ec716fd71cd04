import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// The outbox commits and rolls back with the change, and one hanging receiver does not
/// hold up the others.
@Suite struct WebhookOutboxTests {
    /// A bulk import with a bad row stores nothing, so announces nothing; a good one
    /// announces its registrations in one `registration.imported` that names them.
    @Test func eventsRollBackWithTheirChange() throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        try withWebhookApp { app, api in
            let hook = try api.createHook(url: receiver.url, events: ["registration.created"])
            let hookID = try #require(hook["id"]?.int64Value)
            let refused = try api.asAdmin("POST", "/api/v1/registrations/bulk",
                                          json: [registrationTestBody(), registrationTestBody(["participants": "many"])])
            #expect(refused.status == 422, "\(refused)")
            #expect(try api.deliveries(of: hookID) { _ in true }.isEmpty)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM webhook_event") == 0)
            let stored = try api.asAdmin("POST", "/api/v1/registrations/bulk", json: [registrationTestBody(), registrationTestBody()])
            #expect(stored.status == 201, "\(stored)")
            let ids = try stored.json()["ids"]?.arrayValue?.compactMap(\.int64Value) ?? []
            let got = receiver.wait(for: 1).map { try? JSONParser.parse($0.body) }
            #expect(got.count == 1)
            #expect(got.first??["type"]?.stringValue == "registration.imported")
            #expect(got.first??["data"]?["ids"]?.arrayValue?.compactMap(\.int64Value) == ids)
            #expect(got.first??["data"]?["count"]?.int64Value == 2)
        }
    }

    /// A registration moved from Midden-Drenthe to Assen: a hook of each municipality
    /// hears of it, and a hook of all municipalities hears of it once.
    @Test func aMoveIsAnnouncedToBothMunicipalitiesAndOnceToEveryone() throws {
        let all = try WebhookReceiver()
        let from = try WebhookReceiver()
        let to = try WebhookReceiver()
        defer { all.stop(); from.stop(); to.stop() }
        try withWebhookApp { app, api in
            let created = try api.asAdmin("POST", "/api/v1/registrations", json: registrationTestBody())
            try #require(created.status == 201, "\(created)")
            let id = try #require(try created.json()["id"]?.int64Value)
            let etag = try #require(created.header("ETag"))
            let allHook = try api.createHook(url: all.url, events: ["registration.changed"])
            try api.createHook(url: from.url, events: ["registration.changed"], municipality: "midden-drenthe")
            try api.createHook(url: to.url, events: ["registration.changed"], municipality: "assen")
            let moved = try api.asAdmin("PATCH", "/api/v1/registrations/\(id)", json: ["municipality": "assen", "location": 18],
                                        headers: ["If-Match: \(etag)"])
            try #require(moved.status == 200, "\(moved)")
            #expect(from.wait(for: 1).count == 1)
            #expect(to.wait(for: 1).count == 1)
            let allID = try #require(allHook["id"]?.int64Value)
            let delivered = try api.deliveries(of: allID) { $0.first?["status"]?.stringValue == "succeeded" }
            #expect(delivered.count == 1, "\(delivered)")
        }
    }

    /// While one receiver hangs on its answer, another hook's event is delivered.
    @Test func aHangingReceiverDoesNotHoldUpOthers() throws {
        let release = DispatchSemaphore(value: 0)
        let hanging = try WebhookReceiver(hold: release)
        let healthy = try WebhookReceiver()
        defer {
            release.signal()
            hanging.stop()
            healthy.stop()
        }
        try withWebhookApp { app, api in
            try api.createHook(url: hanging.url, events: ["order.created"])
            try api.createHook(url: healthy.url, events: ["order.created"])
            try api.createOrder()
            #expect(hanging.wait(for: 1).count == 1)  // it has the request and does not answer
            #expect(healthy.wait(for: 1).count == 1)
            release.signal()
        }
    }
}
