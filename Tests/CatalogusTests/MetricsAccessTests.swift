import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `/metrics` shows business activity (orders created and refused): it needs an admin
/// token or a `metrics` token, which may read nothing else, unless the operator opts out
/// with `--public-metrics` (issue 10).
@Suite struct MetricsAccessTests {
    @Test func metricsNeedsAnAdminOrMetricsToken() throws {
        try withDemoApp { app in
            let metrics = try app.createToken(role: .metrics, name: "prometheus").token
            let admin = try app.createToken(role: .admin, name: "beheer").token
            let viewer = try app.createToken(role: .viewer, name: "dashboard").token
            catalogueExpectProblem(try app.client().request("GET", "/metrics", headers: ["Connection: close"]), 401)
            catalogueExpectProblem(try app.client().request("GET", "/metrics", token: viewer, headers: ["Connection: close"]), 403)
            for token in [metrics, admin] {
                let response = try app.client().request("GET", "/metrics", token: token, headers: ["Connection: close"])
                #expect(response.status == 200, "\(response)")
                #expect(response.text.contains("catalogus_http_requests_total"), "\(response.text.prefix(300))")
            }
        }
    }

    @Test func aMetricsTokenReadsNothingElse() throws {
        try withDemoApp { app in
            let metrics = try app.createToken(role: .metrics, name: "prometheus").token
            for path in ["/api/v1/activities", "/api/v1/orders", "/api/v1/stats/overview?year=2024", "/api/v1/audit"] {
                catalogueExpectProblem(try app.client().request("GET", path, token: metrics, headers: ["Connection: close"]), 403)
            }
            catalogueExpectProblem(try app.client().request("POST", "/api/v1/quotes", token: metrics,
                                                            json: ["municipality": "assen", "year": 2026, "lines": []],
                                                            headers: ["Connection: close"]), 403)
        }
    }

    @Test func publicMetricsNeedNoToken() throws {
        try withDemoApp(configure: { $0.publicMetrics = true }) { app in
            let response = try app.client().request("GET", "/metrics", headers: ["Connection: close"])
            #expect(response.status == 200, "\(response)")
        }
    }
}
