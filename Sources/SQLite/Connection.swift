import CSQLite

/// One SQLite connection.
///
/// Opened with SQLITE_OPEN_NOMUTEX: SQLite does no locking of its own, so a
/// connection (and every `Statement` it made) belongs to ONE thread, the one
/// that opened it or the last one that called `adoptOwnership()`; debug builds
/// trap on a use from any other (see `ThreadOwnership`). The type is
/// deliberately not `Sendable`; share writes through `DatabaseWriter`, and give
/// each reading thread its own `.readOnly` connection, opened on that thread.
public final class Connection {
    public enum Mode: Sendable {
        /// Creates the file when missing; WAL journal.
        case readWrite
        /// Never writes (PRAGMA query_only); the file must exist.
        case readOnly
    }

    public struct Options: Sendable {
        /// How long to wait for another connection's lock before SQLITE_BUSY.
        public var busyTimeoutMilliseconds: Int32 = 5000
        /// FULL fsyncs the WAL at each commit, so an acknowledged write survives
        /// a power cut; NORMAL only survives a crash of the process.
        public var synchronousFull: Bool = true
        /// Prepared statements kept per connection; the cache is emptied when full.
        public var statementCacheCapacity: Int = 256

        public init(
            busyTimeoutMilliseconds: Int32 = 5000,
            synchronousFull: Bool = true,
            statementCacheCapacity: Int = 256
        ) {
            self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
            self.synchronousFull = synchronousFull
            self.statementCacheCapacity = statementCacheCapacity
        }
    }

    public let path: String
    public let mode: Mode
    public let options: Options
    /// nil once closed.
    private var db: OpaquePointer?
    private var statementCache: StatementCache
    /// The thread that may use the connection; shared with its statements.
    let ownership: ThreadOwnership
    /// Kept alive while SQLite holds a pointer to it (`setCommitVeto`).
    var commitVeto: CommitVeto?

    public init(path: String, mode: Mode = .readWrite, options: Options = .init()) throws {
        self.path = path
        self.mode = mode
        self.options = options
        self.statementCache = StatementCache(capacity: options.statementCacheCapacity)
        // The opening thread owns the connection.
        self.ownership = ThreadOwnership(path: path)

        var access: Int32
        switch mode {
        case .readWrite: access = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: access = SQLITE_OPEN_READONLY
        }
        var handle: OpaquePointer?
        let rc = sqlite3_open_v2(path, &handle, access | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nil)
        guard rc == SQLITE_OK, let handle else {
            let error = SQLiteError(code: rc, db: handle, sql: nil)
            sqlite3_close_v2(handle)
            throw error
        }
        self.db = handle
        do {
            try configure(handle)
        } catch {
            closeHandle()
            throw error
        }
    }

    /// Unchecked: once the last reference is gone, no thread can be using the connection.
    deinit {
        closeHandle()
    }

    private func configure(_ handle: OpaquePointer) throws {
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, options.busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
        switch mode {
        case .readWrite:
            // WAL lets readers run while the writer writes (https://www.sqlite.org/wal.html).
            // The pragma answers the mode actually in force, which may differ.
            // Not through the statement cache: it runs once.
            let statement = try makeStatement("PRAGMA journal_mode = WAL")
            let journal = try statement.step() ? statement.column(0, as: String?.self) : nil
            guard journal?.lowercased() == "wal" else {
                throw SQLiteError(
                    code: SQLITE_ERROR,
                    message: "could not switch \(path) to WAL; journal_mode is \(journal ?? "unknown")")
            }
            try execute(options.synchronousFull ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL")
            // Each write of a group commit runs in a SAVEPOINT, whose statement journal
            // SQLite spills to a temporary file past 64 KiB: a pwrite per page per write in
            // the profile. A write's journal is bounded by the pages one request touches.
            try execute("PRAGMA temp_store = MEMORY")
        case .readOnly:
            try execute("PRAGMA query_only = ON")
        }
    }

    /// Closes the connection; safe to call again. Statements still referenced
    /// elsewhere keep the handle as a zombie until they are released.
    public func close() {
        guard db != nil else { return }
        checkOwner()
        closeHandle()
    }

    private func closeHandle() {
        guard let db else { return }
        statementCache.removeAll()
        sqlite3_close_v2(db)
        self.db = nil
    }

    /// The open handle, or a misuse error once closed. Every use of the connection
    /// starts here, hence the owner check.
    func handle(_ use: StaticString = #function) throws -> OpaquePointer {
        checkOwner(use)
        guard let db else { throw SQLiteError.misuse("the connection to \(path) is closed") }
        return db
    }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 {
        checkOwner()
        guard let db else { return 0 }
        return sqlite3_last_insert_rowid(db)
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    public var changes: Int {
        checkOwner()
        guard let db else { return 0 }
        return Int(sqlite3_changes64(db))
    }

    /// False inside an open transaction.
    public var isAutocommit: Bool {
        checkOwner()
        guard let db else { return true }
        return sqlite3_get_autocommit(db) != 0
    }

    /// The statement for `sql` from this connection's cache, prepared with
    /// SQLITE_PREPARE_PERSISTENT on first use. The caller resets it when done.
    public func cachedStatement(_ sql: String) throws -> Statement {
        let db = try handle()
        return try statementCache.statement(for: sql) {
            try Statement(db: db, sql: sql, persistent: true, ownership: ownership)
        }
    }

    /// A new statement that is not cached (finalized when released).
    public func makeStatement(_ sql: String) throws -> Statement {
        try Statement(db: handle(), sql: sql, persistent: false, ownership: ownership)
    }
}
