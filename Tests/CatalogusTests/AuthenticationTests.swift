import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import HTTPServer
import JSON
import SQLite
import Testing

/// Bearer authentication and the per-token rate limit, over a real socket.
@Suite struct AuthenticationTests {
    static func expectUnauthorizedProblem(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(response.status == 401, "\(response)", sourceLocation: sourceLocation)
        // RFC 6750 §3: a 401 names the scheme the client should use.
        let challenge = response.header("WWW-Authenticate") ?? ""
        #expect(challenge.hasPrefix("Bearer"), "\(response)", sourceLocation: sourceLocation)
        #expect(response.header("Content-Type")?.hasPrefix("application/problem+json") == true, "\(response)",
                sourceLocation: sourceLocation)
        let body = try response.json()
        #expect(body["status"]?.int64Value == 401, sourceLocation: sourceLocation)
        #expect(body["detail"]?.stringValue?.isEmpty == false, sourceLocation: sourceLocation)
    }

    /// `/metrics` needs a token since issue 10 (MetricsAccessTests).
    @Test(arguments: ["/healthz", "/readyz", "/openapi.json"])
    func publicEndpointsNeedNoToken(path: String) throws {
        try withRunningApp { app in
            let response = try app.client().get(path)
            #expect(response.status == 200, "\(response)")
        }
    }

    @Test func unknownTokenIsRefusedEvenOnHealthz() throws {
        try withRunningApp { app in
            _ = try app.createToken(name: "real")
            let response = try app.client().get("/healthz", headers: ["Authorization: Bearer cat_not-a-real-token"])
            try Self.expectUnauthorizedProblem(response)
        }
    }

    @Test(arguments: [
        "Basic dXNlcjpwYXNzd29yZA==",
        "Bearer",
        "Token abc",
        "bearer-abc",
        "Bearer " + String(repeating: "a", count: 300),
    ])
    func malformedAuthorizationIsRefused(header: String) throws {
        try withRunningApp { app in
            let response = try app.client().get("/healthz", headers: ["Authorization: \(header)"])
            try Self.expectUnauthorizedProblem(response)
        }
    }

    @Test func validTokenWorksAndRecordsItsUse() throws {
        try withRunningApp { app in
            let (id, token) = try app.createToken(role: .viewer, name: "reader")
            let before = try app.writer.withConnection { db in
                try db.scalar("SELECT last_used_at FROM api_token WHERE id = ?", id, as: String.self)
            }
            #expect(before == nil)

            let response = try app.client().get("/readyz", headers: ["Authorization: Bearer \(token)"])
            #expect(response.status == 200, "\(response)")

            let after = try app.writer.withConnection { db in
                try db.scalar("SELECT last_used_at FROM api_token WHERE id = ?", id, as: String.self)
            }
            let usedAt = try #require(after)
            let parsed = try #require(Timestamp.parse(usedAt))
            #expect(abs(parsed.timeIntervalSinceNow) < 120)
        }
    }

    @Test func lowercaseSchemeIsAccepted() throws {
        // RFC 9110 §11.1: the auth-scheme is case-insensitive.
        try withRunningApp { app in
            let (_, token) = try app.createToken(name: "lower")
            #expect(try app.client().get("/healthz", headers: ["Authorization: bearer \(token)"]).status == 200)
        }
    }

    @Test func rateLimitAnswers429WithRetryAfter() throws {
        // One request per 20 s after a burst of 2: a slow machine cannot refill the
        // bucket between the quick requests and make the test flaky.
        let rate = 0.05
        try withRunningApp(configure: { configuration in
            configuration.rateLimitPerSecond = rate
            configuration.rateLimitBurst = 2
        }) { app in
            let (_, token) = try app.createToken(name: "busy")
            let client = try app.client()
            let authorization = ["Authorization: Bearer \(token)"]
            #expect(try client.get("/healthz", headers: authorization).status == 200)
            #expect(try client.get("/healthz", headers: authorization).status == 200)
            let limited = try client.get("/healthz", headers: authorization)
            #expect(limited.status == 429, "\(limited)")
            let retryAfter = try #require(limited.header("Retry-After").flatMap { Int($0) }, "\(limited)")
            #expect(retryAfter >= 1 && retryAfter <= Int((1 / rate).rounded(.up)), "one token's refill time at most")
            #expect(limited.header("Content-Type")?.hasPrefix("application/problem+json") == true)

            // The limit is per token: anonymous requests and other tokens go ahead.
            #expect(try client.get("/healthz").status == 200)
            let (_, other) = try app.createToken(name: "calm")
            #expect(try client.get("/healthz", headers: ["Authorization: Bearer \(other)"]).status == 200)
        }
    }
}
