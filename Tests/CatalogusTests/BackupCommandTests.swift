import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import SQLite
import Synchronization
import Testing

/// Writes tokens through the writer on its own thread until stopped, as a busy
/// server would while an operator takes a backup.
private final class TokenInsertLoop: Sendable {
    private let writer: DatabaseWriter
    private let stopRequested = Atomic<Bool>(false)
    private let inserted = Atomic<Int>(0)
    private let failure = Mutex<String?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(writer: DatabaseWriter) { self.writer = writer }

    var count: Int { inserted.load(ordering: .acquiring) }
    var error: String? { failure.withLock { $0 } }

    func start() {
        Thread { [self] in
            defer { finished.signal() }
            var index = 0
            while !stopRequested.load(ordering: .acquiring) {
                index += 1
                do {
                    _ = try writer.withConnection { db in
                        try TokenStore.create(in: db, role: .viewer, municipality: nil, name: "load-\(index)")
                    }
                    inserted.add(1, ordering: .releasing)
                } catch {
                    failure.withLock { $0 = "\(error)" }
                    return
                }
            }
        }.start()
    }

    func stop() {
        stopRequested.store(true, ordering: .releasing)
        finished.wait()
    }
}

@Suite struct BackupCommandTests {
    @Test func backupWhileWritingIsConsistent() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/live.sqlite"
            let backup = directory + "/backup.sqlite"
            let (writer, _) = try CatalogusDatabase.open(path: database, migrationsDirectory: RepositoryLayout.migrations)
            defer { writer.close() }
            let load = TokenInsertLoop(writer: writer)
            load.start()
            let deadline = ContinuousClock.now + .seconds(20)
            while load.count < 20, load.error == nil, ContinuousClock.now < deadline { usleep(2_000) }
            let countAtStart = load.count

            let outcome = try ChildProcess.catalogus(["backup", backup, "--db", database])
            let countAtEnd = load.count
            load.stop()
            #expect(load.error == nil, "\(load.error ?? "")")
            #expect(outcome.exitCode == 0, "\(outcome)")
            #expect(countAtStart >= 20)
            #expect(countAtEnd > countAtStart, "writes must go on while the backup runs")

            let copy = try Connection(path: backup, mode: .readOnly)
            defer { copy.close() }
            #expect(try copy.integrityCheck() == "ok")
            #expect(try copy.foreignKeyViolationCount() == 0)
            let copied = try #require(try copy.scalar("SELECT count(*) FROM api_token", as: Int.self))
            #expect(copied >= countAtStart && copied <= load.count, "a snapshot between start and end: \(copied)")
            // A snapshot is a prefix of the writes: ids 1...copied, none missing.
            #expect(try copy.scalar("SELECT max(id) FROM api_token", as: Int.self) == copied)
            #expect(try copy.tableExists("schema_migrations"))
        }
    }

    @Test func backupRefusesToOverwrite() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/live.sqlite"
            #expect(try ChildProcess.catalogus(["migrate"], database: database).exitCode == 0)
            let existing = directory + "/precious.sqlite"
            let contents = Data("not to be overwritten".utf8)
            #expect(FileManager.default.createFile(atPath: existing, contents: contents))

            let outcome = try ChildProcess.catalogus(["backup", existing, "--db", database])
            #expect(outcome.exitCode != 0, "\(outcome)")
            #expect(outcome.errorLines.count == 1, "\(outcome)")
            #expect(outcome.standardError.contains("exists"), "\(outcome)")
            #expect(FileManager.default.contents(atPath: existing) == contents)
        }
    }

    @Test func backupOfAMissingDatabaseFails() throws {
        try withTemporaryDirectory { directory in
            let outcome = try ChildProcess.catalogus(["backup", directory + "/out.sqlite", "--db", directory + "/absent.sqlite"])
            #expect(outcome.exitCode != 0)
            #expect(outcome.errorLines.count == 1, "\(outcome)")
            #expect(!FileManager.default.fileExists(atPath: directory + "/out.sqlite"))
            #expect(!FileManager.default.fileExists(atPath: directory + "/absent.sqlite"), "a backup must not create its source")
        }
    }
}
