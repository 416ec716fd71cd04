import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who uses a database file, so that `restore` never replaces it under a running server:
/// `serve` holds a shared `flock` on `<database>.lock` for as long as it runs, `restore`
/// an exclusive one, so each refuses while the other runs.
///
/// A lock file beside the database rather than a lock on the database itself: closing any
/// descriptor of the database file would drop the POSIX locks SQLite holds on it in this
/// process. The kernel drops a `flock` when its process ends, however it ends, so a file
/// left behind is harmless. Only these two commands take it; `migrate`, `seed`, `token`
/// and `user` run beside a server, as they always could.
public final class DatabaseUseLock: Sendable {
    public enum Use: Sendable {
        /// `serve`: shared, so that servers do not exclude each other (as before).
        case serving
        /// `restore`: exclusive.
        case restoring
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A server holds the database (restore), or a restore runs (serve).
        case inUse(databasePath: String, by: Use)
        case cannotLock(path: String, errno: Int32)

        public var description: String {
            switch self {
            case .inUse(let path, .serving):
                "a server is using \(path); stop it first (catalogus serve holds \(path).lock)"
            case .inUse(let path, .restoring):
                "\(path) is being restored; start the server once the restore has finished"
            case .cannotLock(let path, let code):
                "cannot lock \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    public let path: String
    private let descriptor: Int32

    public static func path(forDatabase databasePath: String) -> String { databasePath + ".lock" }

    /// Takes the lock without waiting.
    public init(database databasePath: String, for use: Use) throws(Failure) {
        path = Self.path(forDatabase: databasePath)
        let folder = (databasePath as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotLock(path: path, errno: errno) }
        guard flock(fd, (use == .serving ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw .inUse(databasePath: databasePath, by: use == .serving ? .restoring : .serving) }
            throw .cannotLock(path: path, errno: code)
        }
        descriptor = fd
    }

    /// Closing the descriptor lets go of the lock.
    deinit { close(descriptor) }
}
