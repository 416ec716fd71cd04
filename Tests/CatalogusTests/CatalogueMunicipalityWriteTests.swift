import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `PUT` of a municipality (admin) and of a year's inhabitants (admin, staff).
@Suite struct CatalogueMunicipalityWriteTests {
    @Test func putMunicipalityCreatesThenUpdatesAndIsAudited() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app, adminName: "beheer")
            let created = try api.asAdmin("PUT", "/api/v1/municipalities/groningen", json: ["cbs_code": "GM0014", "name": "Groningen"])
            #expect(created.status == 201, "\(created)")
            #expect(created.header("Location") == "/api/v1/municipalities/groningen")
            #expect(created.header("ETag") == "\"1\"")
            #expect(try created.json()["inhabitants"]?.arrayValue?.isEmpty == true)

            let updated = try api.asAdmin("PUT", "/api/v1/municipalities/groningen",
                                          json: ["slug": "groningen", "cbs_code": "GM0014", "name": "Gemeente Groningen"])
            #expect(updated.status == 200, "\(updated)")
            let body = try updated.json()
            #expect(body["name"]?.stringValue == "Gemeente Groningen")
            #expect(body["version"]?.int64Value == 2)
            #expect(updated.header("ETag") == "\"2\"")
            #expect(try api.call("GET", "/api/v1/municipalities").catalogueItems.count == CatalogueDemo.municipalityCount + 1)

            let audit = try api.audit(entity: "municipality", id: "groningen")
            #expect(audit.compactMap { $0["action"]?.stringValue } == ["update", "create"])
            #expect(audit.allSatisfy { $0["by"]?.stringValue == "beheer" })
            #expect(audit.first?["before"]?["name"]?.stringValue == "Groningen")
            #expect(audit.first?["after"]?["name"]?.stringValue == "Gemeente Groningen")
            #expect(audit.last?["before"]?.isNull == true)
        }
    }

    @Test func putMunicipalityListsEveryBadField() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.asAdmin("PUT", "/api/v1/municipalities/Bad_Slug",
                                           json: ["cbs_code": "1731", "inhabitants": [], "mayor": "x"])
            catalogueExpectProblem(response, 422, fields: ["slug", "cbs_code", "name", "inhabitants", "mayor"])
            let mismatch = try api.asAdmin("PUT", "/api/v1/municipalities/assen",
                                           json: ["slug": "emmen", "cbs_code": "GM0106", "name": "Assen"])
            catalogueExpectProblem(mismatch, 422, fields: ["slug"])
            // Another municipality's CBS code is a conflict, not a silent takeover.
            let taken = try api.asAdmin("PUT", "/api/v1/municipalities/nieuw", json: ["cbs_code": "GM0106", "name": "Nieuw"])
            catalogueExpectProblem(taken, 409)
        }
    }

    @Test func putMunicipalityIsForAdminsOnly() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let body: JSONValue = ["cbs_code": "GM0014", "name": "Groningen"]
            catalogueExpectProblem(try api.call("PUT", "/api/v1/municipalities/groningen", json: body), 401)
            for role in [Role.staff, .viewer] {
                let token = try api.token(role, name: "r-\(role.rawValue)")
                catalogueExpectProblem(try api.call("PUT", "/api/v1/municipalities/groningen", token: token, json: body), 403)
            }
            let own = try api.token(.municipality, municipality: "assen", name: "assen")
            let asMunicipality = try api.call("PUT", "/api/v1/municipalities/assen", token: own,
                                              json: ["cbs_code": "GM0106", "name": "Assen!"])
            catalogueExpectProblem(asMunicipality, 403)
            #expect(try api.call("GET", "/api/v1/municipalities/groningen").status == 404)
        }
    }

    @Test func putInhabitantsSetsACountForAdminAndStaff() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let created = try api.asAdmin("PUT", "/api/v1/municipalities/emmen/inhabitants/2027", json: ["count": 109000])
            #expect(created.status == 201, "\(created)")
            #expect(try created.json() == ["municipality": "emmen", "year": 2027, "count": 109000])
            let staff = try api.token(.staff, name: "medewerker")
            let changed = try api.call("PUT", "/api/v1/municipalities/emmen/inhabitants/2027", token: staff,
                                       json: ["count": 109100, "year": 2027])
            #expect(changed.status == 200, "\(changed)")
            let emmen = try api.call("GET", "/api/v1/municipalities/emmen").json()
            let row = emmen["inhabitants"]?.arrayValue?.first { $0["year"]?.int64Value == 2027 }
            #expect(row?["count"]?.int64Value == 109100)

            let audit = try api.audit(entity: "inhabitants", id: "emmen/2027")
            #expect(audit.compactMap { $0["action"]?.stringValue } == ["update", "create"])
            #expect(audit.first?["by"]?.stringValue == "medewerker")
            #expect(audit.first?["before"]?["count"]?.int64Value == 109000)
            #expect(audit.first?["after"]?["count"]?.int64Value == 109100)
        }
    }

    @Test func putInhabitantsValidatesAndChecksRoles() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let path = "/api/v1/municipalities/emmen/inhabitants/2027"
            catalogueExpectProblem(try api.asAdmin("PUT", path, json: ["count": -1, "year": 2026, "source": "cbs"]), 422,
                                   fields: ["count", "year", "source"])
            catalogueExpectProblem(try api.asAdmin("PUT", path, json: ["count": "100"]), 422, fields: ["count"])
            catalogueExpectProblem(try api.asAdmin("PUT", "/api/v1/municipalities/emmen/inhabitants/1800", json: ["count": 1]), 422,
                                   fields: ["year"])
            catalogueExpectProblem(try api.asAdmin("PUT", "/api/v1/municipalities/atlantis/inhabitants/2027", json: ["count": 1]), 404)
            catalogueExpectProblem(try api.call("PUT", path, json: ["count": 1]), 401)
            for (role, municipality) in [(Role.viewer, nil), (.municipality, "emmen")] as [(Role, String?)] {
                let token = try api.token(role, municipality: municipality, name: "r-\(role.rawValue)")
                catalogueExpectProblem(try api.call("PUT", path, token: token, json: ["count": 1]), 403)
            }
        }
    }
}
