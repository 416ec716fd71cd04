import Synchronization

/// The one writing connection of a database, shared by threads. SQLite allows one
/// writer at a time anyway; taking turns here is cheaper and fairer than SQLITE_BUSY
/// retries.
///
/// Writes commit in groups: a write that finds others waiting leaves its work in the
/// open transaction (released from its own savepoint) and passes the connection on;
/// the last of the group commits once, with one sync, for all of them, and only then
/// does any of them return. So a lone write commits at once, and under load one fsync
/// carries up to `GroupCommit.maxWrites` writes. A write that fails rolls back to its
/// savepoint and fails alone; a COMMIT that fails fails every write of the group, and
/// none of it is saved.
///
/// There is no writer thread: each caller runs its own body, and the connection's
/// owner (see `ThreadOwnership`) is the thread whose turn it is, which adopts it for
/// the length of its turn; between turns it belongs to no thread, so in debug builds a
/// connection kept past its body traps at its next use.
public final class DatabaseWriter: Sendable {
    /// How large a group may grow before it commits, whoever else is waiting.
    public struct GroupCommit: Sendable {
        /// Writes in one transaction (their savepoints and one COMMIT).
        public var maxWrites: Int = 256
        /// How long the group's first write may wait for the others before the group
        /// commits: the longest delay group commit adds to any write (plus one body's run).
        public var maxWait: Duration = .milliseconds(2)

        public init() {}
    }

    /// Touched only by the thread whose turn it is (`turns`), which owns it meanwhile.
    /// A Mutex cannot lend its value to the caller's non-Sendable closure (region
    /// checking rejects it), so the pairing is by convention, in this file only; the
    /// owner check catches a slip in debug builds.
    nonisolated(unsafe) private let connection: Connection
    public let path: String
    private let turns = WriterTurns()
    private let limits: GroupCommit
    /// The group whose transaction is open, if any; read and replaced only in a turn.
    private let openBatch = Mutex<WriteBatch?>(nil)
    /// Set when a write failed because storage ran out, cleared by the next write that
    /// commits: `/readyz` reports it, and writes resume by themselves once there is room.
    private let storageExhausted = Atomic<Bool>(false)
    private let probing = Atomic<Bool>(false)
    /// Counts commits (and connection loans, which may write) since this writer opened;
    /// see `dataVersion`.
    private let version = Atomic<UInt64>(0)
    private let committedBatches = Atomic<Int>(0)
    private let committedWrites = Atomic<Int>(0)

    public init(path: String, options: Connection.Options = .init(), groupCommit: GroupCommit = .init()) throws {
        self.path = path
        limits = groupCommit
        let connection = try Connection(path: path, mode: .readWrite, options: options)
        // Opened (and configured) on this thread; from now on only turn holders own it.
        connection.relinquishOwnership()
        self.connection = connection
    }

    /// Rises after every commit, before `write` returns to its callers: a value read
    /// before a read transaction begins, compared with the value now, tells whether
    /// anything was committed since (what caches of read results are keyed on).
    /// Writes by other processes (the command line) do not move it.
    public var dataVersion: UInt64 { version.load(ordering: .acquiring) }

    /// Transactions committed by `write` and the writes they carried: their ratio is
    /// the mean group size (`/metrics`).
    public var commitCounts: (transactions: Int, writes: Int) {
        (committedBatches.load(ordering: .relaxed), committedWrites.load(ordering: .relaxed))
    }

    /// Threads waiting for their turn on the connection (writes and loans).
    public var waitingTurns: Int { turns.waiting }

    /// Runs `body` in a savepoint of a BEGIN IMMEDIATE transaction and returns once
    /// that transaction is committed; rolled back to the savepoint when `body` throws.
    /// `body` may see (and build on) the uncommitted work of writes earlier in its group.
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        try turns.take(for: .write, path: path)
        connection.adoptOwnership()
        let batch: WriteBatch
        do {
            batch = try joinOrBegin()
        } catch {
            endTurn()
            throw noteStorage(error)
        }
        let result = runInSavepoint(body)
        switch result {
        case .success: batch.noteSuccess()
        case .failure(let error as SQLiteError) where error.isStorageExhausted:
            _ = noteStorage(error)
            batch.noteStorageFailure()
        case .failure: break
        }
        if connection.isAutocommit {
            // SQLite ended the transaction itself (some I/O and disk-full errors do):
            // the group's earlier writes are gone with it.
            let error = result.failure ?? SQLiteError.misuse("a write body ended the transaction it was given")
            finish(batch, .failed(noteStorage(error)))
            endTurn()
            throw error
        }
        let limits = self.limits
        connection.relinquishOwnership()
        let joined = turns.passToWriter {
            guard batch.count < limits.maxWrites, ContinuousClock.now - batch.startedAt < limits.maxWait else { return false }
            batch.addMember()
            return true
        }
        let outcome: WriteBatch.Outcome
        if joined {
            outcome = batch.awaitOutcome()
        } else {
            connection.adoptOwnership()
            outcome = commit(batch)
            endTurn()
        }
        switch outcome {
        case .committed: return try result.get()
        // Even a body that failed reports the group's failure: its own error may rest
        // on work of the group that is now gone.
        case .failed(let error): throw error
        }
    }

    /// Whether writes fail for want of space. While they do, this tries a write that
    /// needs room the way real ones do (a new table's page and its journal frames,
    /// created and dropped in one committed transaction), so that the answer turns by
    /// itself once space is freed, even when no client writes.
    /// One probe at a time: callers that find one running report the state as it is, so
    /// that clients polling `/readyz` cannot keep handler threads waiting on the writer.
    public func isStorageExhausted() -> Bool {
        guard storageExhausted.load(ordering: .relaxed) else { return false }
        guard probing.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return true }
        defer { probing.store(false, ordering: .releasing) }
        _ = try? write { db in
            try db.execute("CREATE TABLE storage_probe (x); DROP TABLE storage_probe")
        }
        return storageExhausted.load(ordering: .relaxed)
    }

    /// Lends the connection without a transaction (migrations, pragmas, backups), after
    /// any open group has committed. `body` must not keep the connection or its statements.
    public func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        try turns.take(for: .loan, path: path)
        connection.adoptOwnership()
        defer {
            // Whatever the loan did is on disk before the turn passes on; count it.
            version.add(1, ordering: .releasing)
            endTurn()
        }
        return try body(connection)
    }

    /// Closes the connection (after the writes before it); later calls throw.
    public func close() {
        guard (try? turns.take(for: .loan, path: path)) != nil else { return }  // closed already
        connection.adoptOwnership()
        connection.close()
        turns.close()
        endTurn()
    }

    // MARK: - The steps of a turn

    /// The open group's batch, or a new one with its BEGIN IMMEDIATE.
    private func joinOrBegin() throws -> WriteBatch {
        if let batch = openBatch.withLock({ $0 }) { return batch }
        try connection.run("BEGIN IMMEDIATE")
        let batch = WriteBatch()
        openBatch.withLock { $0 = batch }
        return batch
    }

    private func runInSavepoint<T>(_ body: (Connection) throws -> T) -> Result<T, any Error> {
        do {
            try connection.run("SAVEPOINT write")
        } catch {
            return .failure(error)
        }
        do {
            let value = try body(connection)
            // COMMIT would fail on it, for the whole group: refuse it here, for this write.
            if try connection.hasDeferredViolations {
                throw SQLiteError(code: SQLiteExtendedCode.constraintForeignKey,
                                  message: "FOREIGN KEY constraint failed (deferred)")
            }
            try connection.run("RELEASE write")
            return .success(value)
        } catch {
            if !connection.isAutocommit {
                // Undo this write only; the savepoint is then released empty.
                try? connection.run("ROLLBACK TO write")
                try? connection.run("RELEASE write")
            }
            return .failure(error)
        }
    }

    /// COMMITs the group and tells its members; on failure nothing of it is saved.
    private func commit(_ batch: WriteBatch) -> WriteBatch.Outcome {
        let outcome: WriteBatch.Outcome
        do {
            try connection.run("COMMIT")
            committedBatches.add(1, ordering: .relaxed)
            committedWrites.add(batch.count, ordering: .relaxed)
            if batch.provesRoom { storageExhausted.store(false, ordering: .relaxed) }
            outcome = .committed
        } catch {
            connection.rollbackIfOpen()
            outcome = .failed(noteStorage(error))
        }
        finish(batch, outcome)
        return outcome
    }

    private func finish(_ batch: WriteBatch, _ outcome: WriteBatch.Outcome) {
        openBatch.withLock { $0 = nil }
        // Before any member returns: a read that starts after a write's answer sees the change.
        version.add(1, ordering: .releasing)
        batch.finish(outcome)
    }

    private func endTurn() {
        connection.relinquishOwnership()
        turns.pass()
    }

    /// Records a storage failure for `/readyz`; returns the error unchanged.
    private func noteStorage(_ error: any Error) -> any Error {
        if let error = error as? SQLiteError, error.isStorageExhausted {
            storageExhausted.store(true, ordering: .relaxed)
        }
        return error
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
