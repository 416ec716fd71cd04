import Synchronization

/// Delivery attempts by outcome, for `/metrics`.
public final class WebhookMetrics: Sendable {
    package enum Outcome: String, CaseIterable {
        /// 2xx.
        case succeeded
        /// Failed, to be tried again.
        case retrying
        /// Failed for good (three days of retries).
        case failed
        /// 410 Gone: the hook was disabled.
        case disabled
    }

    private let counts = Mutex<[Outcome: Int]>([:])

    public init() {}

    package func count(_ outcome: Outcome) { counts.withLock { $0[outcome, default: 0] += 1 } }

    public func render() -> String {
        let snapshot = counts.withLock { $0 }
        var text = "# HELP catalogus_webhook_delivery_attempts_total Webhook delivery attempts, by outcome.\n"
        text += "# TYPE catalogus_webhook_delivery_attempts_total counter\n"
        for outcome in Outcome.allCases {
            text += "catalogus_webhook_delivery_attempts_total{outcome=\"\(outcome.rawValue)\"} \(snapshot[outcome] ?? 0)\n"
        }
        return text
    }
}
