import Dispatch
import Foundation
import Synchronization

/// The one writing connection of a database, and the thread that uses it. Callers on any
/// thread hand it their write (`write`) or a loan of the connection (`withConnection`)
/// and block until it is done; SQLite allows one writer at a time anyway, and one thread
/// running them back to back is cheaper than passing a lock between threads.
///
/// Writes commit in groups: the thread takes the first write waiting, BEGINs, runs it in
/// a savepoint, then runs the writes already queued behind it the same way, and COMMITs
/// once, with one sync, for all of them; only then does any of them return. So a lone
/// write commits at once, and under load one fsync carries many writes (at most
/// `GroupCommit.maxWrites`, for at most `maxWait` since the group began). A write that
/// fails rolls back to its savepoint and fails alone; a COMMIT that fails fails every
/// write of the group, and none of it is saved.
public final class DatabaseWriter: Sendable {
    /// How large a group may grow before it commits, whatever else is queued.
    public struct GroupCommit: Sendable {
        /// Writes in one transaction (their savepoints and one COMMIT).
        public var maxWrites: Int = 256
        /// How long after its first write began a group stops taking more: bounds the
        /// delay group commit adds to any write. A group never waits for writes to come.
        public var maxWait: Duration = .milliseconds(2)
        /// Behind a slow COMMIT (a slow disk's fsync) every write in line has waited longer
        /// than `maxWait` already: the group then takes writes in line for as long as the
        /// last COMMIT took, up to this.
        public var maxWaitBehindSlowCommits: Duration = .milliseconds(100)

        public init() {}
    }

    public let path: String
    private let queue = WriteQueue()
    private let thread: WriterThread

    public init(path: String, options: Connection.Options = .init(), groupCommit: GroupCommit = .init()) throws {
        self.path = path
        let connection = try Connection(path: path, mode: .readWrite, options: options)
        thread = WriterThread(queue: queue, limits: groupCommit)
        thread.start(with: connection)
    }

    deinit { close() }

    /// Rises after every commit, before `write` returns to its callers: a value read
    /// before a read transaction begins, compared with the value now, tells whether
    /// anything was committed since (what caches of read results are keyed on).
    /// Writes by other processes (the command line) do not move it.
    public var dataVersion: UInt64 { thread.counters.version.load(ordering: .acquiring) }

    /// Transactions committed by `write` and the writes they carried: their ratio is
    /// the mean group size (`/metrics`).
    public var commitCounts: (transactions: Int, writes: Int) {
        (thread.counters.transactions.load(ordering: .relaxed), thread.counters.writes.load(ordering: .relaxed))
    }

    /// Writes and loans waiting for the writer thread.
    public var waitingTurns: Int { queue.count }

    /// How a write shares the writer with others.
    public enum WriteSize: Sendable {
        /// Joins a group of writes (one COMMIT for all of them).
        case small
        /// Long (a bulk import): a transaction of its own, never in a group, and taking
        /// turns with the groups: the writes that queue up while it runs go next, before
        /// any other bulk write. So a small write waits for at most one bulk write.
        case bulk
    }

    /// Runs `body` on the writer thread in a savepoint of a BEGIN IMMEDIATE transaction,
    /// and returns once that transaction is committed; rolled back to the savepoint when
    /// `body` throws. `body` may see (and build on) the uncommitted work of writes
    /// earlier in its group.
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        try write(.small, body)
    }

    /// `write`, as a small write (in a group) or a bulk one (a transaction of its own).
    public func write<T>(_ size: WriteSize, _ body: (Connection) throws -> T) throws -> T {
        let slot = try perform(size == .bulk ? .bulk : .write, body)
        switch slot.outcome {
        case .committed:
            guard let result = slot.result else { throw SQLiteError.misuse("a write ended without a result") }
            return try result.get()
        // Even a body that failed reports the group's failure: its own error may rest
        // on work of the group that is now gone.
        case .failed(let error): throw error
        case nil: throw SQLiteError.misuse("a write ended without an outcome")
        }
    }

    /// Whether writes fail for want of space. While they do, this tries a write that
    /// needs room the way real ones do (a new table's page and its journal frames,
    /// created and dropped in one committed transaction), so that the answer turns by
    /// itself once space is freed, even when no client writes.
    /// One probe at a time: callers that find one running report the state as it is, so
    /// that clients polling `/readyz` cannot keep handler threads waiting on the writer.
    public func isStorageExhausted() -> Bool {
        let counters = thread.counters
        guard counters.storageExhausted.load(ordering: .relaxed) else { return false }
        guard counters.probing.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return true }
        defer { counters.probing.store(false, ordering: .releasing) }
        _ = try? write { db in
            try db.execute("CREATE TABLE storage_probe (x); DROP TABLE storage_probe")
        }
        return counters.storageExhausted.load(ordering: .relaxed)
    }

    /// Lends the connection to `body` on the writer thread, outside any transaction
    /// (migrations, pragmas, backups), after the writes queued before it. `body` must not
    /// keep the connection or its statements.
    public func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        guard let result = try perform(.loan, body).result else { throw SQLiteError.misuse("a loan ended without a result") }
        return try result.get()
    }

    /// Closes the connection after the jobs queued before; later calls throw. Waits for
    /// the writer thread to finish.
    public func close() {
        queue.close()
        // On the writer thread itself (a job held the last reference), waiting would never end.
        if !thread.isCurrent { thread.waitUntilFinished() }
    }

    /// Runs `body` on the writer thread as a job of `kind` and blocks until the job is
    /// settled; the slot then holds its result (and, for a write, its group's outcome).
    private func perform<T>(_ kind: WriterJob.Kind, _ body: (Connection) throws -> T) throws -> ResultSlot<T> {
        try withoutActuallyEscaping(body) { body in
            let slot = ResultSlot<T>()
            let work = WriterWork(
                run: { connection in
                    do {
                        slot.result = .success(try body(connection))
                        return nil
                    } catch {
                        slot.result = .failure(error)
                        return error
                    }
                },
                fail: { error in slot.result = .failure(error) },
                settle: { outcome in slot.outcome = outcome })
            let done = DispatchSemaphore(value: 0)
            guard queue.submit(WriterJob(kind: kind, work: work, done: done)) else {
                throw SQLiteError.misuse("the database writer for \(path) is closed")
            }
            // The writer thread lets go of the job (and so of `body`, which must not outlive
            // `withoutActuallyEscaping`) before it signals.
            done.wait()
            return slot
        }
    }
}

/// Where the writer thread leaves a job's result for the caller. Written by the writer
/// thread before `done` is signalled, read by the caller after: the semaphore orders it.
private final class ResultSlot<T> {
    var result: Result<T, any Error>?
    var outcome: WriteBatch.Outcome?
}
