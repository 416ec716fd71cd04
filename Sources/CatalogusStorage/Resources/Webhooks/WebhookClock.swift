import CatalogusDomain
import Foundation

/// A moment in Unix milliseconds: what deliveries are scheduled by.
public struct WebhookInstant: Sendable, Equatable, Comparable {
    public var ms: Int64

    public init(ms: Int64) { self.ms = ms }

    package var seconds: Int64 { ms / 1000 }
    package var timestamp: String { Timestamp.format(Date(timeIntervalSince1970: Double(ms) / 1000)) }

    public static func < (a: WebhookInstant, b: WebhookInstant) -> Bool { a.ms < b.ms }
}

/// Where the worker gets the time and its jitter; tests give fixed ones, so that a
/// schedule is the same on every run.
package struct WebhookClock: Sendable {
    package let now: @Sendable () -> WebhookInstant
    /// A number in [0, 1) per retry, to spread receivers' retries apart.
    package let jitter: @Sendable () -> Double

    package init(now: @escaping @Sendable () -> WebhookInstant, jitter: @escaping @Sendable () -> Double) {
        self.now = now
        self.jitter = jitter
    }

    package static let system = WebhookClock(now: { WebhookInstant(ms: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))) },
                                     jitter: { Double.random(in: 0..<1) })
}
