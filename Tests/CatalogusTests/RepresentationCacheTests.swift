@testable import Catalogus
@testable import CatalogusAPI
@testable import CatalogusDomain
@testable import CatalogusServices
@testable import CatalogusStorage
@testable import CatalogusWeb
import Foundation
import JSON
import Testing
import TestSupport

/// The representation cache through the real server (two event loops, a real SQLite
/// file): identical answers from it, never stale after a write, never shown to another
/// class of caller, bounded, counted, conditional and compressed like the handler's own.
@Suite struct RepresentationCacheTests {
    static let list = "/api/v1/activities?limit=50"

    /// A request on a new connection (`Connection: close`, so that a 304 ends cleanly).
    static func get(_ app: RunningApp, _ path: String, token: String? = nil, headers: [String] = []) throws -> TestResponse {
        try app.client().request("GET", path, token: token, headers: headers + ["Connection: close"])
    }

    @Test func aHitRepeatsTheMissByteForByteWithItsOwnRequestID() throws {
        try withDemoApp { app in
            let cache = app.services.representations
            for path in [Self.list, "/api/v1/activities/1", "/api/v1/prices?year=2026&output=csv", "/api/v1/municipalities",
                         "/api/v1/programmes"] {
                let before = cache.counters
                let first = try Self.get(app, path)
                let second = try Self.get(app, path)
                #expect(first.status == 200, "\(path): \(first)")
                #expect(second.body == first.body && !first.body.isEmpty, "\(path)")
                for field in ["ETag", "Content-Type", "Content-Disposition", "Link"] {
                    #expect(second.header(field) == first.header(field), "\(path): \(field)")
                }
                #expect(first.header("ETag") != nil)
                #expect(second.header("X-Request-Id") != first.header("X-Request-Id"), "\(path)")
                let after = cache.counters
                #expect(after.misses == before.misses + 1 && after.hits == before.hits + 1, "\(path): \(before) → \(after)")
            }
        }
    }

    /// JSON, CSV and a workbook of the same path and query are three entries: `Accept`
    /// alone tells them apart, and whichever was cached first never answers the others.
    @Test func acceptsFormatsAreEntriesOfTheirOwn() throws {
        try withDemoApp { app in
            let path = "/api/v1/prices?year=2026"
            let accepts = ["Accept: application/json", "Accept: text/csv", "Accept: \(Workbook.contentType)"]
            for round in 0..<2 {
                for accept in round == 0 ? accepts : accepts.reversed() {
                    let answer = try Self.get(app, path, headers: [accept])
                    #expect(answer.status == 200, "\(accept): \(answer)")
                    let type = answer.header("Content-Type") ?? ""
                    switch accept {
                    case accepts[0]: #expect(type.hasPrefix("application/json") && answer.body.first == UInt8(ascii: "{"))
                    case accepts[1]: #expect(type.hasPrefix("text/csv"))
                    default: #expect(type == Workbook.contentType && answer.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
                    }
                }
            }
            #expect(app.services.representations.counters.hits >= 3)
        }
    }

    /// Each round caches the list and the activity on several keep-alive connections (the
    /// two loops take them as they come), changes the activity on another connection, and
    /// reads at once on every reader: each must see the change that was acknowledged.
    @Test func aReadAfterAWriteSeesItOnEveryConnection() throws {
        try withDemoApp { app in
            let admin = try app.createToken(role: .admin, name: "cache-writer").token
            let writer = try app.client()
            let readers = try (0..<6).map { _ in try app.client() }
            var etag = try #require(try writer.request("GET", "/api/v1/activities/1").header("ETag"))
            for round in 1...40 {
                for reader in readers {
                    _ = try reader.request("GET", "/api/v1/activities/1")
                    _ = try reader.request("GET", Self.list)
                }
                let name = "Cache round \(round)"
                let changed = try writer.request("PATCH", "/api/v1/activities/1", token: admin, json: ["name": .string(name)],
                                                 headers: ["If-Match: \(etag)"])
                try #require(changed.status == 200, "round \(round): \(changed)")
                etag = try #require(changed.header("ETag"))
                for (index, reader) in readers.enumerated() {
                    let one = try reader.request("GET", "/api/v1/activities/1").json()
                    #expect(one["name"]?.stringValue == name, "round \(round), reader \(index)")
                    let items = try reader.request("GET", Self.list).json()["items"]?.arrayValue ?? []
                    #expect(items.contains { $0["id"]?.int64Value == 1 && $0["name"]?.stringValue == name }, "round \(round), reader \(index)")
                }
            }
            // The cache was in play: the readers' repeated reads were hits.
            #expect(app.services.representations.counters.hits >= 40 * 6)
        }
    }

    /// The time series shows a municipality token its own municipality only: each caller's
    /// answer is served again from the cache to its own class and to no other.
    @Test func aCallersCachedAnswerIsNeverShownToAnotherClass() throws {
        try withDemoApp { app in
            let path = "/api/v1/stats/timeseries?measure=activities&interval=year&from=2023-01-01&to=2024-12-31"
            let emmen = try app.createToken(role: .municipality, municipality: "emmen", name: "emmen").token
            let midden = try app.createToken(role: .municipality, municipality: "midden-drenthe", name: "midden").token
            let viewer = try app.createToken(role: .viewer, name: "viewer").token
            // Tokens are marked used by a write at first use; use each once before reading.
            for token in [emmen, midden, viewer] { _ = try Self.get(app, "/api/v1/programmes", token: token) }
            let first = try [emmen, midden, viewer].map { try Self.get(app, path, token: $0) }
            #expect(first.allSatisfy { $0.status == 200 }, "\(first)")
            // Emmen has no registrations in the demo data, Midden-Drenthe all of them: the
            // answers must differ, or this test would prove nothing.
            #expect(first[0].body != first[1].body && first[0].body != first[2].body, "\(first.map(\.text))")
            let hitsBefore = app.services.representations.counters.hits
            for _ in 0..<2 {
                for (index, token) in [emmen, midden, viewer].enumerated() {
                    #expect(try Self.get(app, path, token: token).body == first[index].body)
                }
            }
            // (Not an exact count: a token's use is recorded, a commit, at most once a minute.)
            #expect(app.services.representations.counters.hits > hitsBefore)
            catalogueExpectProblem(try Self.get(app, path), 401)
            catalogueExpectProblem(try Self.get(app, path + "&municipality=emmen", token: midden), 403)
            // The report: one municipality's cached report is refused to another.
            let report = "/api/v1/stats/municipalities/emmen?year=2024"
            #expect(try Self.get(app, report, token: emmen).status == 200)
            #expect(try Self.get(app, report, token: emmen).status == 200)
            catalogueExpectProblem(try Self.get(app, report, token: midden), 403)
            catalogueExpectProblem(try Self.get(app, report), 401)
        }
    }

    @Test func theBudgetBoundsTheBytesHeldAndTheOldestGoFirst() throws {
        try withDemoApp(configure: { $0.cacheBytes = 64 * 1024 }) { app in
            let cache = app.services.representations
            let paths = (1...40).map { "/api/v1/activities?limit=\($0 % 3 + 1)&active=all&year=\(2000 + $0)" }
            for path in paths { #expect(try Self.get(app, path).status == 200, "\(path)") }
            let full = cache.counters
            #expect(full.stores == 40 && full.evictions > 0, "\(full)")
            #expect(full.bytes <= 64 * 1024 && full.entries < 40 && full.entries > 1, "\(full)")
            // The newest is still there; the first was dropped to make room.
            _ = try Self.get(app, paths[39])
            #expect(cache.counters.hits == full.hits + 1)
            _ = try Self.get(app, paths[0])
            #expect(cache.counters.misses == full.misses + 1)
        }
    }

    @Test func metricsReportTheCounters() throws {
        try withDemoApp(configure: { $0.publicMetrics = true }) { app in
            for _ in 0..<3 { _ = try Self.get(app, Self.list) }
            let text = try Self.get(app, "/metrics").text
            #expect(text.contains("catalogus_cache_hits_total 2\n"), "\(text.suffix(900))")
            #expect(text.contains("catalogus_cache_misses_total 1\n"))
            #expect(text.contains("catalogus_cache_entries 1\n"))
            #expect(text.contains("catalogus_cache_capacity_bytes \(64 << 20)\n"))
            let bytes = text.split(separator: "\n").first { $0.hasPrefix("catalogus_cache_bytes ") }
            #expect(Int(bytes?.split(separator: " ").last ?? "") ?? 0 > 2 * 30_000)
        }
    }

    @Test func aMatchingETagIsA304FromTheCacheAndFromAMiss() throws {
        try withDemoApp { app in
            let first = try Self.get(app, Self.list)
            let etag = try #require(first.header("ETag"))
            let hits = app.services.representations.counters.hits
            let notModified = try Self.get(app, Self.list, headers: ["If-None-Match: \(etag)"])
            #expect(notModified.status == 304 && notModified.body.isEmpty && notModified.header("ETag") == etag)
            #expect(app.services.representations.counters.hits == hits + 1)
            // After a commit the entry is gone; a conditional miss still answers 304 and
            // leaves the 200 in the cache for the next reader.
            _ = try app.createToken(role: .viewer, name: "a commit")
            #expect(try Self.get(app, Self.list, headers: ["If-None-Match: \(etag)"]).status == 304)
            let again = try Self.get(app, Self.list)
            #expect(again.status == 200 && again.body == first.body)
            #expect(app.services.representations.counters.hits == hits + 2)
            #expect(try Self.get(app, Self.list, headers: ["If-None-Match: W/\"other\""]).status == 200)
        }
    }

    @Test func theGzipVariantDecompressesToTheSameBytes() throws {
        try withDemoApp { app in
            let plain = try Self.get(app, Self.list)
            for _ in 0..<2 {
                let zipped = try Self.get(app, Self.list, headers: ["Accept-Encoding: gzip"])
                #expect(zipped.header("Content-Encoding") == "gzip")
                #expect(zipped.header("Vary") == "Accept-Encoding")
                #expect(zipped.body.count < plain.body.count / 2)
                #expect(try gunzip(zipped.body) == plain.body)
                #expect(zipped.header("ETag") == plain.header("ETag"))
            }
            let identity = try Self.get(app, Self.list)
            #expect(identity.header("Content-Encoding") == nil && identity.body == plain.body)
            #expect(identity.header("Vary") == "Accept-Encoding")
            #expect(app.services.representations.counters.hits == 3)
        }
    }

    @Test func zeroTurnsTheCacheOff() throws {
        try withDemoApp(configure: { $0.cacheBytes = 0 }) { app in
            let first = try Self.get(app, Self.list)
            #expect(try Self.get(app, Self.list).body == first.body)
            #expect(app.services.representations.counters == .init())
        }
    }
}
