import Synchronization

/// The one writing connection of a database, shared by threads: a Mutex
/// around a `.readWrite` Connection. SQLite allows one writer at a time
/// anyway; queueing here is cheaper and fairer than SQLITE_BUSY retries.
///
/// `write` blocks the calling thread while another thread writes; keep
/// write bodies short and free of I/O other than the database.
///
/// There is no writer thread: the connection's owner (see `ThreadOwnership`) is
/// the thread holding the lock, which adopts it for the length of its loan; between
/// loans it belongs to no thread, so in debug builds a connection kept past its
/// `withConnection` body traps at its next use.
public final class DatabaseWriter: Sendable {
    /// Guards `connection`; the value says whether it was closed.
    private let lock = Mutex<Bool>(false)
    /// Touched only while `lock` is held, and owned by the thread that holds it.
    /// `Mutex<Connection>` cannot express lending its value to the caller's
    /// non-Sendable closure (region checking rejects it), so the pairing is by
    /// convention, in this file only; the owner check catches a slip in debug builds.
    nonisolated(unsafe) private let connection: Connection
    public let path: String
    /// Set when a write failed because storage ran out, cleared by the next write that
    /// commits: `/readyz` reports it, and writes resume by themselves once there is room.
    private let storageExhausted = Atomic<Bool>(false)
    private let probing = Atomic<Bool>(false)
    /// Counts the commits (and connection loans, which may write) since this writer
    /// opened; see `dataVersion`.
    private let version = Atomic<UInt64>(0)

    public init(path: String, options: Connection.Options = .init()) throws {
        self.path = path
        let connection = try Connection(path: path, mode: .readWrite, options: options)
        // Opened (and configured) on this thread; from now on only lock holders own it.
        connection.relinquishOwnership()
        self.connection = connection
    }

    /// Rises after every commit, before `write` returns to its caller: a value read
    /// before a read transaction begins, compared with the value now, tells whether
    /// anything was committed since (what caches of read results are keyed on).
    /// Writes by other processes (the command line) do not move it.
    public var dataVersion: UInt64 { version.load(ordering: .acquiring) }

    /// Runs `body` in a BEGIN IMMEDIATE transaction: committed when it
    /// returns, rolled back when it throws.
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        do {
            let result = try withConnection { connection in
                try connection.transaction(.immediate) { try body(connection) }
            }
            storageExhausted.store(false, ordering: .relaxed)
            return result
        } catch let error as SQLiteError where error.isStorageExhausted {
            storageExhausted.store(true, ordering: .relaxed)
            throw error
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

    /// Lends the connection without a transaction (migrations, pragmas,
    /// backups). `body` must not keep the connection or its statements.
    public func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        try lock.withLock { closed in
            guard !closed else { throw SQLiteError.misuse("the database writer for \(path) is closed") }
            // Ownership passes to the lock holder, and back to no thread after the loan.
            connection.adoptOwnership()
            defer {
                // Whatever the loan did is on disk before the lock passes on; count it.
                version.add(1, ordering: .releasing)
                connection.relinquishOwnership()
            }
            return try body(connection)
        }
    }

    /// Closes the connection (after any write in progress); later calls throw.
    public func close() {
        lock.withLock { closed in
            connection.adoptOwnership()
            defer { connection.relinquishOwnership() }
            connection.close()
            closed = true
        }
    }
}
