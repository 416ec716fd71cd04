import Synchronization

/// A small pool of read connections: a request borrows one and gives it back, so the
/// schema is parsed once per connection rather than once per request. The pool grows
/// to the peak number of concurrent requests; that is the usual shape of a
/// hand-written pool in front of SQLite.
final class ConnectionPool: Sendable {
    private let path: String
    private let idle = Mutex<[SQLiteConnection]>([])

    init(path: String) {
        self.path = path
    }

    func withConnection<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() } ?? SQLiteConnection(path: path)
        defer { idle.withLock { $0.append(connection) } }
        return try body(connection)
    }
}
