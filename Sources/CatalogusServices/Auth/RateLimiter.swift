import CatalogusDomain
import Dispatch
import Synchronization

/// A token bucket per key (an API token, a session, a client address): `burst` requests
/// at once, refilled at `requestsPerSecond`. Shared by the loops behind one mutex (a few
/// map operations). Bounded: beyond `capacity` keys, the full buckets (those that would
/// behave exactly as new ones) are dropped; if none is full, a new key waits (fails
/// closed) rather than grow the map.
public final class RateLimiter<Key: Hashable & Sendable>: Sendable {
    package struct Bucket {
        package var tokens: Double
        package var updatedAt: UInt64
    }

    private let rate: Double
    private let burst: Double
    private let buckets = Mutex<[Key: Bucket]>([:])
    private let capacity: Int

    public init(requestsPerSecond: Double, burst: Double, capacity: Int = 100_000) {
        rate = requestsPerSecond
        self.burst = max(1, burst)
        self.capacity = max(1, capacity)
    }

    /// nil when the request may go ahead, otherwise the seconds to wait.
    public func acquire(_ key: Key, now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Int? {
        guard rate > 0 else { return nil }
        return buckets.withLock { buckets in
            if buckets[key] == nil, buckets.count >= capacity {
                let (rate, burst) = (rate, burst)
                buckets = buckets.filter { min(burst, $0.value.tokens + Double(now &- $0.value.updatedAt) / 1e9 * rate) < burst }
                if buckets.count >= capacity { return max(1, Int((1 / rate).rounded(.up))) }
            }
            var bucket = buckets[key] ?? Bucket(tokens: burst, updatedAt: now)
            let elapsed = Double(now &- bucket.updatedAt) / 1e9
            bucket.tokens = min(burst, bucket.tokens + elapsed * rate)
            bucket.updatedAt = now
            defer { buckets[key] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return max(1, Int(((1 - bucket.tokens) / rate).rounded(.up)))
        }
    }
}

/// Decides when a token's `last_used_at` (or a session's `last_seen_at`) is worth a
/// write: at most once a minute each, so that authenticated reads do not each cost a
/// database write. Forgets entries older than the interval once it holds many.
public final class TokenUsageRecorder: Sendable {
    private let lastRecorded = Mutex<[Principal.Credential: UInt64]>([:])
    private let intervalNanoseconds: UInt64 = 60_000_000_000

    public init() {}

    public func shouldRecord(_ key: Principal.Credential, now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Bool {
        lastRecorded.withLock { recorded in
            if let last = recorded[key], now &- last < intervalNanoseconds { return false }
            if recorded.count >= 100_000 { recorded = recorded.filter { now &- $0.value < intervalNanoseconds } }
            recorded[key] = now
            return true
        }
    }
}
