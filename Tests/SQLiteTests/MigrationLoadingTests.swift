import Foundation
import SQLite
import Testing

@Suite struct MigrationLoadingTests {
    private func write(_ files: [String: String], in directory: String) throws {
        for (name, text) in files {
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    @Test func loadsSortedAndIgnoresOtherFiles() throws {
        try withTemporaryDirectory { directory in
            try write([
                "0010_tenth.sql": "SELECT 10;",
                "0002_add-orders.sql": "SELECT 2;",
                "0001_init.sql": "SELECT 1;",
                "README.md": "notes",
                "0003_draft.sql.bak": "ignored",
                ".#0004_editor-lock.sql": "ignored",
            ], in: directory)
            try FileManager.default.createDirectory(atPath: directory + "/archive", withIntermediateDirectories: false)
            let migrations = try Migrator.load(directory: directory)
            #expect(migrations.map(\.version) == [1, 2, 10])
            #expect(migrations.map(\.name) == ["init", "add-orders", "tenth"])
            #expect(migrations.map(\.sql) == ["SELECT 1;", "SELECT 2;", "SELECT 10;"])
        }
    }

    @Test(arguments: ["1_init.sql", "0001-init.sql", "0001_.sql", "0001_two words.sql", "abcd_init.sql",
                      "00001_init.sql", "0001_init.SQL", "init.sql"])
    func badFileNamesAreRefused(_ name: String) throws {
        try withTemporaryDirectory { directory in
            try write(["0001_fine.sql": "SELECT 1;", name: "SELECT 2;"], in: directory)
            let error = try #require(throws: MigrationError.self) { try Migrator.load(directory: directory) }
            guard case .badFileName(let file) = error else {
                Issue.record("expected badFileName, got \(error)")
                return
            }
            #expect(file == name)
            #expect(error.description.contains("NNNN_name.sql"))
        }
    }

    @Test func duplicateVersionsAreRefused() throws {
        try withTemporaryDirectory { directory in
            try write(["0001_a.sql": "SELECT 1;", "0001_b.sql": "SELECT 2;"], in: directory)
            let error = try #require(throws: MigrationError.self) { try Migrator.load(directory: directory) }
            guard case .duplicateVersion(1) = error else {
                Issue.record("expected duplicateVersion(1), got \(error)")
                return
            }
        }
    }

    @Test func aMissingDirectoryThrows() {
        #expect(throws: (any Error).self) { try Migrator.load(directory: "/nonexistent-\(UUID().uuidString)") }
    }

    /// The project's own migrations (…/migrations beside Tests/) apply to an
    /// empty database and leave it verified.
    @Test func theProjectsMigrationsApply() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let migrations = try Migrator.load(directory: root.appendingPathComponent("migrations").path)
        try withTemporaryDatabase { db, _ in
            let migrator = Migrator(migrations: migrations)
            #expect(try migrator.migrate(db).count == migrations.count)
            try migrator.verify(db)
            #expect(try db.integrityCheck() == "ok")
        }
    }
}
