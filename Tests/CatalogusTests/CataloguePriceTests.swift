import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// An activity's prices per year: reading them and `PUT` (admin).
@Suite struct CataloguePriceTests {
    @Test func activityPricesListEveryYearForAnyone() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/activities/breicafe/prices")
            #expect(response.status == 200, "\(response)")
            let body = try response.json()
            #expect(body["next_cursor"]?.isNull == true)
            let items = body.catalogueItems
            #expect(items.compactMap { $0["year"]?.int64Value } == [2024, 2025, 2026])
            #expect(items.compactMap { $0["unit_price_cents"]?.int64Value } == [6500, 6708, 6896])
            #expect(items.allSatisfy { $0["vat_rate"]?.int64Value == 9 && $0["unit"]?.stringValue == "session" })
            #expect(try api.call("GET", "/api/v1/activities/\(CatalogueDemo.breicafeID)/prices").json() == body)
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities/nope/prices"), 404)
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities/breicafe/prices?year=2024x"), 422, fields: ["year"])
        }
    }

    /// docs/api.md#lists-and-paging: every list, an activity's prices included, is {items, next_cursor} and takes `limit`.
    @Test func activityPricesArePagedWithLimit() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let all = try api.allItems("/api/v1/activities/breicafe/prices", limit: 2)
            #expect(all.compactMap { $0["year"]?.int64Value } == [2024, 2025, 2026])
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities/breicafe/prices?limit=501"), 422, fields: ["limit"])
        }
    }

    @Test func putPriceCreatesThenReplacesAndIsAudited() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app, adminName: "prijzen")
            let path = "/api/v1/activities/breicafe/prices/2027"
            let created = try api.asAdmin("PUT", path, json: ["unit_price_cents": 7000, "vat_rate": 9])
            #expect(created.status == 201, "\(created)")
            #expect(try created.json() == ["year": 2027, "unit_price_cents": 7000, "vat_rate": 9, "unit": "session"])
            let replaced = try api.asAdmin("PUT", path, json: ["unit_price_cents": 7100, "vat_rate": 21, "year": 2027])
            #expect(replaced.status == 200, "\(replaced)")
            let prices = try api.call("GET", "/api/v1/activities/breicafe/prices").catalogueItems
            let row = prices.first { $0["year"]?.int64Value == 2027 }
            #expect(row?["unit_price_cents"]?.int64Value == 7100)
            #expect(row?["vat_rate"]?.int64Value == 21)

            let audit = try api.audit(entity: "price", id: "\(CatalogueDemo.breicafeID)/2027")
            #expect(audit.compactMap { $0["action"]?.stringValue } == ["update", "create"])
            #expect(audit.allSatisfy { $0["by"]?.stringValue == "prijzen" })
            #expect(audit[0]["before"]?["unit_price_cents"]?.int64Value == 7000)
            #expect(audit[0]["after"]?["unit_price_cents"]?.int64Value == 7100)
            #expect(audit[1]["before"]?.isNull == true)
        }
    }

    @Test func putPriceListsEveryBadFieldAndChecksRoles() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let path = "/api/v1/activities/breicafe/prices/2027"
            catalogueExpectProblem(try api.asAdmin("PUT", path, json: ["unit_price_cents": -1, "vat_rate": 10, "year": 2028, "currency": "EUR"]),
                                   422, fields: ["unit_price_cents", "vat_rate", "year", "currency"])
            catalogueExpectProblem(try api.asAdmin("PUT", path, json: ["unit_price_cents": .number(JSONNumber(text: "12.5")), "vat_rate": "9"]), 422,
                                   fields: ["unit_price_cents", "vat_rate"])
            catalogueExpectProblem(try api.asAdmin("PUT", path, json: [:]), 422, fields: ["unit_price_cents", "vat_rate"])
            catalogueExpectProblem(try api.asAdmin("PUT", "/api/v1/activities/breicafe/prices/1999",
                                                   json: ["unit_price_cents": 1, "vat_rate": 9]), 422, fields: ["year"])
            catalogueExpectProblem(try api.asAdmin("PUT", "/api/v1/activities/nope/prices/2027",
                                                   json: ["unit_price_cents": 1, "vat_rate": 9]), 404)
            let body: JSONValue = ["unit_price_cents": 1, "vat_rate": 9]
            catalogueExpectProblem(try api.call("PUT", path, json: body), 401)
            for role in [Role.staff, .viewer] {
                catalogueExpectProblem(try api.call("PUT", path, token: try api.token(role, name: "r-\(role.rawValue)"), json: body), 403)
            }
            let own = try api.token(.municipality, municipality: "assen", name: "assen")
            catalogueExpectProblem(try api.call("PUT", path, token: own, json: body), 403)
            #expect(try api.call("GET", "/api/v1/activities/breicafe/prices").catalogueItems.count == 3)
        }
    }
}
