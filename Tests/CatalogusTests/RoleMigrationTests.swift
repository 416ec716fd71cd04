import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import SQLite
import Testing

/// Migration 0017 rebuilds api_token and app_user without their role lists: everything
/// else in the schema (the other CHECKs, the triggers the rebuild drops, the indexes,
/// the foreign keys that point at the tables) is as before, and so are the rows.
@Suite struct RoleMigrationTests {
    @Test func theRebuildChangesOnlyTheRoleChecks() throws {
        try withTemporaryDirectory { directory in
            let all = try Migrator.load(directory: RepositoryLayout.migrations)
            let db = try Connection(path: directory + "/before-0017.sqlite")
            defer { db.close() }
            try Migrator(migrations: all.filter { $0.version < 17 }).migrate(db)
            try db.execute(try String(contentsOfFile: RepositoryLayout.migrations + "/demo/demo.sql", encoding: .utf8))
            try db.execute("""
                INSERT INTO api_token (name, role, municipality, token_hash, created_at) VALUES
                    ('scraper', 'metrics', NULL, zeroblob(32), 'x'), ('assen', 'municipality', 'midden-drenthe', randomblob(32), 'y');
                INSERT INTO app_user (email, name, role, municipality, created_at, updated_at) VALUES
                    ('a@x.nl', 'A', 'admin', NULL, 'x', 'x'), ('g@x.nl', 'G', 'municipality', 'midden-drenthe', 'x', 'x');
                INSERT INTO user_session (user_id, secret_hash, created_at, last_seen_at, expires_at) VALUES (2, zeroblob(32), 'x', 'x', 'x');
                """)
            let schemaBefore = try schema(db)
            let rowsBefore = try rows(db)

            let applied = try Migrator(migrations: all.filter { $0.version <= 17 }).migrate(db)
            #expect(applied.map(\.version) == [17])
            #expect(try rows(db) == rowsBefore)

            // What 0017 changes, undone in the text: the rest must be identical, triggers and indexes included.
            var expected = schemaBefore
            for (name, list) in [("api_token", "'admin', 'staff', 'municipality', 'viewer', 'metrics'"), ("app_user", "'admin', 'staff', 'municipality', 'viewer'")] {
                let key = "table \(name)"
                expected[key] = expected[key]?
                    .replacingOccurrences(of: "CHECK (role IN (\(list)))", with: "CHECK (length(role) BETWEEN 1 AND 64)")
                    .replacingOccurrences(of: "CREATE TABLE \(name) (", with: "CREATE TABLE \"\(name)\" (")
            }
            #expect(expected != schemaBefore, "the role lists were found in the old schema")
            #expect(try schema(db) == expected)
            #expect(try schema(db).keys.contains("trigger api_token_text_length_insert"))
            #expect(try db.scalar("SELECT count(*) FROM pragma_foreign_key_check", as: Int64.self) == 0)

            // The database leaves the roles to the server; the municipality rule and the lengths stay its own.
            try db.execute("INSERT INTO api_token (name, role, token_hash, created_at) VALUES ('nieuw', 'auditor', randomblob(32), 'x')")
            #expect(throws: SQLiteError.self) {
                try db.execute("INSERT INTO api_token (name, role, token_hash, created_at) VALUES ('g', 'municipality', randomblob(32), 'x')")
            }
            #expect(throws: SQLiteError.self) {
                try db.execute("INSERT INTO api_token (name, role, token_hash, created_at) VALUES ('l', 'viewer', randomblob(32), '\(String(repeating: "x", count: 65))')")
            }
            #expect(throws: SQLiteError.self) {
                try db.execute("INSERT INTO app_user (email, name, role, municipality, created_at, updated_at) VALUES ('v@x.nl', 'V', 'viewer', 'midden-drenthe', 'x', 'x')")
            }
        }
    }

    /// `type name` → SQL of every schema object; the automatic indexes (no SQL) by name only.
    private func schema(_ db: Connection) throws -> [String: String] {
        try db.query("SELECT type, name, coalesce(sql, '') FROM sqlite_schema").reduce(into: [:]) { schema, row in
            schema["\(try row.column(0, as: String.self)) \(try row.column(1, as: String.self))"] = try row.column(2, as: String.self)
        }
    }

    private func rows(_ db: Connection) throws -> [String] {
        try db.query("SELECT id || name || role || coalesce(municipality, '-') || hex(token_hash) || created_at FROM api_token ORDER BY id")
            .map { try $0.column(0, as: String.self) }
            + db.query("SELECT id || email || role || coalesce(municipality, '-') || active || version FROM app_user ORDER BY id")
            .map { try $0.column(0, as: String.self) }
            + db.query("SELECT id || user_id FROM user_session ORDER BY id").map { try $0.column(0, as: String.self) }
    }
}
