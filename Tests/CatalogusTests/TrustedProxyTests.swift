import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import HTTPServer
import JSON
import Testing

/// Issue 20, item 5: behind a reverse proxy every request came from the proxy's address,
/// so every person shared one sign-in bucket; with `--trusted-proxy` each has their own.
/// A failed sign-in's status, as if from `client` (the proxy's X-Forwarded-For).
private func status(_ app: RunningApp, _ client: String) throws -> Int {
    try app.signIn("iemand@x.nl", "een fout wachtwoord", headers: ["X-Forwarded-For: \(client)"]).status
}

@Suite struct TrustedProxyTests {

    @Test func peopleBehindATrustedProxyHaveASignInBucketEach() throws {
        try withDemoApp(configure: { $0.signInAttemptsPerMinute = 0.0001; $0.signInAttemptBurst = 3 },
                        server: { $0.trustedProxies = [try! IPNetwork(parsing: "127.0.0.1/32")] }) { app in
            let first = try (1...4).map { _ in try status(app, "203.0.113.1") }
            #expect(first == [401, 401, 401, 429])
            // The next person behind the same proxy is not the first one's neighbour.
            let second = try status(app, "203.0.113.2")
            #expect(second == 401)
            // Nor can the first one become someone else by writing the header itself:
            // the proxy appends what it saw, and that right-most address counts.
            let disguised = try status(app, "203.0.113.2, 203.0.113.1")
            #expect(disguised == 429)
        }
    }

    /// Behind a TLS proxy the cookies are `Secure` without `--cookie-secure`, but only when
    /// the proxy is trusted: anyone can send `X-Forwarded-Proto`.
    @Test(arguments: [true, false])
    func cookiesAreSecureWhenATrustedProxySaysHttps(trusted: Bool) throws {
        try withDemoApp(server: { $0.trustedProxies = trusted ? [try! IPNetwork(parsing: "127.0.0.1/32")] : [] }) { app in
            _ = try app.signedInPerson(email: "proxy@x.nl", role: "viewer")
            let response = try app.signIn("proxy@x.nl", PeopleTest.password, headers: ["X-Forwarded-Proto: https"])
            #expect(response.status == 201, "\(response)")
            let cookies = response.headers.filter { $0.name.lowercased() == "set-cookie" }.map(\.value)
            #expect(cookies.count == 2, "the session and the device cookie: \(cookies)")
            #expect(cookies.allSatisfy { $0.hasSuffix("; Secure") } == trusted, "\(cookies)")
        }
    }

    @Test func forwardedAddressesFromAnUntrustedPeerAreIgnored() throws {
        try withDemoApp(configure: { $0.signInAttemptsPerMinute = 0.0001; $0.signInAttemptBurst = 3 }) { app in
            let statuses = try (1...4).map { attempt in try status(app, "203.0.113.\(attempt)") }
            #expect(statuses == [401, 401, 401, 429])
        }
    }

    /// `--public-url`: receivers get a link they can follow, not a path on an unknown host.
    @Test func webhookPayloadsCarryAbsoluteLinksWithThePublicURL() throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        try withWebhookApp(publicURL: "https://catalogus.example.nl") { _, api in
            try api.createHook(url: receiver.url, events: ["order.created"])
            let order = try api.createOrder()
            let got = try #require(receiver.wait(for: 1).first)
            let body = try JSONParser.parse(got.body)
            #expect(body["data"]?["url"]?.stringValue == "https://catalogus.example.nl/api/v1/orders/\(order)")
            #expect(body["type"]?.stringValue == "order.created")
        }
    }

    /// The command line prints the one-time link whole with `--public-url` (and refuses a
    /// bad one before it makes the account).
    @Test func userCreatePrintsTheLinkWithThePublicURL() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/people.sqlite"
            let created = try ChildProcess.catalogus(["user", "create", "--email", "anne@x.nl", "--name", "Anne", "--role", "admin",
                                                      "--public-url", "https://catalogus.example.nl/"], database: database)
            #expect(created.exitCode == 0, "\(created)")
            #expect(created.outputLines.first?.hasPrefix("https://catalogus.example.nl/welcome#code=") == true, "\(created)")
            let refused = try ChildProcess.catalogus(["user", "create", "--email", "bert@x.nl", "--name", "Bert", "--role", "admin",
                                                      "--public-url", "catalogus.example.nl"], database: database)
            #expect(refused.exitCode != 0, "\(refused)")
            let listed = try ChildProcess.catalogus(["user", "list"], database: database)
            #expect(!listed.standardOutput.contains("bert@x.nl"), "\(listed)")
        }
    }

    @Test(arguments: [("https://catalogus.example.nl/", "https://catalogus.example.nl"),
                      ("http://127.0.0.1:8080", "http://127.0.0.1:8080"), ("https://x.nl/catalogus/", "https://x.nl/catalogus")])
    func publicURLsAreNormalized(text: String, expected: String) throws {
        #expect(try PublicURL.normalized(text) == expected)
    }

    @Test(arguments: ["catalogus.example.nl", "ftp://x.nl", "https://", "https://x.nl/?a=1", "https://x.nl/#f",
                      "https://user@x.nl", "https://x.nl/a b", ""])
    func invalidPublicURLsAreRefused(text: String) {
        #expect(throws: PublicURL.Invalid.self) { try PublicURL.normalized(text) }
    }
}
