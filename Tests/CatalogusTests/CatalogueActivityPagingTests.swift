import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Keyset pagination of `/api/v1/activities`: `limit`, `cursor`, stable under inserts.
@Suite struct CatalogueActivityPagingTests {
    @Test func smallPagesWalkTheSameListWithoutGapsOrRepeats() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let whole = try api.call("GET", "/api/v1/activities?limit=500").catalogueItems.compactMap { $0["id"]?.int64Value }
            let paged = try api.allItems("/api/v1/activities", limit: 7).compactMap { $0["id"]?.int64Value }
            #expect(whole.count == CatalogueDemo.activityCount)
            #expect(paged == whole)
        }
    }

    @Test func cursorIsStableUnderInserts() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let before = try api.call("GET", "/api/v1/activities?limit=500").catalogueItems.compactMap { $0["id"]?.int64Value }
            let first = try api.call("GET", "/api/v1/activities?limit=10").json()
            let firstIDs = first.catalogueItems.compactMap { $0["id"]?.int64Value }
            let cursor = try #require(first["next_cursor"]?.stringValue)
            #expect(firstIDs == Array(before.prefix(10)))

            // "AAA" sorts before every demo name, so before the cursor; "zzz" after it.
            let early = try api.createActivity(code: "aaa-vooraan", name: "AAA Vooraan")
            let late = try api.createActivity(code: "zzz-achteraan", name: "zzz achteraan")
            let earlyID = try #require(early["id"]?.int64Value)
            let lateID = try #require(late["id"]?.int64Value)

            var rest: [Int64] = []
            var next: String? = cursor
            while let current = next {
                let page = try api.call("GET", "/api/v1/activities?limit=10&cursor=\(catalogueQueryEncode(current))").json()
                rest += page.catalogueItems.compactMap { $0["id"]?.int64Value }
                next = page["next_cursor"]?.stringValue
            }
            let seen = firstIDs + rest
            #expect(Set(seen).count == seen.count, "duplicates in \(seen)")
            #expect(Set(before).isSubset(of: Set(seen)), "pre-existing rows skipped")
            #expect(!rest.contains(earlyID))
            #expect(rest.contains(lateID))
        }
    }

    @Test func listRejectsBadLimitCursorAndUnknownParameters() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities?limit=501"), 422, fields: ["limit"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities?limit=ten"), 422, fields: ["limit"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities?cursor=not-ours"), 422, fields: ["cursor"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities?sort=name"), 422, fields: ["sort"])
            #expect(try api.call("GET", "/api/v1/activities?limit=500").status == 200)
        }
    }
}
