import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `Idempotency-Key` on creating POSTs: replay, another body, per token, failures forgotten.
@Suite struct CatalogueIdempotencyTests {
    @Test func idempotencyKeyReplaysTheFirstCreation() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let body: JSONValue = ["code": "legoclub", "name": "Legoclub", "programme": "leren-en-ontwikkelen",
                                   "format": "workshop", "unit": "session", "audiences": ["children"]]
            let first = try api.asAdmin("POST", "/api/v1/activities", json: body, headers: ["Idempotency-Key: lego-1"])
            #expect(first.status == 201, "\(first)")
            #expect(first.header("Idempotent-Replayed") == nil)

            // The same JSON value with members in another order and other spacing.
            let reordered = """
                { "unit":"session" , "audiences":[ "children" ], "format":"workshop",
                  "programme":"leren-en-ontwikkelen","name":"Legoclub","code":"legoclub" }
                """
            let replay = try api.call("POST", "/api/v1/activities", token: api.admin, body: reordered, contentType: "application/json",
                                      headers: ["Idempotency-Key: lego-1"])
            #expect(replay.status == 201, "\(replay)")
            #expect(replay.header("Idempotent-Replayed") == "true")
            #expect(replay.body == first.body)
            #expect(replay.header("Location") == first.header("Location"))
            #expect(replay.header("ETag") == first.header("ETag"))
            let all = try api.call("GET", "/api/v1/activities?active=all").catalogueItems
            #expect(all.count == CatalogueDemo.activityCount + 1)
            #expect(try api.audit(entity: "activity", id: String(try first.json()["id"]?.int64Value ?? 0)).count == 1)
        }
    }

    @Test func idempotencyKeyWithAnotherBodyIs422() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let body: JSONValue = ["code": "legoclub", "name": "Legoclub", "programme": "platform", "format": "workshop", "unit": "session"]
            #expect(try api.asAdmin("POST", "/api/v1/activities", json: body, headers: ["Idempotency-Key: k"]).status == 201)
            let other: JSONValue = ["code": "legoclub-2", "name": "Legoclub 2", "programme": "platform", "format": "workshop", "unit": "session"]
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/activities", json: other, headers: ["Idempotency-Key: k"]), 422,
                                   fields: ["Idempotency-Key"])
            #expect(try api.call("GET", "/api/v1/activities/legoclub-2").status == 404)
            // The same key on another creating endpoint is another request too.
            let location: JSONValue = ["municipality": "assen", "name": "Servicepunt Kloosterveen", "kind": "service_point"]
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/locations", json: location, headers: ["Idempotency-Key: k"]), 422,
                                   fields: ["Idempotency-Key"])
        }
    }

    @Test func idempotencyKeysArePerToken() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let secondAdmin = try api.token(.admin, name: "tweede-beheerder")
            let body: JSONValue = ["municipality": "assen", "name": "Servicepunt Kloosterveen", "kind": "service_point"]
            let first = try api.asAdmin("POST", "/api/v1/locations", json: body, headers: ["Idempotency-Key: same-key"])
            #expect(first.status == 201, "\(first)")
            let other: JSONValue = ["municipality": "assen", "name": "Servicepunt Marsdijk", "kind": "service_point"]
            let second = try api.call("POST", "/api/v1/locations", token: secondAdmin, json: other, headers: ["Idempotency-Key: same-key"])
            #expect(second.status == 201, "\(second)")
            #expect(second.header("Idempotent-Replayed") == nil)
            #expect(try second.json()["id"] != first.json()["id"])
            // And the second token's own replay returns its own location.
            let replay = try api.call("POST", "/api/v1/locations", token: secondAdmin, json: other, headers: ["Idempotency-Key: same-key"])
            #expect(replay.header("Idempotent-Replayed") == "true")
            #expect(replay.body == second.body)
            #expect(try api.call("GET", "/api/v1/locations?municipality=assen").catalogueItems.count == 3)
        }
    }

    @Test func failedCreationsAreNotRememberedByTheirKey() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let bad: JSONValue = ["code": "legoclub", "name": "Legoclub", "programme": "sport", "format": "workshop", "unit": "session"]
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/activities", json: bad, headers: ["Idempotency-Key: retry-me"]), 422,
                                   fields: ["programme"])
            let fixed: JSONValue = ["code": "legoclub", "name": "Legoclub", "programme": "platform", "format": "workshop", "unit": "session"]
            let retried = try api.asAdmin("POST", "/api/v1/activities", json: fixed, headers: ["Idempotency-Key: retry-me"])
            #expect(retried.status == 201, "\(retried)")
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/activities", json: fixed, headers: ["Idempotency-Key: \(String(repeating: "k", count: 256))"]),
                                   422, fields: ["Idempotency-Key"])
        }
    }
}
