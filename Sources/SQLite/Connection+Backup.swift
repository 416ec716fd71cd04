import CSQLite
import Foundation

extension Connection {
    /// Online backup to a new file (https://www.sqlite.org/backup.html).
    ///
    /// All pages are copied in one `sqlite3_backup_step(-1)`, i.e. inside one
    /// read transaction: in WAL mode that is a consistent snapshot, and writers
    /// (other threads or processes) go on meanwhile. The copy is written to
    /// `<destination>.partial` and renamed into place only once complete and
    /// synced, so a crash never leaves a half backup under the real name.
    /// Refuses to overwrite an existing file.
    public func backup(to destinationPath: String) throws {
        let source = try handle()
        let files = FileManager.default
        guard !files.fileExists(atPath: destinationPath) else {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "backup destination \(destinationPath) already exists")
        }
        let partialPath = destinationPath + ".partial"
        Self.removeDatabaseFiles(at: partialPath)

        var destination: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let rc = sqlite3_open_v2(partialPath, &destination, flags, nil)
        guard rc == SQLITE_OK, let destination else {
            let error = SQLiteError(code: rc, db: destination, sql: nil)
            sqlite3_close_v2(destination)
            throw error
        }
        // The copy is committed through a rollback journal, fsynced.
        sqlite3_exec(destination, "PRAGMA synchronous = FULL", nil, nil, nil)
        let copied = Result {
            try copyPages(from: source, to: destination)
            // The copy keeps the source's WAL flag; in rollback-journal mode it is one
            // self-contained file, which opens read-only without a -wal or -shm beside it.
            let rc = sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nil, nil, nil)
            guard rc == SQLITE_OK else { throw SQLiteError(code: rc, db: destination, sql: "PRAGMA journal_mode = DELETE") }
        }
        sqlite3_close_v2(destination)
        do {
            try copied.get()
            try files.moveItem(atPath: partialPath, toPath: destinationPath)
        } catch {
            Self.removeDatabaseFiles(at: partialPath)
            throw error
        }
        Self.syncDirectory(containing: destinationPath)
    }

    private func copyPages(from source: OpaquePointer, to destination: OpaquePointer) throws {
        guard let backup = sqlite3_backup_init(destination, "main", source, "main") else {
            throw SQLiteError(code: sqlite3_extended_errcode(destination), db: destination, sql: nil)
        }
        // BUSY/LOCKED are transient (another connection holds a lock for a
        // moment); retry for as long as the busy timeout allows.
        let pauseMilliseconds: Int32 = 10
        var waited: Int32 = 0
        var rc: Int32
        repeat {
            rc = sqlite3_backup_step(backup, -1)
            let primary = rc & 0xFF
            guard primary == SQLITE_BUSY || primary == SQLITE_LOCKED,
                waited < options.busyTimeoutMilliseconds
            else { break }
            sqlite3_sleep(pauseMilliseconds)
            waited += pauseMilliseconds
        } while true
        // backup_finish reports a failure of the last step again, so read the
        // destination's message before finishing.
        let failure = rc == SQLITE_DONE ? nil : SQLiteError(code: rc, db: destination, sql: nil)
        let finished = sqlite3_backup_finish(backup)
        if let failure { throw failure }
        guard finished == SQLITE_OK else { throw SQLiteError(code: finished, db: destination, sql: nil) }
    }

    /// Removes a database file with its journal, WAL and shared-memory files.
    static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// Makes a rename durable: the new directory entry is on disk only once
    /// the directory itself is fsynced.
    private static func syncDirectory(containing path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        guard let handle = FileHandle(forReadingAtPath: directory.isEmpty ? "." : directory) else { return }
        try? handle.synchronize()
        try? handle.close()
    }
}
