import CSQLite

extension Connection {
    /// How a transaction takes its locks (https://www.sqlite.org/lang_transaction.html).
    public enum TransactionKind: Sendable {
        /// Takes the write lock at the first write; a later write may then fail
        /// with SQLITE_BUSY without waiting. For read-only snapshots.
        case deferred
        /// Takes the write lock at BEGIN, waiting up to the busy timeout.
        case immediate
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back on any
    /// thrown error (and rethrows it).
    ///
    /// Transactions do not nest: calling this while a transaction is open on
    /// the connection throws SQLITE_MISUSE before running `body`.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        guard isAutocommit else {
            throw SQLiteError.misuse("a transaction is already open on this connection; transactions do not nest")
        }
        try run(kind == .immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            rollbackIfOpen()
            throw error
        }
    }

    /// Rolls back whatever is open. Some errors (SQLITE_FULL, IOERR, NOMEM,
    /// BUSY on COMMIT in rare cases) already ended the transaction, hence the check.
    func rollbackIfOpen() {
        guard !isAutocommit else { return }
        // A failed ROLLBACK leaves nothing better to do: the error that led
        // here is the one the caller needs to see.
        try? run("ROLLBACK")
    }
}
