import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import SQLite
import Testing

/// `/readyz`, `/metrics` and `/openapi.json` of the running app.
@Suite struct OperationsEndpointTests {
    @Test func readyzIsReadyOnAMigratedDatabase() throws {
        try withRunningApp { app in
            let response = try app.client().get("/readyz")
            #expect(response.status == 200, "\(response)")
            #expect(try response.json()["status"]?.stringValue == "ready")
        }
    }

    /// The probe checks the migrations on every call: a record this program does
    /// not know (a newer version migrated the file) makes it unready at once.
    @Test func readyzIsUnavailableWhenTheDatabaseHasAnUnknownMigration() throws {
        try withRunningApp { app in
            try app.writer.withConnection { db in
                try db.run("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (9999, 'from_the_future', 'x', '2030-01-01T00:00:00Z')")
            }
            let response = try app.client().get("/readyz")
            #expect(response.status == 503, "\(response)")
            #expect(response.header("Retry-After") != nil)
            #expect(!response.text.contains("from_the_future"), "internals must not reach the client")
        }
    }

    @Test func metricsArePrometheusText() throws {
        try withRunningApp { app in
            let client = try app.client()
            #expect(try client.get("/healthz").status == 200)
            let token = try app.createToken(role: .metrics, name: "prometheus").token
            let response = try client.request("GET", "/metrics", token: token)
            #expect(response.status == 200)
            #expect(response.header("Content-Type")?.hasPrefix("text/plain") == true, "\(response)")

            let lines = response.text.split(separator: "\n").map(String.init)
            #expect(lines.contains("# TYPE catalogus_http_requests_total counter"))
            #expect(lines.contains("# TYPE catalogus_http_open_connections gauge"))
            // Every sample line is `name{labels} value` or `name value` (exposition format 0.0.4).
            let sample = #"^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? [-+0-9.eEInfaN]+$"#
            for line in lines where !line.hasPrefix("#") {
                #expect(line.range(of: sample, options: .regularExpression) != nil, "not a sample: \(line)")
            }
            let healthz = lines.first { $0.hasPrefix("catalogus_http_requests_total{") && $0.contains(#"route="/healthz""#) && $0.contains(#"status="200""#) }
            #expect(healthz?.hasSuffix(" 1") == true, "the one /healthz request is counted: \(lines)")
            // This very connection is open while the metrics are rendered.
            let open = lines.first { $0.hasPrefix("catalogus_http_open_connections ") }
            let count = open.flatMap { Int($0.split(separator: " ")[1]) }
            #expect((count ?? 0) >= 1, "\(open ?? "missing")")
        }
    }

    @Test func openAPIDocumentIsJSON() throws {
        try withRunningApp { app in
            let response = try app.client().get("/openapi.json")
            #expect(response.status == 200)
            let document = try response.json()
            #expect(document["openapi"]?.stringValue?.hasPrefix("3.1") == true)
            #expect(document["paths"]?["/healthz"] != nil)
        }
    }
}
