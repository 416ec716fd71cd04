import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import SQLite
import Testing

/// `catalogus token create|list|revoke`, run as the real executable against a real file.
@Suite struct TokenCommandTests {
    static let timestampPattern = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"#

    /// The hex SHA-256 of `text`, computed by coreutils rather than by the product.
    static func systemSHA256(_ text: String) throws -> String {
        let outcome = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/sha256sum"), [], input: Array(text.utf8))
        return String(outcome.standardOutput.prefix(64))
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    /// Rows of `token list`, as column name → value.
    static func listedTokens(database: String) throws -> [[String: String]] {
        let outcome = try ChildProcess.catalogus(["token", "list"], database: database)
        #expect(outcome.exitCode == 0, "\(outcome)")
        let lines = outcome.outputLines.map { $0.components(separatedBy: "\t") }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func createPrintsOneTokenAndStoresOnlyItsSHA256() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/catalogus.sqlite"
            let outcome = try ChildProcess.catalogus(["token", "create", "--role", "admin", "--name", "ops"], database: database)
            #expect(outcome.exitCode == 0, "\(outcome)")
            #expect(outcome.outputLines.count == 1, "stdout must be the token alone: \(outcome)")
            let token = try #require(outcome.outputLines.first)
            #expect(token.utf8.count >= 40, "256 random bits need at least 43 base64 characters: \(token)")

            let stored: [UInt8] = try {
                let db = try Connection(path: database, mode: .readOnly)
                defer { db.close() }
                #expect(try db.scalar("SELECT count(*) FROM api_token", as: Int.self) == 1)
                let row = try #require(try db.queryRow("SELECT token_hash FROM api_token"))
                return try row.column(0)
            }()
            #expect(stored.count == 32)
            #expect(Self.hex(stored) == (try Self.systemSHA256(token)))

            let file = databaseFileBytes(database)
            #expect(!file.isEmpty)
            #expect(!file.contains(bytes: Array(token.utf8)), "the token itself is in the database file")
            // Nor its random part without the recognisable prefix.
            #expect(!file.contains(bytes: Array(token.utf8.suffix(32))))
        }
    }

    @Test func listShowsNameRoleCreatedAndLastUsed() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/catalogus.sqlite"
            let admin = try ChildProcess.catalogus(["token", "create", "--role", "admin", "--name", "alice"], database: database)
            let viewer = try ChildProcess.catalogus(["token", "create", "--role", "viewer", "--name", "bob"], database: database)
            let aliceToken = try #require(admin.outputLines.first)
            let bobToken = try #require(viewer.outputLines.first)

            let app = try RunningApp(databasePath: database)
            defer { app.stop() }
            #expect(try app.client().get("/healthz", headers: ["Authorization: Bearer \(aliceToken)"]).status == 200)

            let listing = try ChildProcess.catalogus(["token", "list"], database: database)
            #expect(!listing.standardOutput.contains(aliceToken) && !listing.standardOutput.contains(bobToken))
            let rows = try Self.listedTokens(database: database)
            #expect(rows.count == 2)
            let alice = try #require(rows.first { $0["name"] == "alice" })
            let bob = try #require(rows.first { $0["name"] == "bob" })
            #expect(alice["role"] == "admin")
            #expect(bob["role"] == "viewer")
            for row in [alice, bob] {
                #expect(row["created"]?.range(of: Self.timestampPattern, options: .regularExpression) != nil, "\(row)")
            }
            #expect(alice["last_used"]?.range(of: Self.timestampPattern, options: .regularExpression) != nil, "\(alice)")
            #expect(bob["last_used"] == "-", "bob's token was never used: \(bob)")
        }
    }

    @Test func revokeFromAnotherProcessFailsTheNextRequest() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/catalogus.sqlite"
            let app = try RunningApp(databasePath: database)
            defer { app.stop() }
            let created = try ChildProcess.catalogus(["token", "create", "--role", "staff", "--name", "temp"], database: database)
            let token = try #require(created.outputLines.first)
            let authorization = "Authorization: Bearer \(token)"

            let client = try app.client()
            #expect(try client.get("/healthz", headers: [authorization]).status == 200)

            let revoked = try ChildProcess.catalogus(["token", "revoke", "temp"], database: database)
            #expect(revoked.exitCode == 0, "\(revoked)")

            // Same keep-alive connection, same server: the very next request fails.
            let refused = try client.get("/healthz", headers: [authorization])
            #expect(refused.status == 401)
            #expect(try app.client().get("/healthz", headers: [authorization]).status == 401)
            #expect(try app.client().get("/healthz").status == 200, "the server must keep serving")

            let row = try #require(try Self.listedTokens(database: database).first { $0["name"] == "temp" })
            #expect(row["revoked"]?.range(of: Self.timestampPattern, options: .regularExpression) != nil, "\(row)")

            // Revoking it again finds no active token.
            let again = try ChildProcess.catalogus(["token", "revoke", "temp"], database: database)
            #expect(again.exitCode != 0)
            #expect(again.errorLines.count == 1, "\(again)")
        }
    }

    @Test func municipalityTokenNeedsItsMunicipality() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/catalogus.sqlite"
            let missing = try ChildProcess.catalogus(["token", "create", "--role", "municipality", "--name", "assen"], database: database)
            #expect(missing.exitCode != 0)
            #expect(missing.errorLines.count == 1, "\(missing)")
            #expect(missing.standardError.contains("--municipality"), "\(missing)")
            #expect(missing.standardOutput.isEmpty)

            // A known municipality: the demo data brings the municipalities of Drenthe.
            let seeded = try ChildProcess.catalogus(["seed", "--demo"], database: database)
            #expect(seeded.exitCode == 0, "\(seeded)")
            let slug: String = try {
                let db = try Connection(path: database, mode: .readOnly)
                defer { db.close() }
                return try #require(try db.scalar("SELECT slug FROM municipality ORDER BY slug LIMIT 1", as: String.self))
            }()
            let unknown = try ChildProcess.catalogus(
                ["token", "create", "--role", "municipality", "--municipality", "atlantis", "--name", "x"], database: database)
            #expect(unknown.exitCode != 0)
            #expect(unknown.errorLines.count == 1 && unknown.standardError.contains("atlantis"), "\(unknown)")

            let given = try ChildProcess.catalogus(
                ["token", "create", "--role", "municipality", "--municipality", slug, "--name", "beilen"], database: database)
            #expect(given.exitCode == 0, "\(given)")
            let rows = try Self.listedTokens(database: database)
            #expect(rows.map { $0["name"] } == ["beilen"])
            #expect(rows.first?["municipality"] == slug)
        }
    }

    @Test(arguments: ["superuser", "Admin", ""])
    func unknownRoleIsAOneLineError(role: String) throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/catalogus.sqlite"
            let outcome = try ChildProcess.catalogus(["token", "create", "--role", role, "--name", "x"], database: database)
            #expect(outcome.exitCode != 0)
            #expect(outcome.errorLines.count == 1, "\(outcome)")
            #expect(outcome.standardError.contains("role"), "\(outcome)")
            #expect(outcome.standardOutput.isEmpty)
        }
    }
}
