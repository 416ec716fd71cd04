import Dispatch
import Synchronization

/// Locks an account's sign-in after repeated failures: 5 within 15 minutes lock it for
/// 15 minutes. Keyed by the normalised e-mail address whether or not an account has it,
/// so that a lock says nothing about which addresses exist. In memory: a restart forgets
/// failures (the audit log keeps every lock). Bounded: it tracks at most `capacity`
/// addresses, dropping the stalest unlocked ones first.
public final class SignInThrottle: Sendable {
    public static let maxFailures = 5
    public static let windowSeconds: UInt64 = 15 * 60
    public static let lockSeconds: UInt64 = 15 * 60

    struct Entry {
        var failures: [UInt64] = []
        var lockedUntil: UInt64 = 0
        var lastSeen: UInt64 = 0
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    public init(capacity: Int = 50_000) { self.capacity = max(1, capacity) }

    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Seconds until the lock of `key` ends; nil when it may try.
    public func retryAfter(_ key: String, now: UInt64 = now()) -> Int? {
        entries.withLock { entries in
            guard let entry = entries[key], entry.lockedUntil > now else { return nil }
            return Int((entry.lockedUntil - now + 999_999_999) / 1_000_000_000)
        }
    }

    /// Counts a failure; true when it locked the key.
    @discardableResult
    public func recordFailure(_ key: String, now: UInt64 = now()) -> Bool {
        entries.withLock { entries in
            if entries[key] == nil, entries.count >= capacity { Self.evict(from: &entries, now: now) }
            guard entries[key] != nil || entries.count < capacity else { return false }
            var entry = entries[key] ?? Entry()
            let windowStart = now > Self.windowSeconds * 1_000_000_000 ? now - Self.windowSeconds * 1_000_000_000 : 0
            entry.failures = entry.failures.filter { $0 > windowStart }
            entry.failures.append(now)
            entry.lastSeen = now
            var locked = false
            if entry.failures.count >= Self.maxFailures {
                entry.lockedUntil = now + Self.lockSeconds * 1_000_000_000
                entry.failures = []
                locked = true
            }
            entries[key] = entry
            return locked
        }
    }

    /// A successful sign-in clears the key's failures.
    public func reset(_ key: String) {
        _ = entries.withLock { entries in entries.removeValue(forKey: key) }
    }

    var count: Int { entries.withLock { $0.count } }

    /// Drops entries that neither lock nor count any more; if none, the stalest unlocked one.
    private static func evict(from entries: inout [String: Entry], now: UInt64) {
        let windowStart = now > windowSeconds * 1_000_000_000 ? now - windowSeconds * 1_000_000_000 : 0
        let stale = entries.filter { $0.value.lockedUntil <= now && $0.value.lastSeen <= windowStart }.map(\.key)
        if !stale.isEmpty {
            for key in stale { entries.removeValue(forKey: key) }
            return
        }
        if let oldest = entries.filter({ $0.value.lockedUntil <= now }).min(by: { $0.value.lastSeen < $1.value.lastSeen })?.key {
            entries.removeValue(forKey: oldest)
        }
    }
}

/// How many password hashes may run at once, server-wide: each costs tens of
/// milliseconds of a core and 32 MiB, so a flood of sign-ins must not take them all.
/// Beyond the bound a sign-in is refused at once (503) instead of waiting on a thread.
public final class PasswordHashingGate: Sendable {
    private let running = Atomic<Int>(0)
    public let limit: Int

    public init(limit: Int) { self.limit = max(1, limit) }

    public func run<T>(_ work: () throws -> T) throws -> T {
        let before = running.add(1, ordering: .acquiringAndReleasing).oldValue
        defer { running.subtract(1, ordering: .acquiringAndReleasing) }
        guard before < limit else {
            throw AppError.unavailable("Too many sign-ins at this moment; retry in a second.", retryAfterSeconds: 1)
        }
        return try work()
    }
}
