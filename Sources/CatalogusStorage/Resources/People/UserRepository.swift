import CatalogusDomain
import Foundation
import SQLite

/// The SQL of accounts, one-time links and sessions. An account is read by its record's
/// columns (`UserAccount.table`); links and sessions by column name.
package enum UserRepository {
    package static func find(id: Int64, in db: Connection) throws -> UserAccount? {
        try first(UserAccount.table.select() + " WHERE u.id = ?", id, in: db)
    }

    package static func find(email: String, in db: Connection) throws -> UserAccount? {
        try first(UserAccount.table.select() + " WHERE u.email = ?", email, in: db)
    }

    private static func first(_ sql: String, _ argument: any SQLiteBindable, in db: Connection) throws -> UserAccount? {
        var found: UserAccount?
        try db.forEachRow(sql, arguments: [argument]) { found = try UserAccount(UserAccount.table.row($0)) }
        return found
    }

    package static func passwordHash(of id: Int64, in db: Connection) throws -> String? {
        try db.scalar("SELECT password_hash FROM app_user WHERE id = ?", id)
    }

    /// Ordered by id; `after` is the last id of the previous page.
    package static func list(after: Int64?, limit: Int, in db: Connection) throws -> [UserAccount] {
        var users: [UserAccount] = []
        try db.forEachRow(UserAccount.table.select() + " WHERE u.id > ? ORDER BY u.id LIMIT ?", arguments: [after ?? 0, limit]) {
            users.append(try UserAccount(UserAccount.table.row($0)))
        }
        return users
    }

    package static func list(_ page: PageRequest, in db: Connection) throws -> Page<UserAccount> {
        page.page(try list(after: page.after?.id, limit: page.fetchLimit, in: db)) { PageCursor(id: $0.id) }
    }

    /// What POST sets, and the times; the rest is the table's defaults (active, version 1, no password).
    private static let insertColumns = RecordInput.writable(UserAccount.self).map(\.column)
    /// What a change sets.
    private static let updateColumns = RecordInput.writable(UserAccount.self, creating: false).map(\.column)

    package static func insert(_ user: UserAccount, now: String, in db: Connection) throws -> Int64 {
        try db.run(UserAccount.table.insert(insertColumns + [.createdAt, .updatedAt]), arguments: user.arguments(insertColumns) + [now, now])
        return db.lastInsertRowID
    }

    package static func update(_ user: UserAccount, now: String, in db: Connection) throws {
        try db.run(UserAccount.table.update(updateColumns) + ", version = version + 1, updated_at = ? WHERE id = ?",
                   arguments: user.arguments(updateColumns) + [now, user.id])
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
        let sql = UserAccount.table.select(extra: "s.id, s.secret_hash, s.created_at, s.last_seen_at, s.expires_at, s.user_agent") + """
             JOIN user_session s ON s.user_id = u.id
            WHERE s.secret_hash = ? AND s.expires_at > ? AND s.last_seen_at > ? AND u.active = 1
            """
        var found: (session: SessionRecord, user: UserAccount, secretHash: [UInt8])?
        try db.forEachRow(sql, arguments: [secretHash, now, idleCutoff]) { statement in
            let row = UserAccount.table.row(statement)
            let user = try UserAccount(row)
            let session = SessionRecord(id: try row.extraInt64(0), userID: user.id, createdAt: try row.extraString(2),
                                        lastSeenAt: try row.extraString(3), expiresAt: try row.extraString(4),
                                        userAgent: try row.extra(5, as: String?.self))
            found = (session, user, try row.extra(1, as: [UInt8].self))
        }
        return found
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
