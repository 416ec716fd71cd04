import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Reading municipalities: list, paging, modified_since, one by slug, ETags.
@Suite struct CatalogueMunicipalityTests {
    @Test func municipalitiesListPagesBySlugWithInhabitantsAndLocations() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let all = try api.allItems("/api/v1/municipalities", limit: 5)
            let slugs = all.compactMap { $0["slug"]?.stringValue }
            #expect(slugs.count == CatalogueDemo.municipalityCount)
            #expect(slugs == slugs.sorted())
            #expect(Set(slugs).count == slugs.count)
            let midden = try #require(all.first { $0["slug"]?.stringValue == "midden-drenthe" })
            #expect(midden["cbs_code"]?.stringValue == "GM1731")
            #expect(midden["name"]?.stringValue == "Midden-Drenthe")
            let inhabitants = midden["inhabitants"]?.arrayValue ?? []
            #expect(inhabitants.contains { $0["year"]?.int64Value == 2024 && $0["count"]?.int64Value == 34021 })
            #expect(midden["locations"]?.arrayValue?.count == CatalogueDemo.middenDrentheLocations)
            #expect(midden["version"]?.int64Value == 1)
        }
    }

    @Test func municipalitiesListRejectsBadQueries() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.call("GET", "/api/v1/municipalities?limit=501"), 422, fields: ["limit"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/municipalities?limit=0"), 422, fields: ["limit"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/municipalities?cursor=%21%21"), 422, fields: ["cursor"])
            catalogueExpectProblem(try api.call("GET", "/api/v1/municipalities?province=drenthe&modified_since=yesterday"), 422,
                                   fields: ["province", "modified_since"])
            #expect(try api.call("GET", "/api/v1/municipalities?limit=500").status == 200)
        }
    }

    @Test func municipalitiesModifiedSinceShowsOnlyChangedOnes() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let since = catalogueQueryEncode("2025-01-01T00:00:00Z")
            #expect(try api.call("GET", "/api/v1/municipalities?modified_since=\(since)").catalogueItems.isEmpty)
            let put = try api.asAdmin("PUT", "/api/v1/municipalities/assen/inhabitants/2027", json: ["count": 70500])
            #expect(put.status == 201, "\(put)")
            let changed = try api.call("GET", "/api/v1/municipalities?modified_since=\(since)").catalogueItems
            #expect(changed.compactMap { $0["slug"]?.stringValue } == ["assen"])
        }
    }

    @Test func oneMunicipalityHasAnETagAndAnswers304And404() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/municipalities/midden-drenthe")
            #expect(response.status == 200, "\(response)")
            #expect(response.header("ETag") == "\"1\"")
            #expect(try response.json()["slug"]?.stringValue == "midden-drenthe")
            let cached = try api.call("GET", "/api/v1/municipalities/midden-drenthe", headers: ["If-None-Match: \"1\""])
            #expect(cached.status == 304, "\(cached)")
            catalogueExpectProblem(try api.call("GET", "/api/v1/municipalities/atlantis"), 404)
        }
    }

    /// A municipality's body holds its inhabitants and locations: when they change, so must
    /// its ETag (else If-None-Match earns a stale 304) and its updated_at (else modified_since misses it).
    @Test func municipalityETagChangesWithItsInhabitants() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let before = try api.call("GET", "/api/v1/municipalities/assen")
            let etag = try #require(before.header("ETag"))
            let put = try api.asAdmin("PUT", "/api/v1/municipalities/assen/inhabitants/2027", json: ["count": 70500])
            #expect(put.status == 201, "\(put)")
            let after = try api.call("GET", "/api/v1/municipalities/assen", headers: ["If-None-Match: \(etag)"])
            #expect(after.status == 200, "\(after)")
        }
    }

    @Test func municipalityETagAndUpdatedAtChangeWithItsLocations() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let before = try api.call("GET", "/api/v1/municipalities/assen")
            let etag = try #require(before.header("ETag"))
            let created = try api.asAdmin("POST", "/api/v1/locations",
                                          json: ["municipality": "assen", "name": "Servicepunt Marsdijk", "kind": "service_point"])
            #expect(created.status == 201, "\(created)")
            let after = try api.call("GET", "/api/v1/municipalities/assen", headers: ["If-None-Match: \(etag)"])
            #expect(after.status == 200, "\(after)")
            let since = catalogueQueryEncode("2025-01-01T00:00:00Z")
            let changed = try api.call("GET", "/api/v1/municipalities?modified_since=\(since)").catalogueItems
            #expect(changed.compactMap { $0["slug"]?.stringValue } == ["assen"])
        }
    }

    @Test func oneMunicipalityRejectsUnknownQueryParameters() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.call("GET", "/api/v1/municipalities/assen?expand=all"), 422, fields: ["expand"])
        }
    }
}
