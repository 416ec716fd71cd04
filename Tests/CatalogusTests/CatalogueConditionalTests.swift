import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// ETags, If-None-Match (304) and If-Match (RFC 9110 §13) on activities.
@Suite struct CatalogueConditionalTests {
    /// RFC 9110 §13.1.1: If-Match compares strongly, so a weak tag never matches.
    @Test func ifMatchRefusesAWeakTag() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let weak = try api.asAdmin("PATCH", "/api/v1/activities/breicafe", json: ["max_participants": 21], headers: ["If-Match: W/\"1\""])
            catalogueExpectProblem(weak, 412)
        }
    }

    @Test func ifMatchTakesAListOrAStar() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let listed = try api.asAdmin("PATCH", "/api/v1/activities/breicafe", json: ["max_participants": 22],
                                         headers: ["If-Match: \"5\", \"1\""])
            #expect(listed.status == 200, "\(listed)")
            let any = try api.asAdmin("PATCH", "/api/v1/activities/breicafe", json: ["max_participants": 23], headers: ["If-Match: *"])
            #expect(any.status == 200, "\(any)")
            #expect(try any.json()["version"]?.int64Value == 3)
        }
    }

    /// The `?year=` representation carries the price: a new price is a new representation,
    /// so the old ETag must not earn a 304 (RFC 9110 §8.8.3).
    @Test func etagOfAnActivityWithYearChangesWithItsPrice() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let before = try api.call("GET", "/api/v1/activities/breicafe?year=2027")
            #expect(try before.json()["price"]?.isNull == true)
            let etag = try #require(before.header("ETag"))
            try api.setPrice(activity: CatalogueDemo.breicafeID, year: 2027, cents: 7000, vat: 9)
            let after = try api.call("GET", "/api/v1/activities/breicafe?year=2027", headers: ["If-None-Match: \(etag)"])
            #expect(after.status == 200, "\(after)")
            if after.status == 200 { #expect(try after.json()["price"]?["unit_price_cents"]?.int64Value == 7000) }
        }
    }

    @Test func conditionalGetsOnSingleAndList() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let single = try api.call("GET", "/api/v1/activities/breicafe", headers: ["If-None-Match: \"1\""])
            #expect(single.status == 304, "\(single)")
            #expect(single.body.isEmpty)
            #expect(try api.call("GET", "/api/v1/activities/breicafe", headers: ["If-None-Match: \"2\""]).status == 200)

            let list = try api.call("GET", "/api/v1/activities?programme=platform")
            let etag = try #require(list.header("ETag"))
            #expect(try api.call("GET", "/api/v1/activities?programme=platform", headers: ["If-None-Match: \(etag)"]).status == 304)
            _ = try api.asAdmin("PATCH", "/api/v1/activities/breicafe", json: ["summary": "Breien en haken."], headers: ["If-Match: \"1\""])
            let changed = try api.call("GET", "/api/v1/activities?programme=platform", headers: ["If-None-Match: \(etag)"])
            #expect(changed.status == 200)
            #expect(changed.header("ETag") != etag)
            #expect(try api.call("GET", "/api/v1/activities/breicafe", headers: ["If-None-Match: \"1\""]).status == 200)
        }
    }
}
