import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Where the server may be made to send: the URL rules, the address ranges, the retry
/// schedule and the CRUD rules around them.
@Suite struct WebhookSafetyTests {
    /// Without --webhooks-allow-private, loopback, private, link-local, unspecified and
    /// v4-mapped addresses are refused, as are schemes other than http(s).
    @Test(arguments: [
        "http://127.0.0.1:9/x", "http://localhost/x", "http://10.1.2.3/", "http://192.168.0.1/", "http://172.16.5.5/",
        "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/", "http://[::1]/", "http://[::ffff:10.0.0.1]/",
        "http://[fe80::1]/", "http://[fd00::1]/", "http://[64:ff9b::7f00:1]/", "http://[2002:c0a8:101::1]/",
        "http://2130706433/", "http://0x7f.1/", "http://127.1/", "http://public.test%00.example.org/", "http://localhost./x", "http://api.LOCALHOST/x", "http://example.org:99999/", "http://example.org:0/", "ftp://example.org/", "file:///etc/passwd", "not a url",
    ])
    func privateAndNonHTTPURLsAreRefused(url: String) throws {
        try withWebhookApp(allowPrivate: false) { app, api in
            let response = try api.asAdmin("POST", "/api/v1/webhooks", json: ["url": .string(url), "events": ["order.created"]])
            #expect(response.status == 422, "\(url): \(response)")
            #expect(try response.json()["errors"]?.arrayValue?.first?["field"]?.stringValue == "url")
        }
    }

    /// The worker fans every event out to each listening hook: their number is bounded.
    @Test func theNumberOfHooksIsBounded() throws {
        try withWebhookApp { app, api in
            for n in 0..<100 { try api.createHook(url: "http://127.0.0.1:9/\(n)", events: ["order.created"]) }
            let refused = try api.asAdmin("POST", "/api/v1/webhooks", json: ["url": "http://127.0.0.1:9/x", "events": ["order.created"]])
            #expect(refused.status == 409, "\(refused)")
            let first = try #require(try api.asAdmin("GET", "/api/v1/webhooks?limit=1").json()["items"]?.arrayValue?.first)
            let id = try #require(first["id"]?.int64Value)
            let etag = try #require(try api.asAdmin("GET", "/api/v1/webhooks/\(id)").header("ETag"))
            #expect(try api.asAdmin("DELETE", "/api/v1/webhooks/\(id)", headers: ["If-Match: \(etag)"]).status == 204)
            try api.createHook(url: "http://127.0.0.1:9/y", events: ["order.created"])
        }
    }

    @Test func publicAddressesPass() {
        let policy = WebhookURLPolicy(allowPrivate: false)
        #expect(policy.check("https://93.184.216.34/hook") == nil)
        #expect(policy.check("http://[2606:2800:220:1:248:1893:25c8:1946]/") == nil)
        #expect(policy.check("http://[64:ff9b::5db8:d822]/") == nil)  // NAT64 of 93.184.216.34
        #expect(WebhookURLPolicy(allowPrivate: true).check("http://127.0.0.1/") == nil)
        #expect(WebhookURLPolicy(allowPrivate: true).check("gopher://127.0.0.1/") == .notHTTP)
    }

    @Test func onlyAdminsManageWebhooks() throws {
        try withWebhookApp { app, api in
            let staff = try api.token(.staff, name: "staff")
            #expect(try api.call("GET", "/api/v1/webhooks", token: staff).status == 403)
            #expect(try api.call("POST", "/api/v1/webhooks", token: staff, json: ["url": "http://127.0.0.1/", "events": ["order.created"]]).status == 403)
            #expect(try api.call("GET", "/api/v1/webhooks").status == 401)
        }
    }

    /// PATCH and DELETE need If-Match, like every other resource; unknown events are 422.
    @Test func patchAndDeleteUseIfMatch() throws {
        try withWebhookApp { app, api in
            let hook = try api.createHook(url: "http://127.0.0.1:9/a", events: ["order.created"])
            let id = try #require(hook["id"]?.int64Value)
            #expect(try api.asAdmin("PATCH", "/api/v1/webhooks/\(id)", json: ["active": false]).status == 428)
            #expect(try api.asAdmin("PATCH", "/api/v1/webhooks/\(id)", json: ["active": false], headers: ["If-Match: \"99\""]).status == 412)
            #expect(try api.asAdmin("PATCH", "/api/v1/webhooks/\(id)", json: ["events": ["order.exploded"]], headers: ["If-Match: \"1\""]).status == 422)
            let changed = try api.asAdmin("PATCH", "/api/v1/webhooks/\(id)", json: ["active": false, "events": ["prices.published"]],
                                          headers: ["If-Match: \"1\""])
            #expect(changed.status == 200)
            #expect(try changed.json()["active"] == false)
            #expect(try changed.json()["events"] == ["prices.published"])
            #expect(try api.asAdmin("DELETE", "/api/v1/webhooks/\(id)", headers: ["If-Match: \"2\""]).status == 204)
            #expect(try api.asAdmin("GET", "/api/v1/webhooks/\(id)").status == 404)
        }
    }

    /// ≈ 5 s, 30 s, 2 min, 10 min, 1 h, then every 6 h until three days after the event.
    @Test func retryScheduleBacksOffThenGivesUp() {
        let schedule = WebhookRetrySchedule.standard
        let start: Int64 = 1_000_000
        let window: Int64 = 3 * 24 * 3600 * 1000
        var now = start
        var delays: [Int64] = []
        var attempts: Int64 = 1
        while let next = schedule.nextAttempt(after: attempts, now: .init(ms: now), jitter: 0, giveUpMs: start + window) {
            delays.append((next.ms - now) / 1000)
            now = next.ms
            attempts += 1
        }
        #expect(Array(delays.prefix(6)) == [5, 30, 120, 600, 3600, 21600])
        #expect(delays.dropFirst(5).allSatisfy { $0 == 21600 })
        #expect(now <= start + window && now + 21600 * 1000 > start + window)
        // Jitter stretches a delay by up to a fifth.
        let jittered = schedule.nextAttempt(after: 1, now: .init(ms: 0), jitter: 0.5, giveUpMs: window)
        #expect(jittered?.ms == 5500)
    }
}
