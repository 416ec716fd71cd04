import SQLite

/// The SQL of idempotency keys: one row per key and token (or person), holding the
/// first request and, once it succeeded, its answer.
package enum IdempotencyRepository {
    /// Who sent a key: a token or a signed-in person.
    package struct Owner {
        package let tokenID: Int64?, userID: Int64?
        package init(tokenID: Int64?, userID: Int64?) { self.tokenID = tokenID; self.userID = userID }
    }

    /// The first request with a key, and its answer once it succeeded.
    package struct Stored {
        package let method: String
        package let path: String
        package let requestJSON: String
        /// nil while the first request is still running.
        package let status: Int64?
        package let responseHeaders: String?
        package let responseBody: [UInt8]?
        package let createdAt: String

        package init(method: String, path: String, requestJSON: String, status: Int64?, responseHeaders: String?, responseBody: [UInt8]?, createdAt: String) {
            self.method = method
            self.path = path
            self.requestJSON = requestJSON
            self.status = status
            self.responseHeaders = responseHeaders
            self.responseBody = responseBody
            self.createdAt = createdAt
        }
    }

    package static func find(_ key: String, of owner: Owner, in db: Connection) throws -> Stored? {
        guard let row = try db.queryRow("""
            SELECT method, path, request_json, status, response_headers, response_body, created_at
            FROM idempotency_key WHERE token_id IS ? AND user_id IS ? AND key = ?
            """, owner.tokenID, owner.userID, key) else { return nil }
        return Stored(method: try row.column(0), path: try row.column(1), requestJSON: try row.column(2), status: try row.column(3),
                      responseHeaders: try row.column(4), responseBody: try row.column(5), createdAt: try row.column(6))
    }

    package static func delete(_ key: String, of owner: Owner, in db: Connection) throws {
        try db.run("DELETE FROM idempotency_key WHERE token_id IS ? AND user_id IS ? AND key = ?", owner.tokenID, owner.userID, key)
    }

    package static func insert(_ key: String, of owner: Owner, _ stored: Stored, in db: Connection) throws {
        try db.run("""
            INSERT INTO idempotency_key (token_id, user_id, key, method, path, request_json, status, response_headers,
                                         response_body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, owner.tokenID, owner.userID, key, stored.method, stored.path, stored.requestJSON, stored.status,
            stored.responseHeaders, stored.responseBody, stored.createdAt)
    }

    /// Whether any key was stored before `cutoff` (a read, so that an idle server writes nothing).
    package static func hasOlder(than cutoff: String, in db: Connection) throws -> Bool {
        try db.scalar("SELECT EXISTS (SELECT 1 FROM idempotency_key WHERE created_at < ?)", cutoff, as: Int64.self) == 1
    }

    /// Deletes up to `limit` keys stored before `cutoff`, oldest first; how many it deleted.
    package static func deleteOlder(than cutoff: String, limit: Int, in db: Connection) throws -> Int {
        try db.run("""
            DELETE FROM idempotency_key WHERE rowid IN
                (SELECT rowid FROM idempotency_key WHERE created_at < ? ORDER BY created_at LIMIT ?)
            """, cutoff, Int64(limit))
        return db.changes
    }
}
