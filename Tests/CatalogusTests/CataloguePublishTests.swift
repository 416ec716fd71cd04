import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `POST /api/v1/prices/{year}/publish` (admin): a published year's prices are immutable.
@Suite struct CataloguePublishTests {
    @Test func publishingFreezesTheYear() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app, adminName: "publicist")
            try api.setPrice(activity: CatalogueDemo.breicafeID, year: 2030, cents: 7000, vat: 9)
            #expect(try api.call("GET", "/api/v1/prices?year=2030").json()["published"]?.boolValue == false)

            catalogueExpectProblem(try api.call("POST", "/api/v1/prices/2030/publish"), 401)
            let staff = try api.token(.staff, name: "medewerker")
            catalogueExpectProblem(try api.call("POST", "/api/v1/prices/2030/publish", token: staff), 403)

            let published = try api.asAdmin("POST", "/api/v1/prices/2030/publish")
            #expect(published.status == 200, "\(published)")
            let body = try published.json()
            #expect(body["year"]?.int64Value == 2030)
            #expect(body["published"]?.boolValue == true)
            #expect(body["published_at"]?.stringValue.flatMap(Timestamp.parse) != nil)
            #expect(try api.call("GET", "/api/v1/prices?year=2030").json()["published"]?.boolValue == true)

            catalogueExpectProblem(try api.asAdmin("PUT", "/api/v1/activities/breicafe/prices/2030",
                                                   json: ["unit_price_cents": 7100, "vat_rate": 9]), 409)
            catalogueExpectProblem(try api.asAdmin("PUT", "/api/v1/activities/koffieochtend/prices/2030",
                                                   json: ["unit_price_cents": 100, "vat_rate": 9]), 409)
            for overwrite in [false, true] {
                let index = try api.asAdmin("POST", "/api/v1/prices/indexations",
                                            json: ["from_year": 2026, "to_year": 2030, "percent": "2", "overwrite": .bool(overwrite)])
                catalogueExpectProblem(index, 409)
            }
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/prices/2030/publish"), 409)
            let prices = try api.call("GET", "/api/v1/activities/breicafe/prices").catalogueItems
            #expect(prices.first { $0["year"]?.int64Value == 2030 }?["unit_price_cents"]?.int64Value == 7000)
            #expect(try api.call("GET", "/api/v1/prices?year=2030").catalogueItems.count == 1)

            let audit = try api.audit(entity: "price_list", id: "2030")
            #expect(audit.compactMap { $0["action"]?.stringValue } == ["publish"])
            #expect(audit.first?["by"]?.stringValue == "publicist")
            #expect(audit.first?["after"]?["published"]?.boolValue == true)
        }
    }

    @Test func demoYearsArePublishedAndRefuseChanges() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.asAdmin("PUT", "/api/v1/activities/breicafe/prices/2026",
                                                   json: ["unit_price_cents": 1, "vat_rate": 9]), 409)
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/prices/2024/publish"), 409)
            #expect(try api.call("GET", "/api/v1/prices?year=2026").json()["published"]?.boolValue == true)
        }
    }

    @Test func publishingAYearWithoutPricesOrABadYearIs422() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/prices/2045/publish"), 422, fields: ["year"])
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/prices/next/publish"), 422, fields: ["year"])
            // A failed publish leaves the year open.
            try api.setPrice(activity: CatalogueDemo.breicafeID, year: 2045, cents: 1, vat: 0)
            #expect(try api.call("GET", "/api/v1/prices?year=2045").json()["published"]?.boolValue == false)
        }
    }
}
