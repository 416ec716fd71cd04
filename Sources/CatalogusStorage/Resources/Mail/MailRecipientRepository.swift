import CatalogusDomain
import SQLite

/// Who gets a mail (active accounts whose role holds the permission the mail is about,
/// and who did not turn that kind of mail off), the reminders' guard rows and what the
/// reminders need to know (migration 0021).
package enum MailRecipientRepository {
    package struct Person: Sendable, Equatable {
        package let id: Int64
        package let name: String
        package let email: String
    }

    /// Active people whose role holds `permission`, who want `kind`, limited to the people
    /// of `municipality` when given (roles bound to one) — or to roles bound to none.
    package static func people(holding permission: Permission, wanting kind: MailPreferences.Kind, municipality: String?,
                               in db: Connection) throws -> [Person] {
        let roles = Role.forPeople.filter { $0.may(permission) && $0.grant.ownMunicipalityOnly == (municipality != nil) }
        guard !roles.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: roles.count).joined(separator: ", ")
        var arguments: [any SQLiteBindable] = roles.map(\.rawValue)
        var sql = "SELECT id, name, email FROM app_user WHERE active = 1 AND \(kind.column) = 1 AND role IN (\(placeholders))"
        if let municipality {
            sql += " AND municipality = ?"
            arguments.append(municipality)
        }
        return try db.query(sql + " ORDER BY id", arguments: arguments).map {
            Person(id: try $0.column(0), name: try $0.column(1), email: try $0.column(2))
        }
    }

    // MARK: Preferences

    package static func preferences(of userID: Int64, in db: Connection) throws -> MailPreferences? {
        try db.queryRow("SELECT mail_orders, mail_reminders FROM app_user WHERE id = ?", userID).map {
            MailPreferences(orders: try $0.column(0, as: Int64.self) == 1, reminders: try $0.column(1, as: Int64.self) == 1)
        }
    }

    package static func setPreferences(_ preferences: MailPreferences, of userID: Int64, in db: Connection) throws {
        try db.run("UPDATE app_user SET mail_orders = ?, mail_reminders = ? WHERE id = ?",
                   Int64(preferences.orders ? 1 : 0), Int64(preferences.reminders ? 1 : 0), userID)
    }

    // MARK: Reminders

    /// Records that reminder (`kind`, `period`, `subject`) is sent; false when it already was.
    package static func claimReminder(kind: String, period: String, subject: String, now: String, in db: Connection) throws -> Bool {
        try db.run("INSERT OR IGNORE INTO mail_reminder (kind, period, subject, sent_at) VALUES (?, ?, ?, ?)", kind, period, subject, now)
        return db.changes == 1
    }

    package static func reminderSent(kind: String, period: String, subject: String, in db: Connection) throws -> Bool {
        try db.scalar("SELECT 1 FROM mail_reminder WHERE kind = ? AND period = ? AND subject = ?", kind, period, subject, as: Int64.self) != nil
    }

    /// A budget with an order deadline on or after `from`, and whether the municipality has
    /// a submitted or confirmed order (then no reminder) or a draft for that year.
    package struct Deadline: Sendable, Equatable {
        package let municipality: String
        package let municipalityName: String
        package let year: Int64
        package let deadline: String
        package let hasSubmitted: Bool
        package let hasDraft: Bool
    }

    package static func deadlines(onOrAfter from: String, in db: Connection) throws -> [Deadline] {
        try db.query("""
            SELECT b.municipality, m.name, b.year, b.order_deadline,
                EXISTS (SELECT 1 FROM purchase_order o WHERE o.municipality = b.municipality AND o.year = b.year
                        AND o.status IN ('submitted', 'confirmed')),
                EXISTS (SELECT 1 FROM purchase_order o WHERE o.municipality = b.municipality AND o.year = b.year AND o.status = 'draft')
            FROM budget b JOIN municipality m ON m.slug = b.municipality
            WHERE b.order_deadline IS NOT NULL AND b.order_deadline >= ? ORDER BY b.order_deadline, b.municipality
            """, from).map {
            Deadline(municipality: try $0.column(0), municipalityName: try $0.column(1), year: try $0.column(2),
                     deadline: try $0.column(3), hasSubmitted: try $0.column(4, as: Int64.self) == 1,
                     hasDraft: try $0.column(5, as: Int64.self) == 1)
        }
    }

    // MARK: Password-reset requests

    /// Counts a request for `email` and says how many there were since `since` (this one included).
    package static func countResetRequest(email: String, now: String, since: String, in db: Connection) throws -> Int {
        try db.run("DELETE FROM password_reset_request WHERE requested_at < ?", since)
        try db.run("INSERT INTO password_reset_request (email, requested_at) VALUES (?, ?)", email, now)
        return Int(try db.scalar("SELECT count(*) FROM password_reset_request WHERE email = ? AND requested_at >= ?", email, since,
                                 as: Int64.self) ?? 0)
    }
}
