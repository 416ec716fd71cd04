import CSQLite
import Dispatch
import Foundation
import Synchronization

/// What the writer thread reports to everyone: counters and the storage state.
final class WriterCounters: Sendable {
    let version = Atomic<UInt64>(0)
    let transactions = Atomic<Int>(0)
    let writes = Atomic<Int>(0)
    /// Set when a write failed because storage ran out, cleared by the next commit that
    /// carried work: `/readyz` reports it, and writes resume by themselves once there is room.
    let storageExhausted = Atomic<Bool>(false)
    let probing = Atomic<Bool>(false)
}

/// The thread that owns the writing connection and runs the queued jobs: loans alone,
/// writes in groups (see `DatabaseWriter`).
final class WriterThread: Sendable {
    let counters = WriterCounters()
    private let queue: WriteQueue
    private let limits: DatabaseWriter.GroupCommit
    private let finished = DispatchGroup()
    /// The thread's pthread id, once it runs.
    private let threadID = Atomic<UInt>(0)
    /// How long the last COMMIT took (its fsync), in nanoseconds; only the writer thread
    /// reads and writes it (an atomic only because the class is shared).
    private let lastCommitNanoseconds = Atomic<Int64>(0)

    init(queue: WriteQueue, limits: DatabaseWriter.GroupCommit) {
        self.queue = queue
        self.limits = limits
    }

    /// Starts the thread, which adopts `connection` (opened on the caller's thread; the
    /// thread start orders the hand-over) and closes it when the queue closes.
    func start(with connection: Connection) {
        finished.enter()
        // Connection is not Sendable; it goes to the thread and is never used here again.
        nonisolated(unsafe) let handedOver = connection
        let thread = Thread { [self] in
            threadID.store(UInt(pthread_self()), ordering: .relaxed)
            handedOver.adoptOwnership()
            run(handedOver)
            handedOver.close()
            finished.leave()
        }
        thread.name = "sqlite-writer"
        thread.start()
    }

    /// Whether the caller is this writer's thread.
    var isCurrent: Bool { threadID.load(ordering: .relaxed) == UInt(pthread_self()) }

    func waitUntilFinished() { finished.wait() }

    private func run(_ connection: Connection) {
        var others = OtherProcesses(connection)
        while true {
            switch runNext(connection) {
            case .closed:
                return
            case .idle:
                others.check(counters)
            case .ran(let wakeUps):
                // Wake-ups are sent only here, after the jobs they belong to are let go.
                for wakeUp in wakeUps { wakeUp.signal() }
                others.checkIfDue(counters)
            }
        }
    }

    private enum Step {
        case ran(wakeUps: [DispatchSemaphore])
        case idle
        case closed
    }

    /// Waits for the next job and runs it; the job is let go when this returns.
    private func runNext(_ connection: Connection) -> Step {
        switch queue.next(waitingUntil: .now() + OtherProcesses.interval) {
        case .closed: .closed
        case .idle: .idle
        case .job(let job): .ran(wakeUps: run(job, connection))
        }
    }

    /// Commits by other processes on the same file (the CLI's `seed`, `user`, `token`
    /// while the server runs) raise `dataVersion` too, within `interval`: SQLite's
    /// `PRAGMA data_version` on this connection changes only when another connection
    /// commits, and this process's other connections are read-only.
    private struct OtherProcesses {
        static let interval = DispatchTimeInterval.seconds(1)
        let connection: Connection
        var seen: Int64?
        var due = DispatchTime.now()

        init(_ connection: Connection) {
            self.connection = connection
            seen = Self.version(connection)
        }

        mutating func checkIfDue(_ counters: WriterCounters) {
            if DispatchTime.now() >= due { check(counters) }
        }

        mutating func check(_ counters: WriterCounters) {
            due = .now() + Self.interval
            let now = Self.version(connection)
            if now != seen { counters.version.add(1, ordering: .releasing) }
            seen = now
        }

        private static func version(_ connection: Connection) -> Int64? {
            try? connection.scalar("PRAGMA data_version", as: Int64.self)
        }
    }

    /// Runs a job, and for a write the group it starts; returns whom to wake.
    private func run(_ job: WriterJob, _ connection: Connection) -> [DispatchSemaphore] {
        switch job.kind {
        case .loan:
            _ = job.work.run(connection)
            // Whatever the loan did is on disk before its caller goes on; count it.
            counters.version.add(1, ordering: .releasing)
            return [job.done]
        case .write, .bulk:
            var batch = WriteBatch()
            do {
                try connection.run("BEGIN IMMEDIATE")
            } catch {
                job.work.fail(note(error))
                batch.add(job, succeeded: false, storageFailure: false)
                return batch.settle(.failed(error))
            }
            // Writes already queued join the group for `maxWait`, or for as long as the last
            // COMMIT took when that was longer (up to `maxGroupWindow`): behind a slow fsync
            // every queued write has waited longer than `maxWait` already, and closing the
            // group after one of them would cost each its own slow fsync (1.08 writes per
            // commit under a 200 ms fsync in `make chaos` B).
            let window = Self.groupWindow(limits, lastCommit: .nanoseconds(lastCommitNanoseconds.load(ordering: .relaxed)))
            var next: WriterJob? = job
            while let write = next {
                if let ended = runInSavepoint(write, in: connection, batch: &batch) {
                    // SQLite ended the transaction itself (some I/O and disk-full errors
                    // do): the group's earlier writes are gone with it.
                    return finish(&batch, .failed(ended))
                }
                // A bulk write is a transaction of its own: writes queued meanwhile would
                // wait for all of it, and they go first after it instead (see `WriteQueue`).
                guard write.kind == .write, batch.count < limits.maxWrites,
                      ContinuousClock.now - batch.startedAt < window else { break }
                next = queue.nextQueuedWrite()
            }
            return commit(&batch, connection)
        }
    }

    /// How long a group keeps taking writes already in line: `maxWait`, or the last
    /// COMMIT's duration when that was longer, never beyond `maxWaitBehindSlowCommits`.
    static func groupWindow(_ limits: DatabaseWriter.GroupCommit, lastCommit: Duration) -> Duration {
        max(limits.maxWait, min(lastCommit, limits.maxWaitBehindSlowCommits))
    }

    /// Runs one write in its savepoint and adds it to the batch; returns an error only
    /// when the whole transaction ended.
    private func runInSavepoint(_ job: WriterJob, in connection: Connection, batch: inout WriteBatch) -> (any Error)? {
        var failure: (any Error)?
        do {
            try connection.run("SAVEPOINT write")
            failure = job.work.run(connection)
            // COMMIT would fail on it, for the whole group: refuse it here, for this write.
            if failure == nil, try connection.hasDeferredViolations {
                throw SQLiteError(code: SQLiteExtendedCode.constraintForeignKey, message: "FOREIGN KEY constraint failed (deferred)")
            }
            if failure == nil { try connection.run("RELEASE write") }
        } catch {
            job.work.fail(error)
            failure = error
        }
        if connection.isAutocommit {
            let error = failure ?? SQLiteError(code: SQLITE_MISUSE, message: "a write body ended the transaction it was given")
            batch.add(job, succeeded: false, storageFailure: false)
            return note(error)
        }
        if failure != nil {
            // Undo this write only; the savepoint is then released empty.
            try? connection.run("ROLLBACK TO write")
            try? connection.run("RELEASE write")
        }
        let storage = (failure as? SQLiteError)?.isStorageExhausted ?? false
        if storage { _ = note(failure!) }
        batch.add(job, succeeded: failure == nil, storageFailure: storage)
        return nil
    }

    private func commit(_ batch: inout WriteBatch, _ connection: Connection) -> [DispatchSemaphore] {
        let started = ContinuousClock.now
        do {
            try connection.run("COMMIT")
            let took = (ContinuousClock.now - started).components
            lastCommitNanoseconds.store(took.seconds &* 1_000_000_000 &+ took.attoseconds / 1_000_000_000, ordering: .relaxed)
        } catch {
            connection.rollbackIfOpen()
            return finish(&batch, .failed(note(error)))
        }
        counters.transactions.add(1, ordering: .relaxed)
        counters.writes.add(batch.count, ordering: .relaxed)
        if batch.provesRoom { counters.storageExhausted.store(false, ordering: .relaxed) }
        return finish(&batch, .committed)
    }

    private func finish(_ batch: inout WriteBatch, _ outcome: WriteBatch.Outcome) -> [DispatchSemaphore] {
        // Before any member returns: a read that starts after a write's answer sees the change.
        counters.version.add(1, ordering: .releasing)
        return batch.settle(outcome)
    }

    /// Records a storage failure for `/readyz`; returns the error unchanged.
    private func note(_ error: any Error) -> any Error {
        if let error = error as? SQLiteError, error.isStorageExhausted {
            counters.storageExhausted.store(true, ordering: .relaxed)
        }
        return error
    }
}
