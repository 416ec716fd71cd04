import CatalogusDomain
import CatalogusStorage
import Foundation
import JSON
import SQLite

/// "Wachtwoord vergeten?": a person asks for a link to choose a new password. The answer
/// is the same whether or not the address has an account (the handler gives 202 and
/// nothing else), and so is the work: one write transaction that counts the request and
/// audits it, with the link and its mail only for an active account. The password keeps
/// working until a new one is chosen, so that asking for someone else's address cannot
/// lock them out; choosing it (`welcome`) ends every other session.
extension PeopleService {
    /// A link asked for by the person lives an hour (an admin's link, 72 hours).
    package static let resetLinkLifetime: TimeInterval = 3600
    /// Requests per address per hour that send a link; beyond, requests are counted and
    /// audited but send nothing, so nobody can fill a mailbox with them.
    package static let resetRequestsPerAddressPerHour = 3

    /// What became of a request, for the audit log only (never the answer).
    package enum ResetOutcome: String {
        case mailed, unknownAddress = "unknown_address", inactive, throttled, mailOff = "mail_off"
    }

    @discardableResult
    package func requestPasswordReset(email: String, actor: AuditLog.Actor) throws -> ResetOutcome {
        let email = Self.normalisedEmail(email)
        return try services.writer.write { db in
            let since = Timestamp.format(now.addingTimeInterval(-3600))
            let count = try MailRecipientRepository.countResetRequest(email: email, now: nowText, since: since, in: db)
            let user = try UserRepository.find(email: email, in: db)
            let outcome: ResetOutcome
            switch (user, services.mailer) {
            case (nil, _): outcome = .unknownAddress
            case (let user?, _) where !user.active: outcome = .inactive
            case _ where count > Self.resetRequestsPerAddressPerHour: outcome = .throttled
            case (_, nil): outcome = .mailOff
            case (let user?, let mailer?):
                let welcome = try makeLink(for: user.id, lifetime: Self.resetLinkLifetime, in: db)
                let content = MailTexts.passwordReset(name: user.name, link: mailer.link(welcome.path),
                                                      validMinutes: Int(Self.resetLinkLifetime / 60))
                try mailer.queue(content, kind: .passwordReset, to: user.name, address: user.email, in: db)
                outcome = .mailed
            }
            try AuditLog.record(db, actor: actor, action: "user.password_reset_requested", entity: "user",
                                id: user.map { String($0.id) } ?? AuditLog.entityID(email), before: nil,
                                after: ["email": .string(email), "outcome": .string(outcome.rawValue)], at: nowText)
            return outcome
        }
    }
}
