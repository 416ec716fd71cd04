/// Applies and checks the schema migrations, recorded in `schema_migrations`.
///
/// Each pending migration runs in its own BEGIN IMMEDIATE transaction together
/// with its record, so a migration is either wholly applied and recorded or
/// not at all. Applied migrations are first compared with the program's: an
/// edited or unknown one stops everything before anything is applied.
public struct Migrator: Sendable {
    /// Sorted by version.
    public let migrations: [Migration]

    public init(migrations: [Migration]) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    static let recordTableSQL = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT
        """

    /// Applies the pending migrations in version order; returns those it applied.
    @discardableResult
    public func migrate(_ db: Connection) throws -> [Migration] {
        try checkUniqueVersions()
        guard db.isAutocommit else {
            throw SQLiteError.misuse("migrate() needs a connection with no open transaction")
        }
        try db.execute(Self.recordTableSQL)
        let applied = try appliedRecords(db)
        try checkApplied(applied)
        var done: [Migration] = []
        for migration in migrations where applied[migration.version] == nil {
            if try apply(migration, to: db) { done.append(migration) }
        }
        return done
    }

    /// Throws unless every migration is applied, unedited, and the database
    /// knows no other (what /readyz asks).
    public func verify(_ db: Connection) throws {
        try checkUniqueVersions()
        let applied = try appliedRecords(db)
        try checkApplied(applied)
        let pending = migrations.filter { applied[$0.version] == nil }.map(\.version)
        guard pending.isEmpty else { throw MigrationError.pending(versions: pending) }
    }

    /// Versions recorded as applied, ascending; empty for a new database.
    public func appliedVersions(_ db: Connection) throws -> [Int] {
        try appliedRecords(db).keys.sorted()
    }

    // MARK: -

    private struct Record {
        let name: String
        let checksum: String
    }

    private func appliedRecords(_ db: Connection) throws -> [Int: Record] {
        guard try db.tableExists("schema_migrations") else { return [:] }
        var records: [Int: Record] = [:]
        for row in try db.query("SELECT version, name, checksum FROM schema_migrations") {
            records[try row.column(0)] = Record(name: try row.column(1), checksum: try row.column(2))
        }
        return records
    }

    private func checkUniqueVersions() throws {
        for (earlier, later) in zip(migrations, migrations.dropFirst()) where earlier.version == later.version {
            throw MigrationError.duplicateVersion(later.version)
        }
    }

    private func checkApplied(_ applied: [Int: Record]) throws {
        for (version, record) in applied.sorted(by: { $0.key < $1.key }) {
            guard let known = migrations.first(where: { $0.version == version }) else {
                throw MigrationError.unknownMigration(version: version, name: record.name)
            }
            guard known.checksum == record.checksum else {
                throw MigrationError.editedMigration(version: version, name: known.name)
            }
        }
    }

    /// Returns false when another process applied the same migration first.
    private func apply(_ migration: Migration, to db: Connection) throws -> Bool {
        // Tables may be rebuilt to change them, which breaks foreign keys for a
        // moment: enforcement is off during the migration and checked at its end
        // (https://www.sqlite.org/lang_altertable.html#otheralter). The pragma is
        // a no-op inside a transaction, hence outside.
        let foreignKeysWereOn = try db.scalar("PRAGMA foreign_keys", as: Bool.self) ?? false
        try db.execute("PRAGMA foreign_keys = OFF")
        defer {
            if foreignKeysWereOn { try? db.execute("PRAGMA foreign_keys = ON") }
        }
        do {
            return try db.transaction(.immediate) {
                if let recorded = try db.scalar(
                    "SELECT checksum FROM schema_migrations WHERE version = ?", migration.version, as: String.self)
                {
                    guard recorded == migration.checksum else {
                        throw MigrationError.editedMigration(version: migration.version, name: migration.name)
                    }
                    return false
                }
                try db.execute(migration.sql)
                guard !db.isAutocommit else {
                    throw SQLiteError.misuse("the migration ended its own transaction; remove BEGIN/COMMIT from it")
                }
                try db.run(
                    """
                    INSERT INTO schema_migrations (version, name, checksum, applied_at)
                    VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                    """,
                    migration.version, migration.name, migration.checksum)
                if try db.foreignKeyViolationCount() > 0 {
                    throw SQLiteError(
                        code: SQLiteExtendedCode.constraintForeignKey,
                        message: "the migration leaves rows that break a foreign key (PRAGMA foreign_key_check)")
                }
                return true
            }
        } catch let error as SQLiteError {
            throw MigrationError.failed(version: migration.version, name: migration.name, underlying: error)
        }
    }
}
