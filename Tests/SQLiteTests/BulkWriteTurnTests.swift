import Dispatch
import Foundation
import SQLite
import Synchronization
import Testing

/// Bulk writes (`write(.bulk)`) take turns with the groups of small writes: each is a
/// transaction of its own, and the small writes that queue up while one runs go before
/// the next (issue 20, item 8). Deterministic: a loan holds the writer until every job
/// stands in line, in a known order.
@Suite struct BulkWriteTurnTests {
    private struct Timeout: Error {}
    private struct Refused: Error {}

    private static let patient: DatabaseWriter.GroupCommit = {
        var limits = DatabaseWriter.GroupCommit()
        limits.maxWait = .seconds(3600)
        return limits
    }()

    private func makeWriter(_ directory: String) throws -> DatabaseWriter {
        let writer = try DatabaseWriter(path: directory + "/db.sqlite", groupCommit: Self.patient)
        try writer.withConnection { try $0.execute("CREATE TABLE t (name TEXT NOT NULL) STRICT") }
        return writer
    }

    /// A job to line up: its name (recorded when it runs), and whether it is a bulk write.
    private struct Job: Sendable {
        let name: String
        let size: DatabaseWriter.WriteSize
        var fails = false
    }

    /// Holds the writer with a loan until `jobs` are all in line, in order, then lets go.
    /// Returns the order in which the jobs ran, and which of them threw.
    private func runInLine(_ writer: DatabaseWriter, _ jobs: [Job]) throws -> (order: [String], failed: Set<String>) {
        let order = Mutex<[String]>([])
        let failed = Mutex<Set<String>>([])
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchGroup()
        finished.enter()
        Thread {
            defer { finished.leave() }
            try? writer.withConnection { _ in
                holding.signal()
                release.wait()
            }
        }.start()
        holding.wait()
        for (index, job) in jobs.enumerated() {
            finished.enter()
            Thread {
                defer { finished.leave() }
                do {
                    try writer.write(job.size) { db in
                        order.withLock { $0.append(job.name) }
                        try db.run("INSERT INTO t VALUES (?)", job.name)
                        if job.fails { throw Refused() }
                    }
                } catch {
                    failed.withLock { _ = $0.insert(job.name) }
                }
            }.start()
            let deadline = ContinuousClock.now + .seconds(60)
            while writer.waitingTurns < index + 1 {
                guard ContinuousClock.now < deadline else { release.signal(); throw Timeout() }
                usleep(500)
            }
        }
        release.signal()
        finished.wait()
        return (order.withLock { $0 }, failed.withLock { $0 })
    }

    private func stored(_ writer: DatabaseWriter) throws -> [String] {
        try writer.withConnection { db in try db.query("SELECT name FROM t ORDER BY rowid").map { try $0.column(0, as: String.self) } }
    }

    @Test func aSmallWriteQueuedBehindTwoBulkWritesGoesBetweenThem() throws {
        try withTemporaryDirectory { directory in
            let writer = try makeWriter(directory)
            let before = writer.commitCounts
            let (order, failed) = try runInLine(writer, [
                Job(name: "import 1", size: .bulk), Job(name: "import 2", size: .bulk),
                Job(name: "small 1", size: .small), Job(name: "small 2", size: .small),
            ])
            #expect(failed.isEmpty)
            // The small writes wait for one import, not two, and share one commit.
            #expect(order == ["import 1", "small 1", "small 2", "import 2"])
            #expect(writer.commitCounts.transactions == before.transactions + 3)
            #expect(writer.commitCounts.writes == before.writes + 4)
            writer.close()
        }
    }

    @Test func aBulkWriteNeverJoinsAGroupAndFailsAlone() throws {
        try withTemporaryDirectory { directory in
            let writer = try makeWriter(directory)
            let before = writer.commitCounts
            let (order, failed) = try runInLine(writer, [
                Job(name: "small 1", size: .small), Job(name: "import", size: .bulk, fails: true),
                Job(name: "small 2", size: .small), Job(name: "import 2", size: .bulk),
            ])
            #expect(failed == ["import"])
            #expect(order == ["small 1", "small 2", "import", "import 2"])
            // small 2 joins small 1's group, ahead of the import that came before it; each
            // import is a transaction of its own (the failed one's is empty).
            #expect(writer.commitCounts.transactions == before.transactions + 3)
            #expect(try stored(writer) == ["small 1", "small 2", "import 2"])
            writer.close()
        }
    }
}
