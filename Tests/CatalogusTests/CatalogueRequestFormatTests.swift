import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Media types and problem documents: 415 for non-JSON, 400 for broken JSON, 404 problems.
@Suite struct CatalogueRequestFormatTests {
    @Test func writesNeedJSON() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let plain = try api.call("POST", "/api/v1/activities", token: api.admin, body: "code=x", contentType: "text/plain")
            catalogueExpectProblem(plain, 415)
            let none = try api.call("POST", "/api/v1/activities", token: api.admin, body: "{}")
            catalogueExpectProblem(none, 415)
            let broken = try api.call("POST", "/api/v1/activities", token: api.admin, body: "{\"code\": ", contentType: "application/json")
            catalogueExpectProblem(broken, 400)
            let array = try api.call("POST", "/api/v1/quotes", body: "[]", contentType: "application/json; charset=utf-8")
            catalogueExpectProblem(array, 422)
            let empty = try api.call("PUT", "/api/v1/activities/breicafe/prices/2027", token: api.admin, body: "", contentType: "application/json")
            catalogueExpectProblem(empty, 400)
        }
    }

    @Test func unknownPathsAre404Problems() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.call("GET", "/api/v1/activity"), 404)
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities/breicafe/price"), 404)
        }
    }
}
