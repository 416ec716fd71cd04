import CatalogusDomain
import CatalogusStorage
import Foundation
import SQLite
import Synchronization

/// How the server sends mail (`catalogus serve --smtp-url … --mail-from …`).
public struct MailConfiguration: Sendable {
    /// Where mail goes: nil writes nothing (a server without a mail folder, in tests).
    package var transport: (any MailTransport)?
    /// The sender people see: the organisation's name and address.
    package var from: MailAddress
    /// How long after a failed attempt the next one comes; after the last, the mail is given up.
    package var retryDelaysSeconds: [Double] = [10, 60, 300, 1800, 7200, 21_600]
    /// How often the worker looks for due mail when nobody woke it.
    package var pollSeconds: Double = 1
    /// Sent and given-up mail is kept this long (then pruned).
    package var keepDays = 30
    /// Links' prefix without `--public-url`: the server's own address (`serve` sets it).
    public var fallbackBaseURL = "http://127.0.0.1:8080"

    public init() {
        // A valid constant: the address check cannot fail on it.
        from = try! MailAddress(name: Vocabulary.organisationName, address: "catalogus@localhost.localdomain")
    }

    /// Mail written as `.eml` files into `folder` (without `--smtp-url`).
    public mutating func writeFiles(to folder: String) { transport = FileMailTransport(folder: folder) }

    /// Mail sent to an SMTP relay.
    public mutating func sendSMTP(url: String, user: String?, password: String?) {
        transport = SMTPMailTransport(url: url, user: user, password: password)
    }

    /// `--mail-from "Naam <adres>"`; false when it is not an address.
    public mutating func setFrom(_ text: String) -> Bool {
        guard let address = try? MailAddress(parsing: text) else { return false }
        from = address
        return true
    }
}

/// Sends the outbox's mail on a thread of its own, never on an event loop or a handler
/// thread. Everything it knows is in the database: after a crash it starts from the
/// pending mail, and a mail whose sending was cut short is sent again with the same
/// Message-ID (an SMTP relay may then deliver it twice; the file transport replaces it).
public final class MailWorker: Sendable {
    private let services: AppServices
    private let stopping = Atomic<Bool>(false)
    private let wake = MonotonicSemaphore(value: 0)
    private let finished = DispatchGroup()

    public init(services: AppServices) { self.services = services }

    private var configuration: MailConfiguration { services.configuration.mail }

    public func start() {
        guard configuration.transport != nil else { return }
        CurlLibrary.prepare()
        finished.enter()
        let thread = Thread { [self] in
            loop()
            finished.leave()
        }
        thread.name = "mail-sender"
        thread.start()
    }

    /// Waits for the attempt in flight; pending mail stays pending.
    public func stop() {
        stopping.store(true, ordering: .releasing)
        wake.signal()
        finished.wait()
    }

    /// Look now rather than at the next poll.
    package func poke() { wake.signal() }

    private func loop() {
        guard let transport = configuration.transport else { return }
        let reader: Connection
        do {
            reader = try Connection(path: services.configuration.databasePath, mode: .readOnly)
        } catch {
            services.log.write("mail: cannot open the database: \(error); no mail is sent")
            return
        }
        var nextPrune = ContinuousClock.now
        var nextReminders = ContinuousClock.now
        while !stopping.load(ordering: .acquiring) {
            let nowMs = Int64(Date().timeIntervalSince1970 * 1000)
            do {
                for mail in try MailRepository.due(atMs: nowMs, limit: 20, in: reader) {
                    guard !stopping.load(ordering: .acquiring) else { break }
                    attempt(mail, with: transport)
                }
            } catch {
                services.log.write("mail: reading the outbox failed: \(error)")
            }
            if ContinuousClock.now >= nextReminders {
                nextReminders = ContinuousClock.now + .seconds(3600)
                sendReminders(reader)
            }
            if ContinuousClock.now >= nextPrune {
                nextPrune = ContinuousClock.now + .seconds(3600)
                prune(reader)
            }
            _ = wake.wait(timeout: .now() + configuration.pollSeconds)
        }
    }

    private func attempt(_ mail: MailRepository.Queued, with transport: any MailTransport) {
        let outcome = transport.send(mail.rendered, messageID: mail.messageID, from: configuration.from.address, to: mail.recipients)
        let metrics = services.mailMetrics
        do {
            switch outcome {
            case .sent:
                try services.writer.write { try MailRepository.markSent(mail.id, now: Timestamp.now(), in: $0) }
                metrics.sent.add(1, ordering: .relaxed)
            case .failed(let message, let detail):
                // The log says which mail and why, never its text: it may hold a one-time link.
                services.log.write("mail: \(mail.kind) \(mail.messageID) not sent: \(detail ?? message)")
                let delays = configuration.retryDelaysSeconds
                let next: Int64? = Int(mail.attempts) < delays.count
                    ? Int64(Date().timeIntervalSince1970 * 1000) + Int64(delays[Int(mail.attempts)] * 1000) : nil
                try services.writer.write { try MailRepository.markFailed(mail.id, error: message, nextAttemptMs: next, in: $0) }
                metrics.failed.add(1, ordering: .relaxed)
            }
        } catch {
            services.log.write("mail: recording the attempt of \(mail.messageID) failed: \(error)")
        }
    }

    /// The day's reminders (`ReminderJob`); their mails go out on the next turn of the loop.
    private func sendReminders(_ reader: Connection) {
        guard let mailer = services.accounts.mailer else { return }
        do {
            let claimed = try ReminderJob(writer: services.writer, mailer: mailer).run(today: CalendarDate.todayInAmsterdam(), reader: reader)
            if claimed > 0 { services.log.write("mail: \(claimed) reminder(s) queued") }
        } catch {
            services.log.write("mail: the reminders failed: \(error)")
        }
    }

    private func prune(_ reader: Connection) {
        let cutoff = Timestamp.format(Date().addingTimeInterval(-Double(configuration.keepDays) * 86_400))
        do {
            guard try MailRepository.hasPrunable(before: cutoff, in: reader) else { return }
            while try services.writer.write({ try MailRepository.prune(before: cutoff, limit: 500, in: $0) }) == 500 {}
        } catch {
            services.log.write("mail: pruning the outbox failed: \(error)")
        }
    }
}
