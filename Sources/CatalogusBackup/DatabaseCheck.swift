import Foundation
import SQLite

/// What makes a file fit to restore: SQLite finds nothing wrong in it (`PRAGMA
/// integrity_check`, which reads every page: about a second per few hundred MB), and
/// it is catalogus's (it has the migrations table).
package enum DatabaseCheck {
    package static func verify(_ path: String) throws(BackupError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .noSuchFile(path) }
        let report: String
        let isCatalogus: Bool
        do {
            let connection = try Connection(path: path, mode: .readOnly)
            defer { connection.close() }
            report = try connection.integrityCheck()
            isCatalogus = report == "ok" ? try connection.tableExists("schema_migrations") : false
        } catch {
            // Not a database at all ("file is not a database") is a failed check too.
            throw .failedIntegrityCheck(path: path, report: "\(error)")
        }
        guard report == "ok" else { throw .failedIntegrityCheck(path: path, report: report) }
        guard isCatalogus else { throw .notACatalogusDatabase(path) }
    }

    /// Makes a rename durable: the directory entry is on disk once the directory is synced.
    package static func syncDirectory(containing file: String) {
        let directory = (file as NSString).deletingLastPathComponent
        guard let handle = FileHandle(forReadingAtPath: directory.isEmpty ? "." : directory) else { return }
        try? handle.synchronize()
        try? handle.close()
    }
}
