import Foundation
import SQLite
import Testing

@Suite struct MigratorTests {
    /// A small history like the product's: tables, a seed, and a rebuild of a
    /// parent table that only works with foreign keys off during the migration.
    static let history: [Migration] = [
        Migration(version: 1, name: "create_municipality", sql: """
            CREATE TABLE municipality (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE) STRICT;
            """),
        Migration(version: 2, name: "create_orders", sql: """
            CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                municipality_id INTEGER NOT NULL REFERENCES municipality (id),
                year INTEGER NOT NULL
            ) STRICT;
            """),
        Migration(version: 3, name: "seed", sql: """
            INSERT INTO municipality (id, slug) VALUES (1, 'midden-drenthe');
            INSERT INTO orders (municipality_id, year) VALUES (1, 2025);
            """),
        Migration(version: 4, name: "add_cbs_code", sql: """
            CREATE TABLE municipality_new (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                cbs_code TEXT NOT NULL DEFAULT ''
            ) STRICT;
            INSERT INTO municipality_new (id, slug) SELECT id, slug FROM municipality;
            DROP TABLE municipality;
            ALTER TABLE municipality_new RENAME TO municipality;
            UPDATE municipality SET cbs_code = 'GM1731' WHERE slug = 'midden-drenthe';
            """),
    ]

    private func withDatabase(_ body: (Connection) throws -> Void) throws {
        try withTemporaryDatabase { db, _ in try body(db) }
    }

    /// Schema and data, to compare databases reached by different paths.
    private func snapshot(_ db: Connection) throws -> [String] {
        let schema = try db.query(
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name"
        ).map { try $0.column(0, as: String.self) }
        let data = try db.query("SELECT id || ' ' || slug || ' ' || cbs_code FROM municipality ORDER BY id")
            .map { try $0.column(0, as: String.self) }
        let orders = try db.query("SELECT municipality_id || ' ' || year FROM orders ORDER BY id")
            .map { try $0.column(0, as: String.self) }
        return schema + data + orders
    }

    @Test func migratesAnEmptyDatabase() throws {
        try withDatabase { db in
            let migrator = Migrator(migrations: Self.history.reversed())
            let applied = try migrator.migrate(db)
            #expect(applied.map(\.version) == [1, 2, 3, 4])
            #expect(try migrator.appliedVersions(db) == [1, 2, 3, 4])
            try migrator.verify(db)
            #expect(try db.scalar("SELECT cbs_code FROM municipality", as: String.self) == "GM1731")
            #expect(try db.foreignKeyViolationCount() == 0)
            #expect(try db.scalar("PRAGMA foreign_keys", as: Bool.self) == true)
            let record = try #require(try db.queryRow("SELECT * FROM schema_migrations WHERE version = 2"))
            #expect(try record.column("name", as: String.self) == "create_orders")
            #expect(try record.column("checksum", as: String.self) == Self.history[1].checksum)
            let appliedAt = try record.column("applied_at", as: String.self)
            #expect(appliedAt.hasSuffix("Z") && appliedAt.contains("T") && appliedAt.count == 24)
            #expect(try migrator.migrate(db).isEmpty)
        }
    }

    @Test(arguments: 0...4)
    func migratesFromEveryEarlierVersion(_ alreadyApplied: Int) throws {
        let reference = try withTemporaryDatabase { db, _ in
            try Migrator(migrations: Self.history).migrate(db)
            return try snapshot(db)
        }
        try withDatabase { db in
            try Migrator(migrations: Array(Self.history.prefix(alreadyApplied))).migrate(db)
            let versions = Self.history.map(\.version)
            #expect(try Migrator(migrations: Self.history).appliedVersions(db)
                == versions.filter { $0 <= alreadyApplied })
            let applied = try Migrator(migrations: Self.history).migrate(db)
            #expect(applied.map(\.version) == versions.filter { $0 > alreadyApplied })
            #expect(try snapshot(db) == reference)
        }
    }

    @Test func anEditedMigrationIsRefusedAndNothingIsApplied() throws {
        try withDatabase { db in
            try Migrator(migrations: Self.history).migrate(db)
            var edited = Self.history
            edited[1] = Migration(version: 2, name: "create_orders", sql: Self.history[1].sql + "\n-- tweak")
            edited.append(Migration(version: 5, name: "later", sql: "CREATE TABLE later (x INTEGER) STRICT;"))
            let migrator = Migrator(migrations: edited)
            let error = try #require(throws: MigrationError.self) { try migrator.migrate(db) }
            #expect(error.description.contains(
                "migration 0002_create_orders was changed after it was applied; restore the file as it was and add a new migration instead"))
            #expect(try !db.tableExists("later"))
            #expect(throws: MigrationError.self) { try migrator.verify(db) }
        }
    }

    @Test func lineEndingsAreNotAnEdit() throws {
        try withDatabase { db in
            try Migrator(migrations: Self.history).migrate(db)
            let crlf = Self.history.map {
                Migration(version: $0.version, name: $0.name, sql: $0.sql.replacingOccurrences(of: "\n", with: "\r\n"))
            }
            #expect(crlf[1].sql != Self.history[1].sql)
            try Migrator(migrations: crlf).verify(db)
        }
    }

    @Test func anUnknownAppliedMigrationIsRefused() throws {
        try withDatabase { db in
            try Migrator(migrations: Self.history).migrate(db)
            var older = Array(Self.history.prefix(3))
            older.append(Migration(version: 5, name: "other", sql: "CREATE TABLE other (x INTEGER) STRICT;"))
            let error = try #require(throws: MigrationError.self) { try Migrator(migrations: older).migrate(db) }
            guard case .unknownMigration(4, "add_cbs_code") = error else {
                Issue.record("expected unknownMigration(4), got \(error)")
                return
            }
            #expect(error.description.contains("0004_add_cbs_code"))
            #expect(error.description.contains("applied by a newer catalogus; run that version or restore a backup"))
            #expect(try !db.tableExists("other"))
        }
    }

    @Test func aFailingMigrationLeavesNeitherItsChangesNorItsRecord() throws {
        try withDatabase { db in
            var history = Self.history
            history.append(Migration(version: 5, name: "broken", sql: """
                CREATE TABLE half (x INTEGER) STRICT;
                UPDATE municipality SET slug = 'changed';
                INSERT INTO no_such_table VALUES (1);
                """))
            let error = try #require(throws: MigrationError.self) { try Migrator(migrations: history).migrate(db) }
            guard case .failed(5, "broken", let underlying) = error else {
                Issue.record("expected failed(5), got \(error)")
                return
            }
            #expect(underlying.message.contains("no such table"))
            #expect(error.description.contains("0005_broken"))
            // 1–4 went in, each in its own transaction; 5 left nothing.
            #expect(try Migrator(migrations: history).appliedVersions(db) == [1, 2, 3, 4])
            #expect(try !db.tableExists("half"))
            #expect(try db.scalar("SELECT slug FROM municipality", as: String.self) == "midden-drenthe")
            #expect(try db.scalar("PRAGMA foreign_keys", as: Bool.self) == true)
            #expect(db.isAutocommit)
        }
    }

    @Test func aMigrationThatBreaksAForeignKeyIsRolledBack() throws {
        try withDatabase { db in
            var history = Self.history
            history.append(Migration(version: 5, name: "orphan", sql: """
                INSERT INTO orders (municipality_id, year) VALUES (999, 2026);
                """))
            let error = try #require(throws: MigrationError.self) { try Migrator(migrations: history).migrate(db) }
            guard case .failed(5, _, let underlying) = error else {
                Issue.record("expected failed(5), got \(error)")
                return
            }
            #expect(underlying.isForeignKeyViolation)
            #expect(try db.scalar("SELECT count(*) FROM orders", as: Int.self) == 1)
            #expect(try Migrator(migrations: history).appliedVersions(db) == [1, 2, 3, 4])
        }
    }

    @Test func verifyReportsPendingMigrations() throws {
        try withDatabase { db in
            let migrator = Migrator(migrations: Self.history)
            let none = try #require(throws: MigrationError.self) { try migrator.verify(db) }
            guard case .pending(versions: [1, 2, 3, 4]) = none else {
                Issue.record("expected pending 1–4, got \(none)")
                return
            }
            #expect(try migrator.appliedVersions(db).isEmpty)
            try Migrator(migrations: Array(Self.history.prefix(2))).migrate(db)
            let some = try #require(throws: MigrationError.self) { try migrator.verify(db) }
            guard case .pending(versions: [3, 4]) = some else {
                Issue.record("expected pending 3–4, got \(some)")
                return
            }
        }
    }

    @Test func duplicateVersionsAreRefused() throws {
        try withDatabase { db in
            let twice = Self.history + [Migration(version: 2, name: "again", sql: "SELECT 1;")]
            let error = try #require(throws: MigrationError.self) { try Migrator(migrations: twice).migrate(db) }
            guard case .duplicateVersion(2) = error else {
                Issue.record("expected duplicateVersion(2), got \(error)")
                return
            }
            #expect(try !db.tableExists("municipality"))
        }
    }

    @Test func checksumIsTheSHA256OfTheSQL() {
        // Reference digests from sha256sum.
        #expect(Migration(version: 1, name: "x", sql: "").checksum
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Migration(version: 1, name: "x", sql: "abc").checksum
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
