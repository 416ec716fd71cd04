import Synchronization

/// Bytes of request bodies buffered server-wide (being received, queued or handled).
/// Per-connection limits alone allow connections × max body (20 GiB by default).
final class BodyBudget: Sendable {
    let limit: Int
    private let used = Atomic<Int>(0)
    /// Set when usage rose high enough that freeing it is worth returning to the OS.
    private let trimWanted = Atomic<Bool>(false)
    static let trimThreshold = 16 << 20

    private let metrics: ServerMetrics

    init(limit: Int, metrics: ServerMetrics) {
        self.limit = max(0, limit)
        self.metrics = metrics
    }

    var usedBytes: Int { used.load(ordering: .relaxed) }

    /// Takes `bytes` from the budget, or nothing and returns false if they do not fit.
    func reserve(_ bytes: Int) -> Bool {
        guard bytes > 0 else { return true }
        var current = used.load(ordering: .relaxed)
        while true {
            // Checked without overflow: `bytes` is at most the body limit, `current` ≤ `limit`.
            guard bytes <= limit - current else { return false }
            let (exchanged, original) = used.compareExchange(
                expected: current, desired: current + bytes, ordering: .relaxed)
            if exchanged {
                metrics.bufferedBodyBytes.wrappingAdd(bytes, ordering: .relaxed)
                if current + bytes >= Self.trimThreshold { trimWanted.store(true, ordering: .relaxed) }
                return true
            }
            current = original
        }
    }

    func release(_ bytes: Int) {
        guard bytes > 0 else { return }
        used.wrappingSubtract(bytes, ordering: .relaxed)
        metrics.bufferedBodyBytes.wrappingSubtract(bytes, ordering: .relaxed)
    }

    /// True once after a burst has drained (usage back under the threshold), so that one
    /// loop can hand the freed heap back to the OS.
    func takeTrimRequest() -> Bool {
        guard usedBytes < Self.trimThreshold / 4 else { return false }
        return trimWanted.exchange(false, ordering: .relaxed)
    }
}
