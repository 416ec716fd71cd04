@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import HTTPParser
import HTTPServer
import Testing

/// The representation cache without a server: versions, what may be stored, the bound
/// on one entry, and the 304 made from a stored ETag.
@Suite struct RepresentationCacheUnitTests {
    static func answer(_ text: String, headers: HTTPHeaders = ["Content-Type": "application/json", "ETag": "W/\"abc\""]) -> HTTPResponse {
        HTTPResponse(status: 200, headers: headers, body: Array(text.utf8))
    }

    let request = HTTPRequest(method: "GET", target: "/api/v1/activities?limit=5")
    var key: RepresentationKey { RepresentationKey(request, visibility: .anonymous) }

    @Test func anEntryIsServedOnlyAtTheVersionItWasMadeAt() throws {
        let cache = RepresentationCache(capacityBytes: 1 << 20)
        cache.store(try #require(CachedRepresentation(Self.answer("[1]"), version: 7)), for: key)
        #expect(cache.lookup(key, version: 7)?.body == Array("[1]".utf8))
        #expect(cache.lookup(key, version: 8) == nil)
        // Once version 8 has been seen, the old entry is gone, and an answer made at 7
        // (by a request that began before the commit) is not kept.
        #expect(cache.counters.entries == 0 && cache.counters.invalidations == 1)
        cache.store(try #require(CachedRepresentation(Self.answer("[1]"), version: 7)), for: key)
        #expect(cache.lookup(key, version: 7) == nil)
        #expect(cache.counters.stores == 1 && cache.counters.hits == 1 && cache.counters.misses == 2)
    }

    @Test func answersWithPerRequestFieldsOrWithoutAnETagAreNotStorable() {
        #expect(CachedRepresentation(Self.answer("{}"), version: 1) != nil)
        #expect(CachedRepresentation(Self.answer("{}", headers: ["Content-Type": "application/json"]), version: 1) == nil)
        #expect(CachedRepresentation(Self.answer("{}", headers: ["ETag": "\"1\"", "Set-Cookie": "a=b"]), version: 1) == nil)
        #expect(CachedRepresentation(Self.answer("{}", headers: ["ETag": "\"1\"", "Retry-After": "1"]), version: 1) == nil)
        var created = Self.answer("{}")
        created.status = 201
        #expect(CachedRepresentation(created, version: 1) == nil)
    }

    @Test func oneEntryTakesAtMostAnEighthOfTheBudget() throws {
        let cache = RepresentationCache(capacityBytes: 64 * 1024)
        let small = try #require(CachedRepresentation(Self.answer(String(repeating: "x", count: 3000)), version: 1))
        let large = try #require(CachedRepresentation(Self.answer(String(repeating: "x", count: 5000)), version: 1))
        #expect(small.cost <= 8 * 1024 && large.cost > 8 * 1024)
        cache.store(large, for: key)
        #expect(cache.lookup(key, version: 1) == nil)
        cache.store(small, for: key)
        #expect(cache.lookup(key, version: 1) != nil)
    }

    @Test func aMatchingIfNoneMatchGetsA304WithTheStoredFieldsButContentType() throws {
        let headers: HTTPHeaders = ["ETag": "W/\"abc\"", "Content-Type": "text/csv", "Link": "<x>; rel=\"next\""]
        let entry = try #require(CachedRepresentation(Self.answer("a,b", headers: headers), version: 1))
        var conditional = request
        conditional.headers.add(name: "If-None-Match", value: "\"abc\"")
        let notModified = entry.response(to: conditional)
        #expect(notModified.status == 304 && notModified.body.isEmpty)
        #expect(notModified.headers["ETag"] == "W/\"abc\"" && notModified.headers["Link"] == "<x>; rel=\"next\"")
        #expect(notModified.headers["Content-Type"] == nil)
        conditional.headers.set(name: "If-None-Match", value: "W/\"other\"")
        #expect(entry.response(to: conditional).status == 200)
    }

    @Test func theKeyTellsCallersRepresentationsAndQueriesApart() {
        func key(_ target: String, _ headers: HTTPHeaders = [:], _ visibility: Visibility = .anonymous) -> RepresentationKey {
            RepresentationKey(HTTPRequest(method: "GET", target: target, headers: headers), visibility: visibility)
        }
        #expect(key("/p?year=2024") == key("/p?year=%32024"))
        #expect(key("/p?year=2024") == RepresentationKey(HTTPRequest(method: "HEAD", target: "/p?year=2024"), visibility: .anonymous))
        #expect(key("/p?q=a+b") == key("/p?q=a%20b"))
        #expect(key("/p?a=1%262") != key("/p?a=1&2"))  // one value "1&2", or two parameters
        #expect(key("/p?a=1&b=2") != key("/p?b=2&a=1"))  // a page's Link repeats the order
        #expect(key("/p?year=2024") != key("/p?year=2024", ["Accept": "text/csv"]))
        #expect(key("/p?year=2024&output=csv&sep=;") != key("/p?year=2024&output=csv"))
        let assen = Visibility(role: .municipality, municipality: "assen")
        let emmen = Visibility(role: .municipality, municipality: "emmen")
        #expect(key("/p", [:], assen) != key("/p", [:], emmen))
        #expect(key("/p", [:], assen) != key("/p"))
        #expect(key("/p", [:], Visibility(role: .viewer, municipality: nil)) != key("/p", [:], Visibility(role: .admin, municipality: nil)))
    }
}
