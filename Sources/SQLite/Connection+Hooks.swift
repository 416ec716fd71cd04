import CSQLite

/// The closure behind `sqlite3_commit_hook`, which SQLite calls through a C pointer.
final class CommitVeto {
    let refuses: () -> Bool

    init(_ refuses: @escaping () -> Bool) { self.refuses = refuses }
}

extension Connection {
    /// Whether the open transaction holds deferred foreign-key violations, which make
    /// its COMMIT fail (SQLITE_DBSTATUS_DEFERRED_FKS). Group commit checks it after each
    /// write, so that one write's violation fails that write, not its whole group.
    public var hasDeferredViolations: Bool {
        get throws {
            var current: Int32 = 0
            var highest: Int32 = 0
            let rc = sqlite3_db_status(try handle(), SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0)
            guard rc == SQLITE_OK else { throw SQLiteError(code: rc, message: "sqlite3_db_status failed") }
            return current > 0
        }
    }

    /// Calls `refuses` at every COMMIT on this connection; when it answers true, SQLite
    /// rolls the transaction back and COMMIT fails (SQLITE_CONSTRAINT_COMMITHOOK), as a
    /// failing disk would make it fail. For tests of what a failed commit does; nil removes it.
    public func setCommitVeto(_ refuses: (() -> Bool)?) throws {
        let db = try handle()
        guard let refuses else {
            sqlite3_commit_hook(db, nil, nil)
            commitVeto = nil
            return
        }
        let veto = CommitVeto(refuses)
        commitVeto = veto
        sqlite3_commit_hook(db, { context in
            guard let context else { return 0 }
            return Unmanaged<CommitVeto>.fromOpaque(context).takeUnretainedValue().refuses() ? 1 : 0
        }, Unmanaged.passUnretained(veto).toOpaque())
    }
}
