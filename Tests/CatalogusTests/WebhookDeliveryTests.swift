import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Deliveries to a receiver in this process, on loopback: what it is sent, how failures
/// are retried, and who gets which event.
@Suite struct WebhookDeliveryTests {
    /// The receiver checks what a Standard Webhooks library would: the three headers, the
    /// signature over `id.timestamp.body` with the secret's bytes, and the thin body.
    @Test func receiverVerifiesSignatureAndHeaders() throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        try withWebhookApp { app, api in
            let hook = try api.createHook(url: receiver.url, events: ["order.created"])
            let secret = try #require(hook["secret"]?.stringValue)
            let order = try api.createOrder()
            let got = try #require(receiver.wait(for: 1).first)
            #expect(got.path == "/hook")
            #expect(got.headers["content-type"] == "application/json")
            let id = try #require(got.headers["webhook-id"])
            let timestamp = try #require(got.headers["webhook-timestamp"])
            let seconds = try #require(Int64(timestamp))
            #expect(abs(seconds - Int64(Date().timeIntervalSince1970)) < 60)
            #expect(got.headers["webhook-signature"] == webhookSignature(id: id, timestamp: timestamp, body: got.body, secret: secret))
            #expect(got.headers["webhook-signature"] != webhookSignature(id: id, timestamp: timestamp, body: got.body + [32], secret: secret))
            let body = try JSONParser.parse(got.body)
            #expect(body["type"]?.stringValue == "order.created")
            #expect(body["timestamp"]?.stringValue?.hasSuffix("Z") == true)
            #expect(body["data"]?["id"]?.int64Value == order, "the API's type: an integer")
            #expect(body["data"]?["url"]?.stringValue == "/api/v1/orders/\(order)")
            #expect(body["data"]?["municipality"]?.stringValue == "midden-drenthe")
            let hookID = try #require(hook["id"]?.int64Value)
            let items = try api.deliveries(of: hookID) { $0.first?["status"]?.stringValue == "succeeded" }
            #expect(items.first?["event_id"]?.stringValue == id)
            #expect(items.first?["attempts"]?.int64Value == 1)
        }
    }

    /// 500, 503, then 200: the same event three times under one `webhook-id`, then succeeded.
    @Test func failingTwiceThenSucceedingKeepsTheWebhookID() throws {
        let receiver = try WebhookReceiver(statuses: [500, 503, 200])
        defer { receiver.stop() }
        try withWebhookApp { app, api in
            let hook = try api.createHook(url: receiver.url, events: ["order.created"])
            let hookID = try #require(hook["id"]?.int64Value)
            try api.createOrder()
            let got = receiver.wait(for: 3)
            try #require(got.count == 3)
            #expect(Set(got.compactMap { $0.headers["webhook-id"] }).count == 1)
            #expect(got[0].body == got[2].body)
            let items = try api.deliveries(of: hookID) { $0.first?["status"]?.stringValue == "succeeded" }
            try #require(items.count == 1, "\(items)")
            #expect(items[0]["status"]?.stringValue == "succeeded")
            #expect(items[0]["attempts"]?.int64Value == 3)
            #expect(items[0]["last_status_code"]?.int64Value == 200)
            #expect(items[0]["next_attempt_at"]?.isNull == true)
        }
    }

    /// 410 Gone disables the hook at once: its later events are not sent.
    /// A 3xx is the answer itself, never followed: the receiver it points to hears nothing.
    @Test func redirectsAreNotFollowed() throws {
        let elsewhere = try WebhookReceiver()
        let redirecting = try WebhookReceiver(statuses: [302], extraHeaders: ["Location: \(elsewhere.url)"])
        defer { redirecting.stop(); elsewhere.stop() }
        try withWebhookApp { app, api in
            let hook = try api.createHook(url: redirecting.url, events: ["order.created"])
            let hookID = try #require(hook["id"]?.int64Value)
            try api.createOrder()
            _ = redirecting.wait(for: 1)
            let items = try api.deliveries(of: hookID) { $0.first?["last_status_code"]?.int64Value == 302 }
            #expect(items.first?["status"]?.stringValue == "pending")
            #expect(items.first?["last_status_code"]?.int64Value == 302)
            #expect(elsewhere.requests.isEmpty)
        }
    }

    /// Only the status matters: a 200 with a 32 MB body is a success, the sender stops
    /// reading past 64 KB (the receiver's writes fail once the kernel's buffers are full),
    /// and the server goes on answering.
    @Test func aHugeAnswerIsSuccessAndNotKept() throws {
        let receiver = try WebhookReceiver(bodyBytes: 32 << 20)
        defer { receiver.stop() }
        try withWebhookApp { app, api in
            let hook = try api.createHook(url: receiver.url, events: ["order.created"])
            let hookID = try #require(hook["id"]?.int64Value)
            try api.createOrder()
            let items = try api.deliveries(of: hookID) { $0.first?["status"]?.stringValue == "succeeded" }
            #expect(items.first?["status"]?.stringValue == "succeeded")
            #expect(items.first?["last_status_code"]?.int64Value == 200)
            #expect(try api.asAdmin("GET", "/api/v1/webhooks/\(hookID)").status == 200)
        }
        receiver.stop()  // waits for the answer being written to end
        #expect(receiver.sentBytes < 16 << 20, "\(receiver.sentBytes) bytes taken")
    }

    @Test func goneDisablesTheHook() throws {
        let receiver = try WebhookReceiver(statuses: [410])
        defer { receiver.stop() }
        try withWebhookApp { app, api in
            let hook = try api.createHook(url: receiver.url, events: ["order.created"])
            let hookID = try #require(hook["id"]?.int64Value)
            try api.createOrder()
            _ = receiver.wait(for: 1)
            let items = try api.deliveries(of: hookID) { $0.first?["status"]?.stringValue == "failed" }
            #expect(items.first?["status"]?.stringValue == "failed")
            #expect(items.first?["last_status_code"]?.int64Value == 410)
            let read = try api.asAdmin("GET", "/api/v1/webhooks/\(hookID)")
            #expect(try read.json()["active"] == false)
            // A disabled hook is no listener: the next order makes no delivery at all.
            try api.createOrder()
            #expect(try api.deliveries(of: hookID) { _ in true }.count == 1)
            #expect(receiver.requests.count == 1)
        }
    }

    /// A hook limited to Assen hears only Assen's orders; one of Midden-Drenthe only its own.
    @Test func municipalityLimitedHookSeesOnlyItsMunicipality() throws {
        let assen = try WebhookReceiver()
        let middenDrenthe = try WebhookReceiver()
        defer { assen.stop(); middenDrenthe.stop() }
        try withWebhookApp { app, api in
            try api.createHook(url: assen.url, events: ["order.created"], municipality: "assen")
            try api.createHook(url: middenDrenthe.url, events: ["order.created"], municipality: "midden-drenthe")
            let first = try api.createOrder(municipality: "midden-drenthe")
            let second = try api.createOrder(municipality: "assen")
            let third = try api.createOrder(municipality: "midden-drenthe")
            let mine = middenDrenthe.wait(for: 2).map { try? JSONParser.parse($0.body) }
            // In event order, and nothing of Assen's.
            #expect(mine.map { $0?["data"]?["id"]?.int64Value } == [first, third])
            let theirs = assen.wait(for: 1).map { try? JSONParser.parse($0.body) }
            #expect(theirs.map { $0?["data"]?["id"]?.int64Value } == [second])
            #expect(theirs.allSatisfy { $0?["data"]?["municipality"]?.stringValue == "assen" })
        }
    }

    /// The secret is shown by create and rotate only; after a rotation deliveries are
    /// signed with the new one, not the old.
    @Test func secretIsShownOnceAndRotationChangesTheSignature() throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        try withWebhookApp { app, api in
            let hook = try api.createHook(url: receiver.url, events: ["order.created"])
            let hookID = try #require(hook["id"]?.int64Value)
            let old = try #require(hook["secret"]?.stringValue)
            #expect(old.hasPrefix("whsec_"))
            #expect(Data(base64Encoded: String(old.dropFirst(6)))?.count == 32)
            let read = try api.asAdmin("GET", "/api/v1/webhooks/\(hookID)")
            #expect(read.status == 200)
            #expect(try read.json()["secret"] == nil)
            #expect(!read.description.contains(old))
            let list = try api.asAdmin("GET", "/api/v1/webhooks")
            #expect(!list.description.contains(old))
            let rotated = try api.asAdmin("POST", "/api/v1/webhooks/\(hookID)/rotate-secret")
            #expect(rotated.status == 200)
            let new = try #require(try rotated.json()["secret"]?.stringValue)
            #expect(new != old && new.hasPrefix("whsec_"))
            let test = try api.asAdmin("POST", "/api/v1/webhooks/\(hookID)/test")
            #expect(test.status == 202)
            let got = try #require(receiver.wait(for: 1).first)
            #expect(try JSONParser.parse(got.body)["type"]?.stringValue == "webhook.test")
            let id = got.headers["webhook-id"] ?? "", timestamp = got.headers["webhook-timestamp"] ?? ""
            #expect(got.headers["webhook-signature"] == webhookSignature(id: id, timestamp: timestamp, body: got.body, secret: new))
            #expect(got.headers["webhook-signature"] != webhookSignature(id: id, timestamp: timestamp, body: got.body, secret: old))
        }
    }
}
