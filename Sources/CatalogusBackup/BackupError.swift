/// Why a backup or a restore did not happen.
public enum BackupError: Error, CustomStringConvertible {
    case noSuchFile(String)
    /// `PRAGMA integrity_check` found problems (its report).
    case failedIntegrityCheck(path: String, report: String)
    /// The file is an SQLite database, but not catalogus's (no migrations table).
    case notACatalogusDatabase(String)
    /// SQLite or the file system refused (the underlying error).
    case io(path: String, underlying: String)

    public var description: String {
        switch self {
        case .noSuchFile(let path): "no file at \(path)"
        case .failedIntegrityCheck(let path, let report): "\(path) failed its integrity check: \(report.prefix(500))"
        case .notACatalogusDatabase(let path): "\(path) is no catalogus database (it has no schema_migrations table)"
        case .io(let path, let underlying): "\(path): \(underlying)"
        }
    }
}
