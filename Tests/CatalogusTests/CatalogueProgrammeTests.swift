import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `GET /api/v1/programmes`: the five programme areas.
@Suite struct CatalogueProgrammeTests {
    @Test func programmesListsTheFiveInOrderForAnyone() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/programmes")
            #expect(response.status == 200, "\(response)")
            #expect(response.header("Content-Type") == "application/json; charset=utf-8")
            let body = try response.json()
            let codes = body.catalogueItems.compactMap { $0["code"]?.stringValue }
            #expect(codes == ["leren-en-ontwikkelen", "leesbevordering", "geletterdheid", "digitale-vaardigheden", "platform"])
            for item in body.catalogueItems {
                #expect(item["name"]?.stringValue?.isEmpty == false)
                #expect(item["description"]?.stringValue?.isEmpty == false)
            }
            #expect(body["next_cursor"]?.isNull == true)
            catalogueExpectProblem(try api.call("GET", "/api/v1/programmes?colour=red"), 422, fields: ["colour"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/programmes?limit=501"), 422, fields: ["limit"])
        }
    }

    /// docs/api.md#lists-and-paging: every list takes `limit` and `cursor`, the programmes included.
    @Test func programmesArePagedWithLimitAndCursor() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let first = try api.call("GET", "/api/v1/programmes?limit=2")
            #expect(first.status == 200, "\(first)")
            #expect(first.catalogueItems.count == 2)
            let all = try api.allItems("/api/v1/programmes", limit: 2)
            #expect(all.compactMap { $0["code"]?.stringValue }.count == 5)
        }
    }

    @Test func programmesAnswerIfNoneMatchWith304() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let first = try api.call("GET", "/api/v1/programmes")
            let etag = try #require(first.header("ETag"))
            let again = try api.call("GET", "/api/v1/programmes", headers: ["If-None-Match: \(etag)"])
            #expect(again.status == 304, "\(again)")
            #expect(again.body.isEmpty)
            #expect(again.header("ETag") == etag)
        }
    }
}
