extension Connection {
    /// `PRAGMA integrity_check`: "ok" when the file is sound, otherwise the
    /// problems found, one per line.
    public func integrityCheck() throws -> String {
        let rows = try query("PRAGMA integrity_check")
        return try rows.map { try $0.column(0, as: String.self) }.joined(separator: "\n")
    }

    /// `PRAGMA foreign_key_check`: how many rows break a foreign key.
    public func foreignKeyViolationCount() throws -> Int {
        try query("PRAGMA foreign_key_check").count
    }

    /// Whether a table or view of that name exists in the main schema.
    public func tableExists(_ name: String) throws -> Bool {
        try scalar(
            "SELECT 1 FROM sqlite_schema WHERE type IN ('table', 'view') AND name = ?", name, as: Int.self) != nil
    }
}
