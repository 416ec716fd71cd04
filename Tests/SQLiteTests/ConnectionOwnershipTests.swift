import Foundation
import SQLite
import Synchronization
import Testing

/// Carries a connection to another thread that only asks whether it owns it, or adopts
/// it while the test thread waits: never two threads in SQLite at once. The test
/// thread owns the connection except between an `adoptOwnership()` there and the
/// test's own adoption after the thread has ended.
private final class Handover: @unchecked Sendable {
    let connection: Connection
    init(_ connection: Connection) { self.connection = connection }
}

/// Runs `body` on a new thread and waits for its answer.
private func onAnotherThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let answer = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        let value = body()
        answer.withLock { $0 = value }
        done.signal()
    }
    thread.start()
    done.wait()
    return answer.withLock { $0! }
}

/// The debug-build owner check: a use on another thread traps, so what is tested here is
/// the predicate it traps on, `isOwnedByCurrentThread`. (The whole suite, whose
/// integration tests run the real server in this process, passing in debug builds is
/// the proof that every hand-over adopts the connection.)
@Suite struct ConnectionOwnershipTests {
    @Test func theOpeningThreadOwnsTheConnectionAndUsesIt() throws {
        try withTemporaryDatabase { db, _ in
            #expect(db.isOwnedByCurrentThread)
            try db.execute("CREATE TABLE t (x INTEGER) STRICT")
            try db.transaction { try db.run("INSERT INTO t VALUES (?)", 1) }
            let statement = try db.cachedStatement("SELECT x FROM t")
            #expect(try statement.step())
            #expect(try statement.int64(0) == 1)
            statement.reset()
            #expect(db.isOwnedByCurrentThread)
        }
    }

    @Test func anotherThreadIsNotTheOwner() throws {
        try withTemporaryDatabase { db, _ in
            let handover = Handover(db)
            #expect(onAnotherThread { handover.connection.isOwnedByCurrentThread } == false)
            #expect(db.isOwnedByCurrentThread)
        }
    }

    @Test func adoptionMovesOwnershipToTheAdoptingThread() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (x INTEGER) STRICT")
            let handover = Handover(db)
            let usedThere = onAnotherThread { () -> Bool in
                handover.connection.adoptOwnership()
                guard handover.connection.isOwnedByCurrentThread else { return false }
                return (try? handover.connection.run("INSERT INTO t VALUES (1)")) != nil
            }
            #expect(usedThere)
            #expect(!db.isOwnedByCurrentThread, "the thread that adopted it owns it now")
            db.adoptOwnership()
            #expect(db.isOwnedByCurrentThread)
            #expect(try db.scalar("SELECT count(*) FROM t", as: Int.self) == 1)
        }
    }

    @Test func theWritersConnectionBelongsToWhoeverHoldsItsLock() throws {
        try withTemporaryDirectory { directory in
            let writer = try DatabaseWriter(path: directory + "/db.sqlite")
            defer { writer.close() }
            #expect(try writer.withConnection { $0.isOwnedByCurrentThread })
            #expect(onAnotherThread { (try? writer.write { $0.isOwnedByCurrentThread }) ?? false })
            // Kept past its loan, the connection belongs to no thread, not even this one.
            let kept = try writer.withConnection { $0 }
            #expect(!kept.isOwnedByCurrentThread)
        }
    }
}
