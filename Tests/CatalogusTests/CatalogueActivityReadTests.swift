import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Reading activities: the default list, one by id or code, 405.
@Suite struct CatalogueActivityReadTests {
    static let activityFields: Set<String> = [
        "id", "code", "name", "summary", "description", "programme", "audiences", "format", "unit",
        "sessions_per_unit", "max_participants", "active", "version", "created_at", "updated_at",
    ]

    @Test func defaultListHasEveryActiveActivitySortedByName() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/activities")
            #expect(response.status == 200, "\(response)")
            let body = try response.json()
            let items = body.catalogueItems
            #expect(items.count == CatalogueDemo.activityCount)
            #expect(body["next_cursor"]?.isNull == true)
            let names = items.compactMap { $0["name"]?.stringValue }
            #expect(names == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
            for item in items {
                #expect(Set(item.objectValue?.keys ?? []) == Self.activityFields)
                #expect(item["active"]?.boolValue == true)
                #expect(item["price"] == nil)
            }
            let breicafe = try #require(items.first { $0["code"]?.stringValue == "breicafe" })
            #expect(breicafe["name"]?.stringValue == "Het Breicafé")
            #expect(breicafe["programme"]?.stringValue == "platform")
            #expect(breicafe["unit"]?.stringValue == "session")
            #expect(breicafe["created_at"]?.stringValue == "2024-01-01T00:00:00Z")
        }
    }

    @Test func getByIdOrCodeAndUnknownIs404() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let byID = try api.call("GET", "/api/v1/activities/\(CatalogueDemo.breicafeID)")
            let byCode = try api.call("GET", "/api/v1/activities/breicafe")
            #expect(byID.status == 200)
            #expect(try byID.json() == byCode.json())
            #expect(byID.header("ETag") == "\"1\"")
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities/999999"), 404)
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities/no-such-activity"), 404)
        }
    }

    @Test func wrongMethodIs405WithAllow() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.asAdmin("PUT", "/api/v1/activities/breicafe", json: ["name": "X"])
            catalogueExpectProblem(response, 405)
            let allow = Set((response.header("Allow") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(allow.isSuperset(of: ["GET", "PATCH", "DELETE"]), "\(response)")
            #expect(!allow.contains("PUT"))
        }
    }
}
