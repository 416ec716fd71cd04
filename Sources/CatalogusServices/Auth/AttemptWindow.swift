import Dispatch
import Synchronization

/// At most `limit` counted sign-in attempts per key within a sliding window: the bound
/// on guesses per account from unknown devices, and per device cookie. An attempt takes
/// its place *before* its password hash (`reserve`), so that concurrent requests cannot
/// slip past the bound between the check and the hash; one that succeeds, or is never
/// hashed, gives its place back (`release`). A failure keeps it until it leaves the window.
///
/// In memory: a restart forgets the places (the audit log keeps every lock). Bounded: at
/// most `capacity` keys; keys whose attempts have all left the window go first, and if
/// none can go, a new key is refused (fails closed) rather than grow the map. The
/// server-wide cap on unknown attempts (`SignInLimits`) keeps the number of keys a window
/// can gather below the capacity, so that refusal is a last resort.
public final class AttemptWindow: Sendable {
    /// A place taken by one attempt; `isLast` when it took the last free place (the key
    /// is locked if this attempt fails).
    public struct Reservation: Sendable, Equatable {
        package let key: String
        package let at: UInt64
        public let isLast: Bool
    }

    public enum Admission: Sendable, Equatable {
        case admitted(Reservation)
        /// Every place is taken: the seconds until the oldest leaves the window.
        case refused(retryAfterSeconds: Int)
    }

    public let limit: Int
    public let windowNanoseconds: UInt64
    private let capacity: Int
    private let entries = Mutex<[String: [UInt64]]>([:])

    public init(limit: Int, windowSeconds: UInt64, capacity: Int = 100_000) {
        self.limit = max(1, limit)
        windowNanoseconds = windowSeconds * 1_000_000_000
        self.capacity = max(1, capacity)
    }

    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    public func reserve(_ key: String, now: UInt64 = now()) -> Admission {
        let windowStart = now > windowNanoseconds ? now - windowNanoseconds : 0
        return entries.withLock { entries in
            if entries[key] == nil, entries.count >= capacity {
                entries = entries.filter { $0.value.contains { $0 > windowStart } }
                if entries.count >= capacity { return .refused(retryAfterSeconds: Self.seconds(windowNanoseconds)) }
            }
            var places = (entries[key] ?? []).filter { $0 > windowStart }
            guard places.count < limit else {
                entries[key] = places
                return .refused(retryAfterSeconds: Self.seconds((places.min() ?? now) + windowNanoseconds - now))
            }
            places.append(now)
            entries[key] = places
            return .admitted(Reservation(key: key, at: now, isLast: places.count == limit))
        }
    }

    /// Gives the place back: the attempt succeeded or was never hashed.
    public func release(_ reservation: Reservation) {
        entries.withLock { entries in
            guard var places = entries[reservation.key], let index = places.firstIndex(of: reservation.at) else { return }
            places.remove(at: index)
            entries[reservation.key] = places.isEmpty ? nil : places
        }
    }

    /// Whether every place of `key` is taken now.
    public func isFull(_ key: String, now: UInt64 = now()) -> Bool {
        let windowStart = now > windowNanoseconds ? now - windowNanoseconds : 0
        return entries.withLock { entries in (entries[key] ?? []).filter { $0 > windowStart }.count >= limit }
    }

    /// Forgets the key: an admin's link set a new password.
    public func clear(_ key: String) {
        _ = entries.withLock { entries in entries.removeValue(forKey: key) }
    }

    package var count: Int { entries.withLock { $0.count } }

    private static func seconds(_ nanoseconds: UInt64) -> Int {
        max(1, Int((nanoseconds + 999_999_999) / 1_000_000_000))
    }
}
