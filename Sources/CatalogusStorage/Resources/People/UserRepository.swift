import CatalogusDomain
import Foundation
import SQLite

/// The SQL of accounts, one-time links and sessions. Rows are read by column name from
/// one column list per record.
package enum UserRepository {
    package static let userColumns = """
        id, email, name, role, municipality, active, password_hash IS NOT NULL AS has_password, version,
        created_at, updated_at, last_sign_in_at
        """

    package static func user(from row: Row) throws -> UserAccount {
        UserAccount(id: try row.column("id"), email: try row.column("email"), name: try row.column("name"),
                    role: try Role.stored(try row.column("role")), municipality: try row.column("municipality"),
                    active: try row.column("active", as: Int64.self) == 1, hasPassword: try row.column("has_password", as: Int64.self) == 1,
                    version: try row.column("version"), createdAt: try row.column("created_at"),
                    updatedAt: try row.column("updated_at"), lastSignInAt: try row.column("last_sign_in_at"))
    }

    package static func find(id: Int64, in db: Connection) throws -> UserAccount? {
        try db.queryRow("SELECT \(userColumns) FROM app_user WHERE id = ?", id).map(user(from:))
    }

    package static func find(email: String, in db: Connection) throws -> UserAccount? {
        try db.queryRow("SELECT \(userColumns) FROM app_user WHERE email = ?", email).map(user(from:))
    }

    package static func passwordHash(of id: Int64, in db: Connection) throws -> String? {
        try db.scalar("SELECT password_hash FROM app_user WHERE id = ?", id)
    }

    /// Ordered by id; `after` is the last id of the previous page.
    package static func list(after: Int64?, limit: Int, in db: Connection) throws -> [UserAccount] {
        try db.query("SELECT \(userColumns) FROM app_user WHERE id > ? ORDER BY id LIMIT ?", after ?? 0, limit).map(user(from:))
    }

    package static func list(_ page: PageRequest, in db: Connection) throws -> Page<UserAccount> {
        page.page(try list(after: page.after?.id, limit: page.fetchLimit, in: db)) { PageCursor(id: $0.id) }
    }

    package static func insert(email: String, name: String, role: Role, municipality: String?, now: String, in db: Connection) throws -> Int64 {
        try db.run("""
            INSERT INTO app_user (email, name, role, municipality, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            """, email, name, role.rawValue, municipality, now, now)
        return db.lastInsertRowID
    }

    package static func update(_ id: Int64, name: String, role: Role, municipality: String?, active: Bool, now: String, in db: Connection) throws {
        try db.run("""
            UPDATE app_user SET name = ?, role = ?, municipality = ?, active = ?, version = version + 1, updated_at = ? WHERE id = ?
            """, name, role.rawValue, municipality, active ? 1 : 0, now, id)
    }

    package static func setPassword(_ id: Int64, hash: String, now: String, in db: Connection) throws {
        try db.run("UPDATE app_user SET password_hash = ?, version = version + 1, updated_at = ? WHERE id = ?", hash, now, id)
    }

    /// The password stops working until the person sets a new one through a link.
    package static func clearPassword(_ id: Int64, now: String, in db: Connection) throws {
        try db.run("UPDATE app_user SET password_hash = NULL, version = version + 1, updated_at = ? WHERE id = ?", now, id)
    }

    /// The secret that device cookies are signed with (migration 0014 makes it); nil without it.
    package static func deviceCookieSecret(in db: Connection) throws -> [UInt8]? {
        try db.scalar("SELECT secret FROM device_cookie_key WHERE id = 1", as: [UInt8].self)
    }

    package static func markSignedIn(_ id: Int64, now: String, in db: Connection) throws {
        try db.run("UPDATE app_user SET last_sign_in_at = ? WHERE id = ?", now, id)
    }

    // MARK: One-time links

    /// Replaces any earlier link of the user: only the newest one works.
    package static func insertInvitation(userID: Int64, codeHash: [UInt8], now: String, expiresAt: String, in db: Connection) throws {
        try db.run("DELETE FROM user_invitation WHERE user_id = ?", userID)
        try db.run("INSERT INTO user_invitation (user_id, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
                   userID, codeHash, now, expiresAt)
    }

    package struct Invitation {
        package let id: Int64
        package let userID: Int64
        package let expiresAt: String
        package let usedAt: String?
    }

    package static func invitation(codeHash: [UInt8], in db: Connection) throws -> Invitation? {
        try db.queryRow("SELECT id, user_id, expires_at, used_at FROM user_invitation WHERE code_hash = ?", codeHash).map { row in
            Invitation(id: try row.column("id"), userID: try row.column("user_id"), expiresAt: try row.column("expires_at"),
                       usedAt: try row.column("used_at"))
        }
    }

    package static func deleteInvitations(of userID: Int64, in db: Connection) throws {
        try db.run("DELETE FROM user_invitation WHERE user_id = ?", userID)
    }

    package static func markUsed(invitation id: Int64, now: String, in db: Connection) throws {
        try db.run("UPDATE user_invitation SET used_at = ? WHERE id = ?", now, id)
    }

    // MARK: Sessions

    package static let sessionColumns = "id, user_id, created_at, last_seen_at, expires_at, user_agent"

    package static func session(from row: Row) throws -> SessionRecord {
        SessionRecord(id: try row.column("id"), userID: try row.column("user_id"), createdAt: try row.column("created_at"),
                      lastSeenAt: try row.column("last_seen_at"), expiresAt: try row.column("expires_at"),
                      userAgent: try row.column("user_agent"))
    }

    package static func insertSession(userID: Int64, secretHash: [UInt8], now: String, expiresAt: String, userAgent: String?,
                              in db: Connection) throws -> Int64 {
        try db.run("""
            INSERT INTO user_session (user_id, secret_hash, created_at, last_seen_at, expires_at, user_agent) VALUES (?, ?, ?, ?, ?, ?)
            """, userID, secretHash, now, now, expiresAt, userAgent)
        return db.lastInsertRowID
    }

    /// Ends all but the `count` sessions of the user seen most recently.
    package static func keepNewestSessions(of userID: Int64, count: Int, in db: Connection) throws {
        try db.run("""
            DELETE FROM user_session WHERE user_id = ? AND id NOT IN
                (SELECT id FROM user_session WHERE user_id = ? ORDER BY last_seen_at DESC, id DESC LIMIT ?)
            """, userID, userID, Int64(count))
    }

    /// The live session with this secret and its active user; nil when unknown, expired
    /// (absolutely, or idle since before `idleCutoff`) or the account is disabled.
    package static func liveSession(secretHash: [UInt8], now: String, idleCutoff: String, in db: Connection)
        throws -> (session: SessionRecord, user: UserAccount, secretHash: [UInt8])? {
        guard let row = try db.queryRow("""
            SELECT s.id AS session_id, s.secret_hash, s.created_at AS session_created_at, s.last_seen_at, s.expires_at, s.user_agent,
                   \(userColumns.split(separator: ",").map { "u." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", "))
            FROM user_session s JOIN app_user u ON u.id = s.user_id
            WHERE s.secret_hash = ? AND s.expires_at > ? AND s.last_seen_at > ? AND u.active = 1
            """, secretHash, now, idleCutoff) else { return nil }
        let session = SessionRecord(id: try row.column("session_id"), userID: try row.column("id"),
                                    createdAt: try row.column("session_created_at"), lastSeenAt: try row.column("last_seen_at"),
                                    expiresAt: try row.column("expires_at"), userAgent: try row.column("user_agent"))
        return (session, try user(from: row), try row.column("secret_hash"))
    }

    package static func touchSession(_ id: Int64, now: String, in db: Connection) throws {
        try db.run("UPDATE user_session SET last_seen_at = ? WHERE id = ?", now, id)
    }

    package static func sessions(of userID: Int64, now: String, idleCutoff: String, in db: Connection) throws -> [SessionRecord] {
        try db.query("""
            SELECT \(sessionColumns) FROM user_session WHERE user_id = ? AND expires_at > ? AND last_seen_at > ? ORDER BY id
            """, userID, now, idleCutoff).map(session(from:))
    }

    /// Deletes one session of the user; whether there was one.
    package static func deleteSession(_ id: Int64, of userID: Int64, in db: Connection) throws -> Bool {
        try db.run("DELETE FROM user_session WHERE id = ? AND user_id = ?", id, userID)
        return db.changes > 0
    }

    package static func deleteSessions(of userID: Int64, in db: Connection) throws {
        try db.run("DELETE FROM user_session WHERE user_id = ?", userID)
    }

    /// Expired sessions and links serve no one; removed when new ones are made.
    package static func prune(now: String, idleCutoff: String, in db: Connection) throws {
        try db.run("DELETE FROM user_session WHERE expires_at <= ? OR last_seen_at <= ?", now, idleCutoff)
    }
}
