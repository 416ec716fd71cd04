import Foundation
import SQLite
import Synchronization
import Testing

/// Shared between the test and its writer task.
private final class WriterProgress: Sendable {
    let stop = Atomic<Bool>(false)
    let committed = Atomic<Int>(0)
    let finished = Atomic<Bool>(false)
    let failed = Atomic<Bool>(false)
}

private func waitUntil(timeout: Duration = .seconds(20), _ condition: () -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
        if ContinuousClock.now > deadline { return false }
        try await Task.sleep(for: .milliseconds(2))
    }
    return true
}

@Suite struct BackupTests {
    /// The copy must be a state that existed: ids 1…k with no gap, and the
    /// counter (updated in the same transactions) equal to k.
    private func expectConsistentCopy(at path: String) throws -> Int {
        let copy = try Connection(path: path, mode: .readOnly)
        defer { copy.close() }
        #expect(try copy.integrityCheck() == "ok")
        let row = try #require(try copy.queryRow("SELECT count(*), min(id), max(id) FROM entry"))
        let count = try row.column(0, as: Int.self)
        #expect(try row.column(1, as: Int.self) == 1)
        #expect(try row.column(2, as: Int.self) == count)
        #expect(try copy.scalar("SELECT total FROM counter", as: Int.self) == count)
        return count
    }

    @Test func backupWhileAnotherThreadWritesIsConsistent() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/live.sqlite"
            let writer = try DatabaseWriter(path: path)
            let payload = String(repeating: "activiteit ", count: 30)
            try writer.withConnection { db in
                try db.execute("""
                    CREATE TABLE entry (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT;
                    CREATE TABLE counter (total INTEGER NOT NULL) STRICT;
                    INSERT INTO counter VALUES (0);
                    """)
            }
            // Enough pages that a copy takes a while.
            try writer.write { db in
                for _ in 0..<20_000 { try db.run("INSERT INTO entry (payload) VALUES (?)", payload) }
                try db.run("UPDATE counter SET total = total + 20000")
            }

            // A thread of its own, not a task: the cooperative pool may be
            // busy with other tests, and the writer must really run alongside.
            let progress = WriterProgress()
            let writing = Thread {
                defer { progress.finished.store(true, ordering: .releasing) }
                do {
                    while !progress.stop.load(ordering: .relaxed) {
                        try writer.write { db in
                            try db.run("INSERT INTO entry (payload) VALUES (?)", payload)
                            try db.run("UPDATE counter SET total = total + 1")
                        }
                        progress.committed.add(1, ordering: .relaxed)
                    }
                } catch {
                    progress.failed.store(true, ordering: .relaxed)
                }
            }
            writing.start()
            defer { progress.stop.store(true, ordering: .relaxed) }
            #expect(try await waitUntil { progress.committed.load(ordering: .relaxed) > 0 })

            let source = try Connection(path: path, mode: .readOnly)
            var copies: [Int] = []
            var writesDuringACopy = false
            // Until a copy overlapped with commits (usually the first), at most 20.
            for attempt in 0..<20 where !writesDuringACopy || copies.count < 3 {
                let before = progress.committed.load(ordering: .relaxed)
                let copyPath = directory + "/backup-\(attempt).sqlite"
                try source.backup(to: copyPath)
                if progress.committed.load(ordering: .relaxed) > before { writesDuringACopy = true }
                copies.append(try expectConsistentCopy(at: copyPath))
                #expect(!FileManager.default.fileExists(atPath: copyPath + ".partial"))
            }
            progress.stop.store(true, ordering: .relaxed)
            #expect(try await waitUntil { progress.finished.load(ordering: .acquiring) })
            // The test may resume on another thread of the pool after an await: the
            // hand-over is ordered by the await, and the connection goes with the test.
            source.adoptOwnership()
            let writerFailed = progress.failed.load(ordering: .relaxed)
            #expect(!writerFailed, "the writer thread failed")
            #expect(writesDuringACopy, "the writer never committed while a backup ran")
            #expect(copies.allSatisfy { $0 >= 20_000 })
            #expect(copies == copies.sorted())
            #expect(try source.scalar("SELECT count(*) FROM entry", as: Int.self)! >= copies.last!)
            writer.close()
        }
    }

    @Test func backupRefusesToOverwrite() throws {
        try withTemporaryDatabase { db, path in
            try db.execute("CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (1)")
            let target = path + ".copy"
            try db.backup(to: target)
            try db.run("INSERT INTO t VALUES (2)")
            #expect(throws: SQLiteError.self) { try db.backup(to: target) }
            let copy = try Connection(path: target, mode: .readOnly)
            #expect(try copy.scalar("SELECT count(*) FROM t", as: Int.self) == 1)
        }
    }

    @Test func backupIntoAMissingDirectoryFailsCleanly() throws {
        try withTemporaryDatabase { db, path in
            let target = path + "-missing-dir/copy.sqlite"
            #expect(throws: SQLiteError.self) { try db.backup(to: target) }
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }
}
