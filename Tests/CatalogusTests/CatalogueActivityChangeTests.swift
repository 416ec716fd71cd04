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

/// `PATCH` and `DELETE /api/v1/activities/{id}` (admin, If-Match): change and archive.
@Suite struct CatalogueActivityChangeTests {
    @Test func patchNeedsIfMatchAndIncrementsTheVersion() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let path = "/api/v1/activities/breicafe"
            catalogueExpectProblem(try api.asAdmin("PATCH", path, json: ["max_participants": 25]), 428)
            catalogueExpectProblem(try api.asAdmin("PATCH", path, json: ["max_participants": 25], headers: ["If-Match: \"7\""]), 412)
            let first = try api.asAdmin("PATCH", path, json: ["max_participants": 25, "audiences": ["adults", "seniors"]],
                                        headers: ["If-Match: \"1\""])
            #expect(first.status == 200, "\(first)")
            #expect(first.header("ETag") == "\"2\"")
            let body = try first.json()
            #expect(body["version"]?.int64Value == 2)
            #expect(body["max_participants"]?.int64Value == 25)
            #expect(body["audiences"] == ["adults", "seniors"])
            #expect(body["name"]?.stringValue == "Het Breicafé")
            // The old ETag is stale now.
            catalogueExpectProblem(try api.asAdmin("PATCH", path, json: ["max_participants": 30], headers: ["If-Match: \"1\""]), 412)
            let second = try api.asAdmin("PATCH", path, json: ["max_participants": nil], headers: ["If-Match: \"2\""])
            #expect(second.status == 200, "\(second)")
            #expect(try second.json()["max_participants"]?.isNull == true)
            #expect(try second.json()["version"]?.int64Value == 3)
            catalogueExpectProblem(try api.asAdmin("PATCH", "/api/v1/activities/999999", json: ["name": "X"], headers: ["If-Match: \"1\""]), 404)
        }
    }

    @Test func patchListsEveryBadFieldAndChangesNothing() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let bad: JSONValue = [
                "version": 9, "updated_at": "2030-01-01T00:00:00Z", "code": "koffieochtend", "name": "  ",
                "programme": "sport", "unit": "hour", "sessions_per_unit": 1001, "colour": "red",
            ]
            let response = try api.asAdmin("PATCH", "/api/v1/activities/breicafe", json: bad, headers: ["If-Match: \"1\""])
            catalogueExpectProblem(response, 422, fields: ["version", "updated_at", "code", "name", "programme", "unit",
                                                           "sessions_per_unit", "colour"])
            let after = try api.call("GET", "/api/v1/activities/breicafe").json()
            #expect(after["version"]?.int64Value == 1)
            #expect(after["name"]?.stringValue == "Het Breicafé")
        }
    }

    /// The unit is part of every price row (`/prices`, its CSV, `/activities/{id}/prices`):
    /// changing it would change the published 2024–2026 price lists, which must be immutable.
    @Test func unitOfAnActivityWithPublishedPricesCannotChange() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let before = try api.call("GET", "/api/v1/prices?year=2024&programme=platform").text
            let response = try api.asAdmin("PATCH", "/api/v1/activities/breicafe", json: ["unit": "inhabitant"], headers: ["If-Match: \"1\""])
            catalogueExpectProblem(response, 409)
            #expect(try api.call("GET", "/api/v1/prices?year=2024&programme=platform").text == before)
            // An activity without published prices may still change its unit.
            try api.createActivity(code: "nieuw-per-sessie", name: "Nieuw per sessie")
            let free = try api.asAdmin("PATCH", "/api/v1/activities/nieuw-per-sessie", json: ["unit": "activity"], headers: ["If-Match: \"1\""])
            #expect(free.status == 200, "\(free)")
        }
    }

    @Test func deleteArchivesWithIfMatchAndKeepsReferencedActivities() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            // Activity 32 (IDO office hours) is on demo orders and registrations.
            let path = "/api/v1/activities/ido-spreekuur"
            catalogueExpectProblem(try api.asAdmin("DELETE", path), 428)
            catalogueExpectProblem(try api.asAdmin("DELETE", path, headers: ["If-Match: \"3\""]), 412)
            let archived = try api.asAdmin("DELETE", path, headers: ["If-Match: \"1\""])
            #expect(archived.status == 200, "\(archived)")
            #expect(archived.header("ETag") == "\"2\"")
            let again = try api.call("GET", path)
            #expect(again.status == 200)
            #expect(try again.json()["active"]?.boolValue == false)
            #expect(try app.writer.withConnection { db in
                try db.scalar("SELECT count(*) FROM activity WHERE id = 32", as: Int64.self)
            } == 1)
            // Reactivating is a PATCH of `active`.
            let back = try api.asAdmin("PATCH", path, json: ["active": true], headers: ["If-Match: \"2\""])
            #expect(try back.json()["active"]?.boolValue == true)
        }
    }
}
