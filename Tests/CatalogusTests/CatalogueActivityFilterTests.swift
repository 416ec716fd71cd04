import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// The filters of `/api/v1/activities`: programme, audience, format, active, year, modified_since.
@Suite struct CatalogueActivityFilterTests {
    @Test func everyUnknownFilterValueIsListed() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/activities?programme=sport&audience=aliens&format=podcast&active=maybe"
                                        + "&year=1999&modified_since=yesterday&q=%21%21")
            catalogueExpectProblem(response, 422, fields: ["programme", "audience", "format", "active", "year", "modified_since", "q"])
        }
    }

    @Test func filtersByProgrammeAudienceAndFormat() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let platform = try api.call("GET", "/api/v1/activities?programme=platform").catalogueItems
            #expect(platform.count == 8)
            #expect(platform.allSatisfy { $0["programme"]?.stringValue == "platform" })
            let children = try api.call("GET", "/api/v1/activities?audience=children").catalogueItems
            #expect(!children.isEmpty)
            #expect(children.allSatisfy { ($0["audiences"]?.arrayValue ?? []).contains("children") })
            let courses = try api.call("GET", "/api/v1/activities?format=course&programme=digitale-vaardigheden").catalogueItems
            #expect(Set(courses.compactMap { $0["code"]?.stringValue }) == ["klik-en-tik", "digisterker", "digivitaler", "cursus-smartphone"])
        }
    }

    @Test func activeFalseAndAllShowArchivedOnes() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let archived = try api.asAdmin("DELETE", "/api/v1/activities/breicafe", headers: ["If-Match: \"1\""])
            #expect(archived.status == 200, "\(archived)")
            #expect(try archived.json()["active"]?.boolValue == false)
            #expect(try archived.json()["version"]?.int64Value == 2)

            let single = try api.call("GET", "/api/v1/activities/\(CatalogueDemo.breicafeID)")
            #expect(single.status == 200)
            #expect(try single.json()["active"]?.boolValue == false)
            let active = try api.call("GET", "/api/v1/activities").catalogueItems
            #expect(active.count == CatalogueDemo.activityCount - 1)
            #expect(!active.contains { $0["code"]?.stringValue == "breicafe" })
            let inactive = try api.call("GET", "/api/v1/activities?active=false").catalogueItems
            #expect(inactive.compactMap { $0["code"]?.stringValue } == ["breicafe"])
            let all = try api.call("GET", "/api/v1/activities?active=all").catalogueItems
            #expect(all.count == CatalogueDemo.activityCount)
            #expect(try api.call("GET", "/api/v1/activities?active=true").catalogueItems.count == CatalogueDemo.activityCount - 1)
        }
    }

    @Test func yearAddsThePriceWithoutFiltering() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let added = try api.createActivity(code: "zonder-prijs", name: "Zonder prijs")
            let addedID = try #require(added["id"]?.int64Value)
            let items = try api.call("GET", "/api/v1/activities?year=2024").catalogueItems
            #expect(items.count == CatalogueDemo.activityCount + 1)
            let breicafe = try #require(items.first { $0["code"]?.stringValue == "breicafe" })
            #expect(breicafe["price"] == ["year": 2024, "unit_price_cents": 6500, "vat_rate": 9, "unit": "session"])
            let unpriced = try #require(items.first { $0["id"]?.int64Value == addedID })
            #expect(unpriced["price"]?.isNull == true)

            let future = try api.call("GET", "/api/v1/activities?year=2040").catalogueItems
            #expect(future.count == CatalogueDemo.activityCount + 1)
            #expect(future.allSatisfy { $0["price"]?.isNull == true })

            let one = try api.call("GET", "/api/v1/activities/breicafe?year=2024").json()
            #expect(one["price"]?["unit_price_cents"]?.int64Value == 6500)
            #expect(try api.call("GET", "/api/v1/activities/breicafe?year=2040").json()["price"]?.isNull == true)
            #expect(try api.call("GET", "/api/v1/activities/breicafe").json()["price"] == nil)
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities/breicafe?year=24&lang=en"), 422, fields: ["year", "lang"])
        }
    }

    @Test func modifiedSinceListsOnlyChangedActivities() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let since = catalogueQueryEncode("2025-01-01T00:00:00Z")
            #expect(try api.call("GET", "/api/v1/activities?modified_since=\(since)").catalogueItems.isEmpty)
            let patched = try api.asAdmin("PATCH", "/api/v1/activities/taalcafe", json: ["max_participants": 16],
                                          headers: ["If-Match: \"1\""])
            #expect(patched.status == 200, "\(patched)")
            let updatedAt = try #require(try patched.json()["updated_at"]?.stringValue)
            let changed = try api.call("GET", "/api/v1/activities?modified_since=\(since)").catalogueItems
            #expect(changed.compactMap { $0["code"]?.stringValue } == ["taalcafe"])
            // `>=`: the exact updated_at still matches; an offset is understood.
            let exact = try api.call("GET", "/api/v1/activities?modified_since=\(catalogueQueryEncode(updatedAt))").catalogueItems
            #expect(exact.compactMap { $0["code"]?.stringValue } == ["taalcafe"])
            let withOffset = try api.call("GET", "/api/v1/activities?modified_since=\(catalogueQueryEncode("2025-01-01T01:00:00+01:00"))")
            #expect(withOffset.catalogueItems.count == 1)
            let future = try api.call("GET", "/api/v1/activities?modified_since=\(catalogueQueryEncode("2199-01-01T00:00:00Z"))")
            #expect(future.status == 200)
            #expect(future.catalogueItems.isEmpty)
        }
    }
}
