import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import JSON
import Testing

/// Every answer the server may give an operation is in /openapi.json, so that the
/// schemathesis run cannot fail on one it happens to provoke: a malformed request (400),
/// a wrong token (401), the rate limit (429) and overload (503) anywhere; a body too
/// large (413) or not JSON (415) wherever a body is read.
@Suite struct OpenAPICommonResponsesTests {
    @Test func everyOperationDocumentsTheResponsesEveryRequestCanGet() throws {
        try withRunningApp { app in
            let response = try app.client().get("/openapi.json")
            try #require(response.status == 200)
            let paths = try #require(try response.json()["paths"]?.objectValue)
            var operations = 0
            for (path, item) in paths {
                for (method, operation) in try #require(item.objectValue) {
                    operations += 1
                    let documented = Set(try #require(operation["responses"]?.objectValue).keys)
                    var expected: Set<String> = ["400", "401", "429", "503"]
                    if operation["requestBody"] != nil { expected.formUnion(["413", "415"]) }
                    #expect(expected.isSubset(of: documented), "\(method.uppercased()) \(path) lacks \(expected.subtracting(documented).sorted())")
                    // The shared descriptions, whose Retry-After the client needs.
                    for (status, name) in [("429", "TooManyRequests"), ("503", "Unavailable")] {
                        #expect(operation["responses"]?[status]?["$ref"]?.stringValue == "#/components/responses/\(name)",
                                "\(method.uppercased()) \(path) \(status)")
                    }
                }
            }
            #expect(operations > 40)
        }
    }

    @Test func throttledAndOverloadedResponsesCarryRetryAfter() throws {
        try withRunningApp { app in
            let document = try app.client().get("/openapi.json").json()
            for name in ["TooManyRequests", "Unavailable"] {
                #expect(document["components"]?["responses"]?[name]?["headers"]?["Retry-After"] != nil, "\(name)")
            }
        }
    }
}
