/// When a failed delivery is tried again (issue 14): ≈ 5 s, 30 s, 2 min, 10 min, 1 h,
/// then every 6 h, for three days after the event; then it has failed. Each delay is
/// stretched by up to +20 % of jitter so that many hooks failing together do not retry
/// in lockstep.
public struct WebhookRetrySchedule: Sendable, Equatable {
    /// Three days.
    package static let windowMs: Int64 = 3 * 24 * 3600 * 1000

    /// Seconds after the 1st, 2nd, … failed attempt; the last repeats.
    public var delays: [Double]
    public var jitterFraction: Double

    public static let standard = WebhookRetrySchedule(delays: [5, 30, 120, 600, 3600, 6 * 3600], jitterFraction: 0.2)

    public init(delays: [Double], jitterFraction: Double) {
        precondition(!delays.isEmpty, "a schedule needs at least one delay")
        self.delays = delays
        self.jitterFraction = jitterFraction
    }

    /// The next attempt after `attempts` failed ones (1 after the first failure), or nil
    /// when it would come after `giveUpMs`: then the delivery has failed.
    public func nextAttempt(after attempts: Int64, now: WebhookInstant, jitter: Double, giveUpMs: Int64) -> WebhookInstant? {
        let index = Int(min(max(attempts - 1, 0), Int64(delays.count - 1)))
        let seconds = delays[index] * (1 + jitterFraction * min(max(jitter, 0), 1))
        let next = now.ms + Int64((seconds * 1000).rounded())
        return next > giveUpMs ? nil : WebhookInstant(ms: next)
    }
}
