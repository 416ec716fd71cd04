import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `GET /api/v1/prices?year=`: the price list of a year as JSON.
@Suite struct CataloguePriceListTests {
    @Test func priceListOfAYearIsSortedAndPaged() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/prices?year=2024")
            #expect(response.status == 200, "\(response)")
            let body = try response.json()
            #expect(body["year"]?.int64Value == 2024)
            #expect(body["published"]?.boolValue == true)
            let items = body.catalogueItems
            #expect(items.count == CatalogueDemo.activityCount)
            let breicafe = try #require(items.first { $0["activity"]?["code"]?.stringValue == "breicafe" })
            #expect(breicafe == [
                "activity": ["id": .integer(CatalogueDemo.breicafeID), "code": "breicafe", "name": "Het Breicafé"],
                "programme": "platform", "unit": "session", "unit_price_cents": 6500, "vat_rate": 9,
            ])
            let paged = try api.allItems("/api/v1/prices?year=2024", limit: 10)
            #expect(paged == items)
            let platform = try api.call("GET", "/api/v1/prices?year=2024&programme=platform").catalogueItems
            #expect(platform.count == 8)
            #expect(platform.allSatisfy { $0["programme"]?.stringValue == "platform" })

            let etag = try #require(response.header("ETag"))
            #expect(try api.call("GET", "/api/v1/prices?year=2024", headers: ["If-None-Match: \(etag)"]).status == 304)
            #expect(try api.call("GET", "/api/v1/prices?year=2025", headers: ["If-None-Match: \(etag)"]).status == 200)

            let open = try api.call("GET", "/api/v1/prices?year=2040").json()
            #expect(open["published"]?.boolValue == false)
            #expect(open.catalogueItems.isEmpty)
        }
    }

    @Test func priceListRejectsBadQueries() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.call("GET", "/api/v1/prices"), 422, fields: ["year"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/prices?year=next&programme=sport&limit=501&unit=session&sep=%7C&output=xml"),
                                   422, fields: ["year", "programme", "limit", "unit", "sep", "output"])
        }
    }

    /// docs/api.md#lists-and-paging: lists accept `modified_since`, and the price list is what clients sync.
    @Test func priceListAcceptsModifiedSince() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let since = catalogueQueryEncode("2025-01-01T00:00:00Z")
            let response = try api.call("GET", "/api/v1/prices?year=2024&modified_since=\(since)")
            #expect(response.status == 200, "\(response)")
            #expect(response.catalogueItems.isEmpty)
        }
    }
}
