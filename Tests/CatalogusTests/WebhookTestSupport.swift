import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Crypto
import Foundation
import JSON
import Testing

/// The demo app with a delivery worker that may send to loopback and retries after
/// 50 ms instead of 5 s (no real backoff waits in tests).
func withWebhookApp<T>(allowPrivate: Bool = true, resolver: (any WebhookResolver)? = nil, publicURL: String? = nil,
                       _ body: (RunningApp, CatalogueAPI) throws -> T) throws -> T {
    try withDemoApp(configure: { configuration in
        configuration.publicURL = publicURL
        configuration.rateLimitPerSecond = 0
        configuration.webhooks.allowPrivate = allowPrivate
        if let resolver { configuration.webhooks.resolver = resolver }
        configuration.webhooks.schedule = WebhookRetrySchedule(delays: [0.05], jitterFraction: 0)
        configuration.webhooks.pollSeconds = 0.02
    }) { app in
        let worker = WebhookWorker(services: app.services)
        worker.start()
        defer { worker.stop() }
        return try body(app, try CatalogueAPI(app))
    }
}

extension CatalogueAPI {
    /// `POST /api/v1/webhooks` that must succeed; returns the answer (with the secret).
    @discardableResult
    func createHook(url: String, events: [String], municipality: String? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("url", .string(url)), ("events", .array(events.map { .string($0) }))]
        if let municipality { members.append(("municipality", .string(municipality))) }
        let response = try asAdmin("POST", "/api/v1/webhooks", json: .object(JSONObject(members)))
        try #require(response.status == 201, "\(response)", sourceLocation: sourceLocation)
        return try response.json()
    }

    /// An order of the demo data's first activity, created through the API.
    @discardableResult
    func createOrder(municipality: String = "midden-drenthe", sourceLocation: SourceLocation = #_sourceLocation) throws -> Int64 {
        let body: JSONValue = ["municipality": .string(municipality), "year": 2026, "lines": orderTestLines([(.integer(1), 1)])]
        let response = try asAdmin("POST", "/api/v1/orders", json: body)
        try #require(response.status == 201, "\(response)", sourceLocation: sourceLocation)
        return try #require(try response.json()["id"]?.int64Value, sourceLocation: sourceLocation)
    }

    /// The hook's deliveries once `done` holds for them (the worker records an attempt
    /// just after the receiver answered it); at most 10 s.
    func deliveries(of hook: Int64, until done: ([JSONValue]) -> Bool) throws -> [JSONValue] {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            let response = try asAdmin("GET", "/api/v1/webhooks/\(hook)/deliveries")
            let items = try response.json()["items"]?.arrayValue ?? []
            if done(items) || ContinuousClock.now > deadline { return items }
            usleep(10_000)
        }
    }
}

/// What a receiver does with the Standard Webhooks headers: recompute the signature.
func webhookSignature(id: String, timestamp: String, body: [UInt8], secret: String) -> String {
    let key = Data(base64Encoded: String(secret.dropFirst("whsec_".count))) ?? Data()
    let mac = HMAC<SHA256>.authenticationCode(for: Array("\(id).\(timestamp).".utf8) + body, using: SymmetricKey(data: key))
    return "v1," + Data(mac).base64EncodedString()
}
