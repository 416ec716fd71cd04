import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `POST /api/v1/activities` (admin): creation, validation, roles.
@Suite struct CatalogueActivityCreateTests {
    @Test func createReturns201WithLocationAndETag() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let body: JSONValue = [
                "code": "legoclub", "name": "Legoclub", "summary": "Bouwen met Lego.", "description": "Elke woensdag.",
                "programme": "leren-en-ontwikkelen", "audiences": ["children", "parents"], "format": "workshop",
                "unit": "session", "sessions_per_unit": 1, "max_participants": 12,
            ]
            let response = try api.asAdmin("POST", "/api/v1/activities", json: body)
            #expect(response.status == 201, "\(response)")
            let created = try response.json()
            let id = try #require(created["id"]?.int64Value)
            #expect(response.header("Location") == "/api/v1/activities/\(id)")
            #expect(response.header("ETag") == "\"1\"")
            #expect(created["version"]?.int64Value == 1)
            #expect(created["active"]?.boolValue == true)
            #expect(created["audiences"] == ["children", "parents"])
            #expect(created["max_participants"]?.int64Value == 12)
            let createdAt = try #require(created["created_at"]?.stringValue)
            #expect(createdAt.hasSuffix("Z") && Timestamp.parse(createdAt) != nil)
            #expect(try api.call("GET", "/api/v1/activities/legoclub").json() == created)
        }
    }

    @Test func createListsEveryBadField() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let empty = try api.asAdmin("POST", "/api/v1/activities", json: ["colour": "red"])
            catalogueExpectProblem(empty, 422, fields: ["code", "name", "programme", "format", "unit", "colour"])
            let bad: JSONValue = [
                "id": 7, "code": "Bad Code", "name": "", "programme": "sport", "format": "podcast", "unit": "hour",
                "audiences": ["children", "aliens"], "sessions_per_unit": 0, "max_participants": "many", "active": "yes",
            ]
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/activities", json: bad), 422, fields: [
                "id", "code", "name", "programme", "format", "unit", "audiences[1]", "sessions_per_unit", "max_participants", "active",
            ])
            let taken = try api.asAdmin("POST", "/api/v1/activities",
                                        json: ["code": "breicafe", "name": "Nog een breicafé", "programme": "platform",
                                               "format": "meeting", "unit": "session"])
            catalogueExpectProblem(taken, 422, fields: ["code"])
            #expect(try api.call("GET", "/api/v1/activities?active=all").catalogueItems.count == CatalogueDemo.activityCount)
        }
    }

    @Test func writesNeedAnAdminToken() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let body: JSONValue = ["code": "x-club", "name": "X", "programme": "platform", "format": "meeting", "unit": "session"]
            catalogueExpectProblem(try api.call("POST", "/api/v1/activities", json: body), 401)
            catalogueExpectProblem(try api.call("PATCH", "/api/v1/activities/breicafe", json: ["name": "X"], headers: ["If-Match: \"1\""]), 401)
            catalogueExpectProblem(try api.call("DELETE", "/api/v1/activities/breicafe", headers: ["If-Match: \"1\""]), 401)
            let others = [
                try api.token(.staff, name: "staff"), try api.token(.viewer, name: "viewer"),
                try api.token(.municipality, municipality: "assen", name: "assen"),
            ]
            for token in others {
                catalogueExpectProblem(try api.call("POST", "/api/v1/activities", token: token, json: body), 403)
                catalogueExpectProblem(try api.call("PATCH", "/api/v1/activities/breicafe", token: token, json: ["name": "X"],
                                                    headers: ["If-Match: \"1\""]), 403)
                catalogueExpectProblem(try api.call("DELETE", "/api/v1/activities/breicafe", token: token, headers: ["If-Match: \"1\""]), 403)
            }
            let revoked = try api.revokedToken()
            catalogueExpectProblem(try api.call("POST", "/api/v1/activities", token: revoked, json: body), 401)
            let unchanged = try api.call("GET", "/api/v1/activities/breicafe").json()
            #expect(unchanged["version"]?.int64Value == 1)
            #expect(unchanged["active"]?.boolValue == true)
            #expect(try api.call("GET", "/api/v1/activities/x-club").status == 404)
        }
    }
}
