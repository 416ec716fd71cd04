import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// The same test bodies in-process (into the router, no sockets: the application alone)
/// and over a socket (the whole server): what the application answers must not depend
/// on how the request reached it.
@Suite struct TransportParityTests {
    @Test(arguments: TestTransport.allCases)
    func aLocationIsCreatedReadAndCachedTheSameWay(transport: TestTransport) throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app, transport: transport)
            let created = try api.asAdmin("POST", "/api/v1/locations", json: [
                "municipality": "midden-drenthe", "name": .string("Dorpshuis Parity \(transport)"), "kind": "external",
            ])
            #expect(created.status == 201, "\(created)")
            let id = try #require(try created.json()["id"]?.int64Value)
            #expect(created.header("Location") == "/api/v1/locations/\(id)")
            let etag = try #require(created.header("ETag"))

            let read = try api.call("GET", "/api/v1/locations/\(id)")
            #expect(read.status == 200)
            #expect(read.header("ETag") == etag)
            #expect(try read.json()["name"]?.stringValue == "Dorpshuis Parity \(transport)")
            #expect(try api.call("GET", "/api/v1/locations/\(id)", headers: ["If-None-Match: \(etag)"]).status == 304)

            let again = try api.asAdmin("POST", "/api/v1/locations", json: [
                "municipality": "midden-drenthe", "name": .string("Dorpshuis Parity \(transport)"), "kind": "external",
            ])
            catalogueExpectProblem(again, 422, fields: ["name"])
        }
    }

    @Test(arguments: TestTransport.allCases)
    func rolesAndQueriesAreCheckedBeforeAnything(transport: TestTransport) throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app, transport: transport)
            let viewer = try api.token(.viewer, name: "parity-viewer")
            catalogueExpectProblem(try api.call("POST", "/api/v1/locations", json: ["name": "x"]), 401)
            catalogueExpectProblem(try api.call("POST", "/api/v1/locations", token: viewer, json: ["name": "x"]), 403)
            // An unknown parameter comes in one 422 with the declared ones' problems.
            catalogueExpectProblem(try api.call("GET", "/api/v1/locations?kind=castle&floor=2"), 422, fields: ["kind", "floor"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/audit", token: viewer), 403)
            catalogueExpectProblem(try api.call("GET", "/api/v1/nowhere"), 404)
        }
    }

    @Test(arguments: TestTransport.allCases)
    func theCatalogueReadsTheSamePageByPage(transport: TestTransport) throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app, transport: transport)
            let paged = try api.allItems("/api/v1/activities", limit: 7)
            let whole = try api.call("GET", "/api/v1/activities?limit=500").catalogueItems
            #expect(paged.count == whole.count)
            #expect(paged.compactMap { $0["id"]?.int64Value } == whole.compactMap { $0["id"]?.int64Value })
            #expect(whole.count > 7, "the demo catalogue spans several pages")
        }
    }

    /// The two transports give the same bytes for the same request.
    @Test func bothTransportsAnswerWithTheSameBody() throws {
        try withDemoApp { app in
            let socket = try CatalogueAPI(app, transport: .socket)
            let inProcess = try CatalogueAPI(app, transport: .inProcess)
            for path in ["/api/v1/activities?limit=5", "/api/v1/municipalities/midden-drenthe", "/api/v1/stats/overview?year=2024",
                         "/api/v1/programmes"] {
                let a = try socket.call("GET", path), b = try inProcess.call("GET", path)
                #expect(a.status == b.status, "\(path)")
                #expect(a.body == b.body, "\(path)")
                #expect(a.header("ETag") == b.header("ETag"), "\(path)")
            }
        }
    }
}
