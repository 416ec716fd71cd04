import Synchronization

/// Mail attempts by outcome, for `/metrics` (with the waiting count read from the outbox).
public final class MailMetrics: Sendable {
    package let sent = Atomic<Int>(0)
    package let failed = Atomic<Int>(0)

    public init() {}

    public func render(waiting: Int64) -> String {
        """
        # HELP catalogus_mail_attempts_total Attempts to send mail, by outcome.
        # TYPE catalogus_mail_attempts_total counter
        catalogus_mail_attempts_total{outcome="sent"} \(sent.load(ordering: .relaxed))
        catalogus_mail_attempts_total{outcome="failed"} \(failed.load(ordering: .relaxed))
        # HELP catalogus_mail_waiting Mails in the outbox waiting to be sent.
        # TYPE catalogus_mail_waiting gauge
        catalogus_mail_waiting \(waiting)

        """
    }
}
