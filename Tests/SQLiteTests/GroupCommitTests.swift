import Dispatch
import Foundation
import SQLite
import Synchronization
import Testing

/// Group commit, made deterministic: the first write holds its turn until the others
/// stand in line behind it in a known order (each started only once the one before is
/// waiting), and the group's wait bound is set far beyond the test's run, so the group
/// is exactly "everyone in line".
@Suite struct GroupCommitTests {
    typealias Body = @Sendable (Connection) throws -> Void

    private static let patient: DatabaseWriter.GroupCommit = {
        var limits = DatabaseWriter.GroupCommit()
        limits.maxWait = .seconds(3600)
        return limits
    }()

    private func makeWriter(_ directory: String, _ limits: DatabaseWriter.GroupCommit = patient) throws -> DatabaseWriter {
        let writer = try DatabaseWriter(path: directory + "/db.sqlite", groupCommit: limits)
        try writer.withConnection { db in
            try db.execute("""
                CREATE TABLE parent (id INTEGER PRIMARY KEY) STRICT;
                CREATE TABLE t (x INTEGER NOT NULL UNIQUE,
                                parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED) STRICT;
                INSERT INTO parent VALUES (1);
                """)
        }
        return writer
    }

    private static func insert(_ x: Int, parent: Int = 1) -> Body {
        { db in try db.run("INSERT INTO t (x, parent) VALUES (?, ?)", x, parent) }
    }

    /// Waits (polling, for the state, not for a time) until `condition` holds.
    private func awaitState(_ what: String, _ condition: () -> Bool) throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while !condition() {
            guard ContinuousClock.now < deadline else { throw Timeout(what: what) }
            usleep(500)
        }
    }

    private struct Timeout: Error { let what: String }

    /// What a loan in line saw of the connection.
    private final class LoanObservation: Sendable {
        let sawTransaction = Mutex<Bool?>(nil)
    }

    /// Runs `first`, which keeps its turn until every item of `then` is in line behind
    /// it, in order; a `nil` item is a connection loan (`withConnection`) that records
    /// whether it saw a transaction open. Returns each write's error (nil: it returned).
    private func runInLine(_ writer: DatabaseWriter, first: @escaping Body, then: [Body?],
                           loan: LoanObservation? = nil) throws -> [String?] {
        let results = Mutex<[Int: String?]>([:])
        let finished = DispatchGroup()
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        func start(_ index: Int, _ work: @escaping @Sendable () throws -> Void) {
            finished.enter()
            Thread {
                defer { finished.leave() }
                do {
                    try work()
                    results.withLock { $0[index] = .some(nil) }
                } catch {
                    results.withLock { $0[index] = .some(String(describing: error)) }
                }
            }.start()
        }
        start(0) {
            try writer.write { db in
                try first(db)
                holding.signal()
                release.wait()
            }
        }
        holding.wait()
        for (offset, body) in then.enumerated() {
            if let body {
                start(offset + 1) { try writer.write(body) }
            } else {
                start(offset + 1) {
                    try writer.withConnection { db in loan?.sawTransaction.withLock { $0 = !db.isAutocommit } }
                }
            }
            try awaitState("\(offset + 1) in line") { writer.waitingTurns == offset + 1 }
        }
        release.signal()
        finished.wait()
        return results.withLock { results in (0...then.count).map { results[$0] ?? "no result" } }
    }

    private func stored(_ writer: DatabaseWriter) throws -> [Int] {
        var values: [Int] = []
        try writer.withConnection { db in
            try db.forEachRow("SELECT x FROM t ORDER BY x", arguments: []) { values.append(try $0.column(0)) }
        }
        return values
    }

    @Test func writesWaitingInLineShareOneCommit() throws {
        try withTemporaryDirectory { directory in
            let writer = try makeWriter(directory)
            let before = writer.commitCounts
            let version = writer.dataVersion
            let errors = try runInLine(writer, first: Self.insert(1), then: [Self.insert(2), Self.insert(3), Self.insert(4)])
            #expect(errors == [nil, nil, nil, nil])
            #expect(writer.commitCounts.transactions == before.transactions + 1)
            #expect(writer.commitCounts.writes == before.writes + 4)
            #expect(writer.dataVersion > version)
            #expect(try stored(writer) == [1, 2, 3, 4])
        }
    }

    @Test func aLoneWriteCommitsAtOnce() throws {
        try withTemporaryDirectory { directory in
            let writer = try makeWriter(directory)
            let before = writer.commitCounts
            for x in 1...3 { try writer.write(Self.insert(x)) }
            #expect(writer.commitCounts.transactions == before.transactions + 3)
        }
    }

    @Test func aWriteThatFailsInAGroupFailsAlone() throws {
        try withTemporaryDirectory { directory in
            let writer = try makeWriter(directory)
            // The third repeats the first's value (UNIQUE); the others know nothing of it.
            let errors = try runInLine(writer, first: Self.insert(1), then: [Self.insert(2), Self.insert(1), Self.insert(4)])
            #expect(errors[0] == nil && errors[1] == nil && errors[3] == nil)
            #expect(errors[2]?.contains("UNIQUE") == true, "\(errors)")
            #expect(try stored(writer) == [1, 2, 4])
            #expect(writer.commitCounts.transactions == 1 + 0, "one group")  // makeWriter's setup was a loan
        }
    }

    @Test func aDeferredViolationFailsItsOwnWriteNotTheGroup() throws {
        try withTemporaryDirectory { directory in
            let writer = try makeWriter(directory)
            // Parent 9 does not exist; the key is only checked at COMMIT, which would
            // fail the group: the writer checks it after each write instead.
            let errors = try runInLine(writer, first: Self.insert(1), then: [Self.insert(2, parent: 9), Self.insert(3)])
            #expect(errors[0] == nil && errors[2] == nil)
            #expect(errors[1]?.contains("FOREIGN KEY") == true, "\(errors)")
            #expect(try stored(writer) == [1, 3])
        }
    }

    @Test func aFailedCommitFailsEveryWriteOfTheGroupAndSavesNothing() throws {
        try withTemporaryDirectory { directory in
            let writer = try makeWriter(directory)
            let refusing = Atomic<Bool>(true)
            try writer.withConnection { db in try db.setCommitVeto { refusing.load(ordering: .relaxed) } }
            let errors = try runInLine(writer, first: Self.insert(1), then: [Self.insert(2), Self.insert(1), Self.insert(4)])
            // Even the write that failed on its own reports the group's failure: its
            // error rested on a row that is now gone.
            for error in errors { #expect(error?.contains("SQLite error 531") == true, "\(errors)") }
            #expect(try stored(writer) == [])
            #expect(writer.commitCounts.transactions == 0)

            refusing.store(false, ordering: .relaxed)
            try writer.write(Self.insert(5))
            #expect(try stored(writer) == [5], "the writer goes on after a failed group")
        }
    }

    @Test func aLoanWaitsForTheGroupBeforeItToCommit() throws {
        try withTemporaryDirectory { directory in
            let writer = try makeWriter(directory)
            let loan = LoanObservation()
            let errors = try runInLine(writer, first: Self.insert(1), then: [Self.insert(2), nil, Self.insert(3)],
                                       loan: loan)
            #expect(errors == [nil, nil, nil, nil])
            #expect(loan.sawTransaction.withLock { $0 } == false)
            // 1 and 2 together, then the loan, then 3 alone.
            #expect(writer.commitCounts.transactions == 2)
            #expect(writer.commitCounts.writes == 3)
        }
    }

    @Test func aGroupCommitsWhenItIsFull() throws {
        try withTemporaryDirectory { directory in
            var limits = Self.patient
            limits.maxWrites = 2
            let writer = try makeWriter(directory, limits)
            let errors = try runInLine(writer, first: Self.insert(1), then: (2...5).map { Self.insert($0) })
            #expect(errors == [nil, nil, nil, nil, nil])
            #expect(writer.commitCounts.transactions == 3)  // 1+2, 3+4, 5
            #expect(try stored(writer) == [1, 2, 3, 4, 5])
        }
    }

    @Test func aGroupCommitsWhenItsFirstWriteHasWaitedLongEnough() throws {
        try withTemporaryDirectory { directory in
            var limits = Self.patient
            limits.maxWait = .zero  // every group is already old enough when the next one asks
            limits.maxWaitBehindSlowCommits = .zero
            let writer = try makeWriter(directory, limits)
            _ = try runInLine(writer, first: Self.insert(1), then: [Self.insert(2), Self.insert(3)])
            #expect(writer.commitCounts.transactions == 3)
        }
    }
}
