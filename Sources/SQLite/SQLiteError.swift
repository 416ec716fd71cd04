import CSQLite

/// An error reported by SQLite (or by this layer for misuse, with SQLite's
/// codes). It carries the SQL text but never the bound arguments: those may
/// be personal data and errors end up in logs.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// The extended result code (https://www.sqlite.org/rescode.html#extrc).
    public let code: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code: the low 8 bits of the extended one.
    public var primaryCode: Int32 { code & 0xFF }

    public var isUniqueViolation: Bool {
        code == SQLiteExtendedCode.constraintUnique || code == SQLiteExtendedCode.constraintPrimaryKey
    }

    public var isForeignKeyViolation: Bool { code == SQLiteExtendedCode.constraintForeignKey }

    /// CHECK, NOT NULL, in STRICT tables a value of the wrong type, and the checks
    /// that triggers make with RAISE(ABORT) where a CHECK cannot be added.
    public var isCheckViolation: Bool {
        code == SQLiteExtendedCode.constraintCheck || code == SQLiteExtendedCode.constraintNotNull
            || code == SQLiteExtendedCode.constraintDataType || code == SQLiteExtendedCode.constraintTrigger
    }

    /// The database (or its journal) could not grow: the disk is full, or a
    /// `max_page_count` was reached. Writing, syncing or growing a file fails with
    /// these I/O codes when the file system runs out of space as well.
    public var isStorageExhausted: Bool {
        primaryCode == SQLITE_FULL
            || [SQLiteExtendedCode.ioerrWrite, SQLiteExtendedCode.ioerrFsync, SQLiteExtendedCode.ioerrTruncate,
                SQLiteExtendedCode.ioerrShmSize].contains(code)
    }

    /// Another connection holds a lock we needed for longer than the busy timeout.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    public var description: String {
        let meaning = String(cString: sqlite3_errstr(code))
        var text = "SQLite error \(code)"
        if meaning != message { text += " (\(meaning))" }
        text += ": \(message)"
        if let sql { text += " — SQL: \(sql)" }
        return text
    }
}

extension SQLiteError {
    /// The error last recorded on `db`, with the given result code (the code
    /// returned by the failing call is more reliable than sqlite3_errcode).
    init(code: Int32, db: OpaquePointer?, sql: String?) {
        let message = db.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: code, message: message, sql: sql)
    }

    /// Misuse of this layer, reported with SQLite's SQLITE_MISUSE code.
    static func misuse(_ message: String, sql: String? = nil) -> SQLiteError {
        SQLiteError(code: SQLITE_MISUSE, message: message, sql: sql)
    }
}
