/// Prepared statements of one connection, keyed by their SQL text.
struct StatementCache {
    private var statements: [String: Statement] = [:]
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    mutating func statement(for sql: String, prepare: () throws -> Statement) rethrows -> Statement {
        if let cached = statements[sql] { return cached }
        let statement = try prepare()
        guard capacity > 0 else { return statement }
        // A crude bound: the working set of an application is far below the
        // capacity, so emptying beats bookkeeping for LRU. Statements in use
        // stay alive through their users' references.
        if statements.count >= capacity { statements.removeAll(keepingCapacity: true) }
        statements[sql] = statement
        return statement
    }

    mutating func removeAll() {
        statements.removeAll()
    }
}
