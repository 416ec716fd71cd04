import Foundation
import Glibc
#if canImport(Glibc)
#endif

/// Who uses a database file, so that `restore` never replaces it under a running server:
/// `serve` and the commands that change the database (`migrate`, `seed`, `token`, `user`)
/// hold a shared `flock` on `<database>.lock` for as long as they run, `restore` an
/// exclusive one, so a restore refuses while any of them runs and they refuse during one.
///
/// A lock file beside the database rather than a lock on the database itself: closing any
/// descriptor of the database file would drop the POSIX locks SQLite holds on it in this
/// process. The kernel drops a `flock` when its process ends, however it ends, so a file
/// left behind is harmless. Shared holders do not exclude each other: the commands run
/// beside a server, as they always could.
public final class DatabaseUseLock: Sendable {
    public enum Use: Sendable {
        /// `serve`: shared, so that servers do not exclude each other (as before).
        case serving
        /// `migrate`, `seed`, `token`, `user`: shared, beside a server.
        case changing
        /// `restore`: exclusive.
        case restoring
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A server or command holds the database (restore), or a restore runs (the others).
        case inUse(databasePath: String, by: Use)
        case cannotLock(path: String, errno: Int32)

        public var description: String {
            switch self {
            case .inUse(let path, .serving), .inUse(let path, .changing):
                "a server or another catalogus command is using \(path); stop it first (it holds \(path).lock)"
            case .inUse(let path, .restoring):
                "\(path) is being restored; run this once the restore has finished"
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
        let exclusive = use == .restoring
        guard flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw .inUse(databasePath: databasePath, by: exclusive ? .serving : .restoring) }
            throw .cannotLock(path: path, errno: code)
        }
        descriptor = fd
    }

    /// Closing the descriptor lets go of the lock.
    deinit { close(descriptor) }
}
