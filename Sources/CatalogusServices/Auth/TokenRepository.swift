import CatalogusDomain
import SQLite

/// The SQL of API tokens: only their SHA-256 digests are stored.
package enum TokenRepository {
    package static func insert(name: String, role: Role, municipality: String?, digest: [UInt8], now: String, in db: Connection) throws -> Int64 {
        try db.run("""
            INSERT INTO api_token (name, role, municipality, token_hash, created_at) VALUES (?, ?, ?, ?, ?)
            """, name, role.rawValue, municipality, digest, now)
        return db.lastInsertRowID
    }

    /// Every token, revoked ones too, by id.
    package static func all(in db: Connection) throws -> [TokenRecord] {
        try db.query("""
            SELECT id, name, role, municipality, created_at, last_used_at, revoked_at FROM api_token ORDER BY id
            """).map { row in
            TokenRecord(id: try row.column(0), name: try row.column(1), role: try Role.stored(try row.column(2)),
                        municipality: try row.column(3), createdAt: try row.column(4),
                        lastUsedAt: try row.column(5), revokedAt: try row.column(6))
        }
    }

    /// Revokes the active token with this id; the number revoked.
    package static func revoke(id: Int64, now: String, in db: Connection) throws -> Int {
        try db.run("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, id)
        return db.changes
    }

    /// Revokes the active tokens with this name; the number revoked.
    package static func revoke(name: String, now: String, in db: Connection) throws -> Int {
        try db.run("UPDATE api_token SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", now, name)
        return db.changes
    }

    /// The active token with this digest, with the digest as stored (the caller compares it in constant time).
    package static func active(digest: [UInt8], in db: Connection) throws -> (principal: Principal, storedDigest: [UInt8])? {
        guard let row = try db.queryRow("""
            SELECT id, name, role, municipality, token_hash FROM api_token WHERE token_hash = ? AND revoked_at IS NULL
            """, digest) else { return nil }
        // An unknown stored role is an error (logged, 500), never a lesser role.
        let principal = Principal(tokenID: try row.column(0), name: try row.column(1), role: try Role.stored(try row.column(2)),
                                  municipality: try row.column(3))
        return (principal, try row.column(4))
    }

    package static func markUsed(_ id: Int64, now: String, in db: Connection) throws {
        try db.run("UPDATE api_token SET last_used_at = ? WHERE id = ?", now, id)
    }
}
