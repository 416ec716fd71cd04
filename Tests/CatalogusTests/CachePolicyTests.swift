import Catalogus
import CatalogusAPI
import CatalogusDomain
import Foundation
import JSON
import Testing

/// Every API read says how it may be cached (docs/api.md#caching): `private, no-cache`
/// with credentials, `no-cache` without, also when the answer comes from the
/// representation cache; downloads alike.
@Suite struct CachePolicyTests {
    @Test func everyReadSaysHowItMayBeCached() throws {
        try withDemoApp { app in
            let viewer = try app.createToken(role: .viewer, name: "dashboard").token
            let client = try app.client()
            for path in ["/api/v1/activities", "/api/v1/prices?year=2026", "/api/v1/prices?year=2026&output=csv"] {
                // Twice each: the second anonymous read is answered from the representation cache.
                for _ in 0..<2 {
                    let anonymous = try client.request("GET", path)
                    #expect(anonymous.status == 200, "\(path): \(anonymous)")
                    #expect(anonymous.header("Cache-Control") == "no-cache", "\(path)")
                }
                let credentialed = try client.request("GET", path, token: viewer)
                #expect(credentialed.header("Cache-Control") == "private, no-cache", "\(path)")
            }
            let stats = try client.request("GET", "/api/v1/stats/overview?year=2024&output=xlsx", token: viewer)
            #expect(stats.status == 200 && stats.header("Cache-Control") == "private, no-cache", "\(stats.status)")
        }
    }
}
