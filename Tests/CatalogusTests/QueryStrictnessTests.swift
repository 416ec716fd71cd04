@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import HTTPServer
import JSON
import Testing

/// A parameter given twice is refused (400 naming it), and the `Link` of a CSV page is
/// built from parsed, re-encoded values, never from the raw query (issue 10).
@Suite struct QueryStrictnessTests {
    @Test func aRepeatedParameterIsRefusedNamingIt() throws {
        try withDemoApp { app in
            let injected = "/api/v1/prices?year=2026&output=csv&limit=1&limit=1%3E;rel=%22next%22,%3Chttps://evil.example/steal"
            let response = try app.client().get(injected, headers: ["Connection: close"])
            catalogueExpectProblem(response, 400)
            #expect(try response.json()["code"]?.stringValue == "request.repeated_parameter", "\(response)")
            #expect(try response.json()["params"]?["name"]?.stringValue == "limit", "\(response)")
            #expect(response.header("Link") == nil)
            for path in ["/api/v1/activities?q=a&q=b", "/api/v1/stats/overview?year=2024&year=2025", "/healthz?x=1&x=2"] {
                catalogueExpectProblem(try app.client().get(path, headers: ["Connection: close"]), 400)
            }
        }
    }

    @Test func theNextLinkCarriesOnlyReencodedParameters() throws {
        try withDemoApp { app in
            let first = try app.client().get("/api/v1/prices?year=2026&output=csv&sep=%3B&limit=2", headers: ["Connection: close"])
            #expect(first.status == 200, "\(first)")
            let link = try #require(first.header("Link"))
            // One target between one pair of angle brackets, then the relation.
            #expect(link.filter { $0 == "<" }.count == 1 && link.filter { $0 == ">" }.count == 1, "\(link)")
            #expect(link.hasPrefix("</api/v1/prices?") && link.hasSuffix(">; rel=\"next\""), "\(link)")
            #expect(link.contains("sep=%3B"), "\(link)")
            let target = String(link.dropFirst().prefix { $0 != ">" })
            let second = try app.client().get(target, headers: ["Connection: close"])
            #expect(second.status == 200, "\(second)")
            let header = try #require(first.text.split(whereSeparator: \.isNewline).first)
            #expect(second.text.hasPrefix(header), "the same header row")
            #expect(second.text != first.text)
        }
    }

    @Test func encodingLeavesOnlyUnreservedCharacters() {
        #expect(QueryEncoding.encode("a-Z_0.9~") == "a-Z_0.9~")
        #expect(QueryEncoding.encode("1>;rel=\"next\",<x") == "1%3E%3Brel%3D%22next%22%2C%3Cx")
        #expect(QueryEncoding.encode("é ") == "%C3%A9%20")
        #expect(QueryStrictnessMiddleware.firstRepeatedName(QueryParameters(parsing: "a=1&b=2&a=3")) == "a")
        #expect(QueryStrictnessMiddleware.firstRepeatedName(QueryParameters(parsing: "a=1&b=2")) == nil)
    }
}
