import Foundation
import SQLite
import Testing

/// `catalogus migrate` and `serve` against fresh, edited and foreign databases.
@Suite struct MigrationCommandTests {
    /// A private copy of the repository's migration files, free to edit. Bytes are
    /// copied file by file: `copyItem` would copy a symlinked folder as a symlink, and
    /// the test would then edit the real migrations.
    static func copyMigrations(into directory: String) throws -> String {
        let copy = directory + "/migrations"
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: false)
        for file in try RepositoryLayout.migrationFiles() {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: RepositoryLayout.migrations + "/" + file))
            try bytes.write(to: URL(fileURLWithPath: copy + "/" + file), options: .withoutOverwriting)
        }
        return copy
    }

    static func appliedVersions(_ database: String) throws -> [Int] {
        let db = try Connection(path: database, mode: .readOnly)
        defer { db.close() }
        return try db.query("SELECT version FROM schema_migrations ORDER BY version").map { try $0.column(0) }
    }

    /// `serve` must stop before it listens; a timeout here means it started serving.
    static func serveRefuses(database: String, migrations: String) throws -> ProcessOutcome {
        let outcome = try ChildProcess.catalogus(
            ["serve", "--port", "0", "--workers", "1", "--db", database, "--migrations", migrations], timeout: .seconds(20))
        #expect(!outcome.timedOut, "serve started despite the bad migrations: \(outcome)")
        #expect(outcome.exitCode != 0, "\(outcome)")
        #expect(!outcome.standardError.contains("listening"), "\(outcome)")
        return outcome
    }

    @Test func migrateAppliesEveryMigrationToAFreshFile() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/fresh.sqlite"
            let outcome = try ChildProcess.catalogus(["migrate"], database: database)
            #expect(outcome.exitCode == 0, "\(outcome)")
            let expected = try RepositoryLayout.migrationFiles().compactMap { Int($0.prefix(4)) }
            #expect(!expected.isEmpty)
            #expect(try Self.appliedVersions(database) == expected)

            // A second run has nothing left to do and changes nothing.
            let again = try ChildProcess.catalogus(["migrate"], database: database)
            #expect(again.exitCode == 0, "\(again)")
            #expect(try Self.appliedVersions(database) == expected)
        }
    }

    @Test func editedMigrationIsRefusedWithAdvice() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/edited.sqlite"
            let migrations = try Self.copyMigrations(into: directory)
            let first = try ChildProcess.catalogus(["migrate"], database: database, migrations: migrations)
            #expect(first.exitCode == 0, "\(first)")

            let file = migrations + "/" + (try #require(try RepositoryLayout.migrationFiles(in: migrations).first))
            let real = URL(fileURLWithPath: RepositoryLayout.migrations).resolvingSymlinksInPath().path
            try #require(!URL(fileURLWithPath: file).resolvingSymlinksInPath().path.hasPrefix(real + "/"),
                         "refusing to edit the repository's own migration")
            let original = try String(contentsOfFile: file, encoding: .utf8)
            try (original + "\n-- edited after it was applied\n").write(toFile: file, atomically: true, encoding: .utf8)

            let migrate = try ChildProcess.catalogus(["migrate"], database: database, migrations: migrations)
            #expect(migrate.exitCode != 0, "\(migrate)")
            #expect(migrate.errorLines.count == 1, "\(migrate)")
            // It must say what went wrong and what to do about it.
            #expect(migrate.standardError.contains("changed"), "\(migrate)")
            #expect(migrate.standardError.contains("restore") && migrate.standardError.contains("new migration"), "\(migrate)")

            let serve = try Self.serveRefuses(database: database, migrations: migrations)
            #expect(serve.standardError.contains("restore"), "\(serve)")

            // Restoring the file makes the database usable again.
            try original.write(toFile: file, atomically: true, encoding: .utf8)
            let restored = try ChildProcess.catalogus(["migrate"], database: database, migrations: migrations)
            #expect(restored.exitCode == 0, "\(restored)")
        }
    }

    @Test func unknownMigrationRecordIsRefused() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/newer.sqlite"
            #expect(try ChildProcess.catalogus(["migrate"], database: database).exitCode == 0)
            do {
                let db = try Connection(path: database)
                defer { db.close() }
                try db.run("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (9999, 'from_the_future', 'abc', '2030-01-01T00:00:00Z')")
            }

            let migrate = try ChildProcess.catalogus(["migrate"], database: database)
            #expect(migrate.exitCode != 0, "\(migrate)")
            #expect(migrate.errorLines.count == 1, "\(migrate)")
            #expect(migrate.standardError.contains("9999_from_the_future"), "\(migrate)")

            let serve = try Self.serveRefuses(database: database, migrations: RepositoryLayout.migrations)
            #expect(serve.standardError.contains("9999"), "\(serve)")
        }
    }

    @Test func missingMigrationsFolderIsExplained() throws {
        try withTemporaryDirectory { directory in
            let outcome = try ChildProcess.catalogus(
                ["migrate", "--db", directory + "/x.sqlite", "--migrations", directory + "/nowhere"], timeout: .seconds(20))
            #expect(outcome.exitCode != 0)
            #expect(outcome.errorLines.count == 1, "\(outcome)")
            #expect(outcome.standardError.contains("--migrations"), "\(outcome)")
            #expect(!FileManager.default.fileExists(atPath: directory + "/x.sqlite"), "no database before the migrations are found")
        }
    }
}
