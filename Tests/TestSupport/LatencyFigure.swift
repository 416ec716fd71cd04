import Foundation

/// Latencies a test measured under load, with the same requests without the load in the
/// same run (the peer figure), as one printed line. Tests print it and do not assert the
/// bound: how fast an answer comes depends on the machine and on whatever else it runs,
/// and `make test` must pass on a loaded machine too. `bench/latency.sh` runs those tests
/// and reports each line, `over` where p99 exceeded the bound.
public struct LatencyFigure: CustomStringConvertible {
    /// What `bench/latency.sh` looks for.
    public static let prefix = "latency figure"

    public let name: String
    public let during: [Duration]
    public let peer: [Duration]
    public let bound: Duration

    public init(name: String, during: [Duration], peer: [Duration], bound: Duration) {
        self.name = name
        self.during = during.sorted()
        self.peer = peer.sorted()
        self.bound = bound
    }

    /// The smallest latency that `fraction` of them do not exceed; nil when there are none.
    public static func percentile(_ fraction: Double, of sorted: [Duration]) -> Duration? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((Double(sorted.count) * fraction).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    public var p99: Duration? { Self.percentile(0.99, of: during) }

    public var description: String {
        func ms(_ duration: Duration?) -> String {
            guard let duration else { return "-" }
            let (seconds, attoseconds) = duration.components
            return String(format: "%.1f ms", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        let verdict = p99.map { $0 < bound ? "within" : "over" } ?? "no samples"
        return "\(Self.prefix): \(name): \(during.count) answers under load, p50 \(ms(Self.percentile(0.5, of: during))), "
            + "p99 \(ms(p99)), max \(ms(during.last)); without the load \(peer.count) answers, "
            + "p50 \(ms(Self.percentile(0.5, of: peer))), p99 \(ms(Self.percentile(0.99, of: peer))); "
            + "bound on p99 \(ms(bound)): \(verdict)"
    }
}
