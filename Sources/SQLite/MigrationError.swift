public enum MigrationError: Error, Sendable, CustomStringConvertible {
    /// A `.sql` file in the migrations folder not named `NNNN_name.sql`.
    case badFileName(String)
    case duplicateVersion(Int)
    /// The file's checksum differs from the one recorded when it was applied.
    case editedMigration(version: Int, name: String)
    /// The database records a migration this program does not have.
    case unknownMigration(version: Int, name: String)
    /// The migration's SQL (or its foreign-key check) failed; it was rolled back.
    case failed(version: Int, name: String, underlying: SQLiteError)
    /// `verify` found migrations that are not applied yet.
    case pending(versions: [Int])

    public var description: String {
        switch self {
        case .badFileName(let file):
            "migration file \(file) is not named NNNN_name.sql (four digits, an underscore, "
                + "letters, digits, _ or -)"
        case .duplicateVersion(let version):
            "two migration files have version \(version); each version must be unique"
        case .editedMigration(let version, let name):
            "migration \(Migration.identifier(version: version, name: name)) was changed after it was applied; "
                + "restore the file as it was and add a new migration instead"
        case .unknownMigration(let version, let name):
            "migration \(Migration.identifier(version: version, name: name)) is recorded in the database but "
                + "unknown to this program: it was applied by a newer catalogus; run that version or restore a backup"
        case .failed(let version, let name, let underlying):
            "migration \(Migration.identifier(version: version, name: name)) failed and was rolled back: \(underlying)"
        case .pending(let versions):
            "migrations not applied yet: \(versions.map(String.init).joined(separator: ", "))"
        }
    }
}
