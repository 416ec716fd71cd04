import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `/api/v1/locations`: filters, paging, one by id, creation (admin).
@Suite struct CatalogueLocationTests {
    @Test func locationsFilterByMunicipalityAndKindAndPage() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let all = try api.allItems("/api/v1/locations", limit: 7)
            let ids = all.compactMap { $0["id"]?.int64Value }
            #expect(ids.count == CatalogueDemo.locationCount)
            #expect(Set(ids).count == ids.count)
            let midden = try api.call("GET", "/api/v1/locations?municipality=midden-drenthe").catalogueItems
            #expect(midden.count == CatalogueDemo.middenDrentheLocations)
            #expect(midden.allSatisfy { $0["municipality"]?.stringValue == "midden-drenthe" })
            let branches = try api.call("GET", "/api/v1/locations?municipality=midden-drenthe&kind=branch").catalogueItems
            #expect(Set(branches.compactMap { $0["name"]?.stringValue })
                    == ["Bibliotheek Beilen", "Bibliotheek Smilde", "Bibliotheek Westerbork"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/locations?municipality=atlantis&kind=castle&limit=501&floor=2"), 422,
                                   fields: ["municipality", "kind", "limit", "floor"])
        }
    }

    @Test func oneLocationHasAnETag() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/locations/1")
            #expect(response.status == 200, "\(response)")
            #expect(try response.json()["name"]?.stringValue == "Bibliotheek Beilen")
            #expect(try response.json()["kind"]?.stringValue == "branch")
            #expect(response.header("ETag") == "\"1\"")
            #expect(try api.call("GET", "/api/v1/locations/1", headers: ["If-None-Match: \"1\""]).status == 304)
            catalogueExpectProblem(try api.call("GET", "/api/v1/locations/9999"), 404)
        }
    }

    @Test func oneLocationRejectsUnknownQueryParameters() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.call("GET", "/api/v1/locations/1?expand=all"), 422, fields: ["expand"])
        }
    }

    @Test func createLocationValidatesRolesAndIsAudited() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app, adminName: "beheer")
            let body: JSONValue = ["municipality": "assen", "name": "Servicepunt Marsdijk", "kind": "service_point", "address": "Assen"]
            catalogueExpectProblem(try api.call("POST", "/api/v1/locations", json: body), 401)
            let staff = try api.token(.staff, name: "medewerker")
            catalogueExpectProblem(try api.call("POST", "/api/v1/locations", token: staff, json: body), 403)

            let created = try api.asAdmin("POST", "/api/v1/locations", json: body)
            #expect(created.status == 201, "\(created)")
            let location = try created.json()
            let id = try #require(location["id"]?.int64Value)
            #expect(created.header("Location") == "/api/v1/locations/\(id)")
            #expect(location["kind"]?.stringValue == "service_point")
            #expect(try api.call("GET", "/api/v1/locations?municipality=assen").catalogueItems.count == 2)

            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/locations", json: body), 422, fields: ["name"])
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/locations",
                                                   json: ["municipality": "atlantis", "kind": "castle", "floor": 2]), 422,
                                   fields: ["municipality", "name", "kind", "floor"])

            let audit = try api.audit(entity: "location", id: String(id))
            #expect(audit.count == 1)
            #expect(audit.first?["action"]?.stringValue == "create")
            #expect(audit.first?["by"]?.stringValue == "beheer")
            #expect(audit.first?["after"]?["name"]?.stringValue == "Servicepunt Marsdijk")
        }
    }
}
