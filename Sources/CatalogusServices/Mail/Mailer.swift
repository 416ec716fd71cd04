import CatalogusDomain
import CatalogusStorage
import Foundation
import SQLite

/// Queues mail in the caller's transaction (the outbox, migration 0020): a change that
/// rolls back has no mail, and no change is without its mail. `MailWorker` sends it.
public struct Mailer: Sendable {
    package let from: MailAddress
    /// Where links in mail point: `--public-url`, or the server's own address.
    package let baseURL: String

    package init(from: MailAddress, baseURL: String) {
        self.from = from
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    /// `path` as a whole link.
    package func link(_ path: String) -> String { baseURL + path }

    /// Queues `content` to `to`. An address the mail header could not carry (the account
    /// rules allow what RFC 5321 does not always) is skipped, never an error of the change.
    @discardableResult
    package func queue(_ content: MailTexts.Content, kind: String, to name: String?, address: String, in db: Connection) throws -> Bool {
        guard let recipient = try? MailAddress(name: name, address: address) else { return false }
        let message = MailMessage(from: from, to: [recipient], subject: content.subject, text: content.text, html: content.html,
                                  messageID: MailMessage.newMessageID(from: from), date: Int64(Date().timeIntervalSince1970))
        try MailRepository.queue(message, kind: kind, nowMs: Int64(Date().timeIntervalSince1970 * 1000), now: Timestamp.now(), in: db)
        return true
    }
}
