import Foundation
import Glibc
import SQLite
#if canImport(Glibc)
#endif

/// `catalogus restore FILE --db PATH`: puts a backup in place of the database.
public enum DatabaseRestore {
    public struct Outcome: Sendable {
        /// From the start of the check to the renamed, synced file (the RTO, less the server's start).
        public let duration: Duration
        public let bytes: Int64
    }

    /// Refuses while a server holds the database (`DatabaseUseLock`), and when the file
    /// fails its integrity check or is not catalogus's. Then copies it (SQLite's backup
    /// API, synced) to `<database>.restoring` beside the target, removes the old
    /// database's -wal and -shm (their frames belong to the old file and would be
    /// replayed onto the new one) and renames the copy into place, syncing the folder.
    /// A crash before the rename leaves the old database file (without its WAL, which
    /// was being discarded anyway); run the restore again.
    public static func restore(from backupPath: String, to databasePath: String) throws -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        let lock = try DatabaseUseLock(database: databasePath, for: .restoring)
        defer { withExtendedLifetime(lock) {} }
        try DatabaseCheck.verify(backupPath)

        let staging = databasePath + ".restoring"
        BackupDirectory.remove(staging)
        do {
            let source = try Connection(path: backupPath, mode: .readOnly)
            defer { source.close() }
            try source.backup(to: staging)
        } catch {
            BackupDirectory.remove(staging)
            throw BackupError.io(path: staging, underlying: "\(error)")
        }
        for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        guard rename(staging, databasePath) == 0 else {
            let code = errno
            BackupDirectory.remove(staging)
            throw BackupError.io(path: databasePath, underlying: String(cString: strerror(code)))
        }
        DatabaseCheck.syncDirectory(containing: databasePath)
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: databasePath))?[.size] as? NSNumber)?.int64Value ?? 0
        return Outcome(duration: clock.now - started, bytes: bytes)
    }
}
