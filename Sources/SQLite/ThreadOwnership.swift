#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The thread a `Connection`, and every `Statement` it prepared, is confined to.
///
/// Connections are opened with SQLITE_OPEN_NOMUTEX: SQLite takes no lock of its own,
/// so two threads in one connection at once is undefined behaviour (memory corruption,
/// not an error). As GRDB does, debug builds check the rule at every use (prepare,
/// bind, step, reset, column reads, execute, transactions, close) and trap on the
/// wrong thread. Release builds check nothing; the record itself is one `pthread_self()`
/// when a connection is opened or adopted.
///
/// The owner is the thread that opened the connection until another one adopts it
/// (`Connection.adoptOwnership()`). `DatabaseWriter` lends its connection to whichever
/// thread holds its lock, and leaves it without an owner between loans.
final class ThreadOwnership {
    /// The database file, for the trap's message.
    let path: String
    /// nil: no thread may use the connection now.
    private var owner: pthread_t?

    init(path: String) {
        self.path = path
        owner = pthread_self()
    }

    var isCurrentThread: Bool {
        guard let owner else { return false }
        return pthread_equal(owner, pthread_self()) != 0
    }

    func adopt() { owner = pthread_self() }

    func relinquish() { owner = nil }

    #if DEBUG
    func check(_ use: StaticString, file: StaticString, line: UInt) {
        guard !isCurrentThread else { return }
        let owner = owner.map { "thread \($0)" } ?? "no thread"
        preconditionFailure(
            "SQLite connection to \(path): \(use) on thread \(pthread_self()), but it belongs to \(owner). "
                + "Connections are opened NOMUTEX: use each on one thread, and call adoptOwnership() on "
                + "the thread that takes one over.",
            file: file, line: line)
    }
    #endif
}

extension Connection {
    /// Whether the calling thread owns the connection, i.e. may use it: the thread that
    /// opened it, or the last one that adopted it. Debug builds trap on any use where
    /// this is false.
    public var isOwnedByCurrentThread: Bool { ownership.isCurrentThread }

    /// Makes the calling thread the connection's owner, where a connection legitimately
    /// changes hands: the previous owner must be done with it, and the hand-over must be
    /// ordered (a lock, a thread start, an `await`), never concurrent.
    public func adoptOwnership() { ownership.adopt() }

    /// Leaves the connection to no thread: any use traps (in debug builds) until a thread
    /// adopts it.
    func relinquishOwnership() { ownership.relinquish() }

    /// Traps in debug builds when the calling thread does not own the connection.
    @inline(__always)
    func checkOwner(_ use: StaticString = #function, file: StaticString = #fileID, line: UInt = #line) {
        #if DEBUG
        ownership.check(use, file: file, line: line)
        #endif
    }
}

extension Statement {
    /// Traps in debug builds when the calling thread does not own the statement's connection.
    @inline(__always)
    func checkOwner(_ use: StaticString = #function, file: StaticString = #fileID, line: UInt = #line) {
        #if DEBUG
        ownership.check(use, file: file, line: line)
        #endif
    }
}
