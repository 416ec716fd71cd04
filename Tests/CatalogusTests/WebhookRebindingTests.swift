@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Issue 20, item 2: a receiver's name is resolved once per attempt, every address is
/// vetted, and libcurl connects to exactly the vetted address; the delivery log says
/// whether the receiver was reached, never where or how.
@Suite struct WebhookRebindingTests {
    /// The attempt's one lookup answers 127.0.0.1, every later one 127.0.0.2, where
    /// another receiver listens on the same port. The POST reaches the first: libcurl did
    /// not look the name up again (nor could it: `.test` names resolve nowhere else).
    @Test func theConnectionGoesToTheAddressTheAttemptVetted() throws {
        let vetted = try WebhookReceiver()
        let rebound = try WebhookReceiver(address: "127.0.0.2", port: vetted.port)
        defer { vetted.stop(); rebound.stop() }
        let resolver = ScriptedResolver(["rebind.test": [["127.0.0.1"], ["127.0.0.1"], ["127.0.0.2"]]])
        try withWebhookApp(resolver: resolver) { app, api in
            let hook = try api.createHook(url: "http://rebind.test:\(vetted.port)/hook", events: ["order.created"])
            #expect(resolver.lookups(of: "rebind.test") == 1)  // the check when it was saved
            let hookID = try #require(hook["id"]?.int64Value)
            try api.createOrder()
            let items = try api.deliveries(of: hookID) { $0.first?["status"]?.stringValue == "succeeded" }
            #expect(items.first?["status"]?.stringValue == "succeeded", "\(items)")
            let got = try #require(vetted.requests.first)
            #expect(got.headers["host"] == "rebind.test:\(vetted.port)")  // the name, not the address
            #expect(rebound.requests.isEmpty)
            #expect(resolver.lookups(of: "rebind.test") == 2)  // and one for the attempt
        }
    }

    /// Public when the hook was saved, loopback at the attempt: refused, nothing is sent,
    /// and the delivery log does not say what the name resolved to.
    @Test func aNameReboundToLoopbackIsRefusedAtTheAttempt() throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let resolver = ScriptedResolver(["rebind.test": [["203.0.113.9"], ["127.0.0.1"]]])
        try withWebhookApp(allowPrivate: false, resolver: resolver) { app, api in
            let hook = try api.createHook(url: "http://rebind.test:\(receiver.port)/hook", events: ["order.created"])
            let hookID = try #require(hook["id"]?.int64Value)
            try api.createOrder()
            let items = try api.deliveries(of: hookID) { $0.first?["attempts"]?.int64Value ?? 0 >= 1 }
            let error = items.first?["last_error"]?.stringValue ?? ""
            #expect(error.hasPrefix("refused: the URL resolves to a loopback"), "\(items)")
            #expect(!error.contains("127.0.0.1"))
            #expect(receiver.requests.isEmpty)
        }
    }

    /// A name that does not resolve may be saved, but each attempt with it fails.
    @Test func aNameThatDoesNotResolveIsAFailedAttempt() throws {
        let resolver = ScriptedResolver(["nowhere.test": [[]]])
        try withWebhookApp(allowPrivate: false, resolver: resolver) { app, api in
            let hook = try api.createHook(url: "http://nowhere.test/hook", events: ["order.created"])
            let hookID = try #require(hook["id"]?.int64Value)
            try api.createOrder()
            let items = try api.deliveries(of: hookID) { $0.first?["attempts"]?.int64Value ?? 0 >= 1 }
            #expect(items.first?["status"]?.stringValue == "pending", "\(items)")
            #expect(items.first?["last_error"]?.stringValue == "could not resolve the host", "\(items)")
        }
    }

    /// Nothing listens: "could not connect", without libcurl's "Failed to connect to
    /// 127.0.0.1 port N", which would make the delivery log a port scanner.
    @Test func aConnectionFailureDoesNotSayWhere() throws {
        let placeholder = try WebhookReceiver()
        let port = placeholder.port
        placeholder.stop()
        try withWebhookApp { app, api in
            let hook = try api.createHook(url: "http://127.0.0.1:\(port)/hook", events: ["order.created"])
            let hookID = try #require(hook["id"]?.int64Value)
            try api.createOrder()
            let items = try api.deliveries(of: hookID) { $0.first?["attempts"]?.int64Value ?? 0 >= 1 }
            #expect(items.first?["last_error"]?.stringValue == "could not connect", "\(items)")
        }
    }

    /// libcurl's socket callback opens sockets only to vetted addresses, whatever libcurl
    /// resolved or the URL names: here the URL says 127.0.0.1 and only 127.0.0.2 was vetted.
    @Test func theSenderOpensSocketsOnlyToVettedAddresses() throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let url = "http://127.0.0.1:\(receiver.port)/hook"
        let unvetted = WebhookTarget(url: url, host: "127.0.0.1", port: Int(receiver.port), literal: nil, addresses: [.v4([127, 0, 0, 2])])
        let refused = WebhookSender().send(to: unvetted, headers: [], body: Array("{}".utf8))
        guard case .failure(let message, let detail) = refused else {
            Issue.record("sent: \(refused)")
            return
        }
        #expect(message == "could not connect")
        #expect(detail?.contains("127.0.0.1") == true)  // the server log says where
        #expect(receiver.requests.isEmpty)
        let allowed = WebhookTarget(url: url, host: "127.0.0.1", port: Int(receiver.port), literal: nil, addresses: [.v4([127, 0, 0, 1])])
        #expect(WebhookSender().send(to: allowed, headers: [], body: Array("{}".utf8)) == .status(200))
        #expect(receiver.requests.count == 1)
    }

    /// libcurl looks names up without their final dot: the pinned entry is there under both.
    @Test func pinnedEntriesNameTheHostAsLibcurlLooksItUp() {
        let target = WebhookTarget(url: "https://hooks.example.org./x", host: "hooks.example.org.", port: 443, literal: nil,
                                   addresses: [.v4([93, 184, 216, 34]), WebhookAddress(literal: "2606:2800:220:1::1")!])
        #expect(target.resolveEntries == ["hooks.example.org.:443:93.184.216.34,[2606:2800:220:1:0:0:0:1]",
                                          "hooks.example.org:443:93.184.216.34,[2606:2800:220:1:0:0:0:1]"])
        let literal = WebhookURLPolicy(allowPrivate: true).vet("http://127.0.0.1:9/")
        #expect((try? literal.get())?.resolveEntries == [])
        #expect((try? literal.get())?.addresses == [.v4([127, 0, 0, 1])])
    }
}
