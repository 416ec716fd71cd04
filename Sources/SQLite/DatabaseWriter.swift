import Synchronization

/// The one writing connection of a database, shared by threads: a Mutex
/// around a `.readWrite` Connection. SQLite allows one writer at a time
/// anyway; queueing here is cheaper and fairer than SQLITE_BUSY retries.
///
/// `write` blocks the calling thread while another thread writes; keep
/// write bodies short and free of I/O other than the database.
public final class DatabaseWriter: Sendable {
    /// Guards `connection`; the value says whether it was closed.
    private let lock = Mutex<Bool>(false)
    /// Touched only while `lock` is held. `Mutex<Connection>` cannot express
    /// lending its value to the caller's non-Sendable closure (region
    /// checking rejects it), so the pairing is by convention, in this file only.
    nonisolated(unsafe) private let connection: Connection
    public let path: String

    public init(path: String, options: Connection.Options = .init()) throws {
        self.path = path
        self.connection = try Connection(path: path, mode: .readWrite, options: options)
    }

    /// Runs `body` in a BEGIN IMMEDIATE transaction: committed when it
    /// returns, rolled back when it throws.
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        try withConnection { connection in
            try connection.transaction(.immediate) { try body(connection) }
        }
    }

    /// Lends the connection without a transaction (migrations, pragmas,
    /// backups). `body` must not keep the connection or its statements.
    public func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        try lock.withLock { closed in
            guard !closed else { throw SQLiteError.misuse("the database writer for \(path) is closed") }
            return try body(connection)
        }
    }

    /// Closes the connection (after any write in progress); later calls throw.
    public func close() {
        lock.withLock { closed in
            connection.close()
            closed = true
        }
    }
}
