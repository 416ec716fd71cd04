import CatalogusDomain
import CatalogusStorage
import Foundation
import SQLite
import Synchronization

/// Queues mail in the caller's transaction (the outbox, migration 0020): a change that
/// rolls back has no mail, and no change is without its mail. `MailWorker` sends it.
public struct Mailer: Sendable {
    package let from: MailAddress
    /// Where links in mail point: `--public-url`, or the server's own address — known only
    /// once it listens when the port was 0, hence settable once (`listening(on:)`).
    private let base: LinkBase

    /// Shared by the copies of a Mailer: set once at start, read by every request.
    private final class LinkBase: Sendable {
        let url: Mutex<String>
        init(_ url: String) { self.url = Mutex(url) }
    }

    package init(from: MailAddress, baseURL: String) {
        self.from = from
        base = LinkBase(Self.trimmed(baseURL))
    }

    private static func trimmed(_ url: String) -> String { url.hasSuffix("/") ? String(url.dropLast()) : url }

    package var baseURL: String { base.url.withLock { $0 } }

    /// Links point at `url` from now on: `serve` tells the address it listens on when no
    /// `--public-url` was given (with `--port 0` the port is known only then).
    public func listening(on url: String) { base.url.withLock { $0 = Self.trimmed(url) } }

    /// `path` as a whole link.
    package func link(_ path: String) -> String { baseURL + path }

    /// Queues `content` to `to`. An address the mail header could not carry (the account
    /// rules allow what RFC 5321 does not always) is skipped, never an error of the change.
    @discardableResult
    package func queue(_ content: MailTexts.Content, kind: MailKind, to name: String?, address: String, in db: Connection) throws -> Bool {
        guard let recipient = try? MailAddress(name: name, address: address) else { return false }
        let message = MailMessage(from: from, to: [recipient], subject: content.subject, text: content.text, html: content.html,
                                  messageID: MailMessage.newMessageID(from: from), date: Int64(Date().timeIntervalSince1970))
        try MailRepository.queue(message, kind: kind.rawValue, nowMs: Int64(Date().timeIntervalSince1970 * 1000), now: Timestamp.now(), in: db)
        return true
    }
}
