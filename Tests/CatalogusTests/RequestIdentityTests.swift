import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Who made a request, told without ambiguity (issue 10): one Authorization header, the
/// server's own request id in the audit log, and municipalities see the library
/// organisation in an order's history rather than its staff's internal token names.
@Suite struct RequestIdentityTests {
    @Test func twoAuthorizationHeadersAreRefused() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let response = try app.client().request("GET", "/api/v1/orders", token: actors.admin,
                                                    headers: ["Authorization: Bearer \(actors.viewer)", "Connection: close"])
            catalogueExpectProblem(response, 400)
            #expect(try response.json()["code"]?.stringValue == "auth.several_authorizations", "\(response)")
            // Even the same token twice, and on public endpoints.
            catalogueExpectProblem(try app.client().request("GET", "/api/v1/activities", token: actors.admin,
                                                            headers: ["Authorization: Bearer \(actors.admin)", "Connection: close"]), 400)
        }
    }

    @Test func theAuditLogKeepsTheServersRequestIdBesideTheClients() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            var ids: [String] = []
            for _ in 0..<2 {
                let created = try app.client().orderTestCreate(token: actors.municipality, headers: ["X-Request-Id: client-chosen-1"])
                try #require(created.status == 201, "\(created)")
                #expect(created.header("X-Request-Id") == "client-chosen-1", "the client's id is echoed")
                ids.append(String(try #require(try created.json()["id"]?.int64Value)))
            }
            var serverIDs: Set<String> = []
            for id in ids {
                let entries = try app.client().request("GET", "/api/v1/audit?entity=order&id=\(id)", token: actors.admin).json()
                let entry = try #require(entries["items"]?.arrayValue?.first)
                #expect(entry["client_request_id"]?.stringValue == "client-chosen-1")
                let server = try #require(entry["request_id"]?.stringValue)
                #expect(server != "client-chosen-1")
                serverIDs.insert(server)
            }
            #expect(serverIDs.count == 2, "the server's ids are unique even when the client's repeat")
        }
    }

    @Test func municipalitiesSeeTheOrganisationInsteadOfStaffNames() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let order = try client.orderTestCreated(token: actors.municipality)
            let submitted = try client.orderTestDrive(order, through: ["submit"], token: actors.municipality)
            let confirmed = try client.orderTestDrive(submitted, through: ["confirm"], token: actors.admin)
            #expect(confirmed.orderTestHistoryBy == [OrderTestActors.municipalityName, OrderTestActors.municipalityName,
                                                     OrderTestActors.adminName], "an admin sees every name")
            let id = try #require(order["id"]?.int64Value)
            let seen = try client.orderTestRead(id, token: actors.municipality)
            #expect(seen.orderTestHistoryBy == [OrderTestActors.municipalityName, OrderTestActors.municipalityName, "Biblionet Drenthe"])
            let listed = try client.orderTestListAll("/api/v1/orders", token: actors.municipality)
            #expect(listed.first { $0["id"]?.int64Value == id }?.orderTestHistoryBy.last == "Biblionet Drenthe")
            #expect(!seen.text.contains(OrderTestActors.adminName))
            // The audit log keeps the full names.
            let audit = try client.request("GET", "/api/v1/audit?entity=order&id=\(id)", token: actors.admin).text
            #expect(audit.contains(OrderTestActors.adminName))
        }
    }
}

private extension JSONValue {
    var text: String { String(decoding: serialized, as: UTF8.self) }
}
