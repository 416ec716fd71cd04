@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import SQLite
import Testing

/// Issue 20: idempotency keys were kept for ever (one row with its whole answer per keyed
/// request). They are pruned once a week old by the wall clock; a key a retry may still
/// send (within its 24 hours, or a day or so more should the wall clock step forward)
/// stays and is replayed.
@Suite struct IdempotencyRetentionTests {
    @Test func keysAWeekOldArePrunedAndYoungerOnesStillReplay() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let token = try registrationTestToken(app, .staff)
            let client = try app.client()
            func post(_ key: String, participants: Int64) throws -> Int64 {
                let response = try client.request("POST", "/api/v1/registrations", token: token,
                                                  json: registrationTestBody(["participants": .integer(participants)]),
                                                  headers: ["Idempotency-Key: \(key)"])
                try #require(response.status == 201, "\(response)")
                return try #require(try response.json()["id"]?.int64Value)
            }
            let old = try post("old", participants: 1)
            _ = try post("recent", participants: 2)
            let fresh = try post("fresh", participants: 3)
            let now = Date()
            // "old" was stored eight days ago, "recent" two days ago (as after a clock step).
            try app.writer.write { db in
                try db.run("UPDATE idempotency_key SET created_at = ? WHERE key = 'old'", Timestamp.format(now.addingTimeInterval(-8 * 86_400)))
                try db.run("UPDATE idempotency_key SET created_at = ? WHERE key = 'recent'", Timestamp.format(now.addingTimeInterval(-2 * 86_400)))
            }
            let reader = try Connection(path: app.databasePath, mode: .readOnly)
            defer { reader.close() }
            let transactions = app.writer.commitCounts.transactions
            let retention = IdempotencyRetention(batch: 1)
            #expect(try retention.prune(writer: app.writer, reader: reader, now: now) == 1)
            #expect(try registrationTestColumn(app, "SELECT key FROM idempotency_key ORDER BY key") == ["fresh", "recent"])

            // Nothing left to prune: nothing is written (a commit would empty the answer cache).
            let before = app.writer.commitCounts.transactions
            #expect(try retention.prune(writer: app.writer, reader: reader, now: now) == 0)
            #expect(app.writer.commitCounts.transactions == before)
            #expect(before > transactions)

            // A key within its 24 hours still replays its first answer; the pruned one is a new request.
            #expect(try post("fresh", participants: 3) == fresh)
            #expect(try post("old", participants: 1) != old)
        }
    }
}
