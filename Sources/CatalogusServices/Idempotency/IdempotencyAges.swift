import CatalogusDomain
import CatalogusStorage
import Dispatch
import Foundation
import Synchronization

/// How old an `Idempotency-Key` record is. Its `created_at` is wall time, since the record
/// must outlive a restart; but a wall clock stepped forward (NTP correcting a drifted
/// clock, a virtual machine resumed) would age every record at once, and a client's retry
/// seconds later would then create a second time. So the records this process writes are
/// also remembered by the monotonic clock and judged by it; records written before a
/// restart (or forgotten beyond `capacity`) are judged by the wall clock, as before.
/// Remembered per record, `created_at` included: a record rewritten by other means is
/// not mistaken for the one this process wrote.
package final class IdempotencyAges: Sendable {
    package struct Record: Hashable, Sendable {
        package let tokenID: Int64?
        package let userID: Int64?
        package let key: String
        package let createdAt: String

        package init(tokenID: Int64?, userID: Int64?, key: String, createdAt: String) {
            self.tokenID = tokenID
            self.userID = userID
            self.key = key
            self.createdAt = createdAt
        }
    }

    private let stored = Mutex<[Record: UInt64]>([:])
    private let capacity: Int
    private let monotonic: @Sendable () -> UInt64
    private let wall: @Sendable () -> Date

    package init(capacity: Int = 100_000,
         monotonic: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
         wall: @escaping @Sendable () -> Date = { Date() }) {
        self.capacity = max(1, capacity)
        self.monotonic = monotonic
        self.wall = wall
    }

    /// Notes that `record` was written now.
    package func remember(_ record: Record, lifetime: Double) {
        let now = monotonic()
        stored.withLock { stored in
            if stored[record] == nil, stored.count >= capacity {
                let lifetimeNanoseconds = UInt64(max(0, lifetime) * 1e9)
                stored = stored.filter { now &- $0.value < lifetimeNanoseconds }
                if stored.count >= capacity {
                    // The older half is judged by the wall clock from now on; halving at
                    // once keeps the work per record small while records keep coming.
                    let newest = stored.sorted { $0.value > $1.value }.prefix(capacity / 2)
                    stored = Dictionary(uniqueKeysWithValues: newest.map { ($0.key, $0.value) })
                }
            }
            stored[record] = now
        }
    }

    package func forget(_ record: Record) {
        _ = stored.withLock { $0.removeValue(forKey: record) }
    }

    /// Whether the record is older than `lifetime` seconds: by the monotonic clock if this
    /// process wrote it, otherwise by its wall-clock `created_at` (unreadable: expired).
    package func isExpired(_ record: Record, lifetime: Double) -> Bool {
        if let at = stored.withLock({ $0[record] }) {
            return Double(monotonic() &- at) / 1e9 >= lifetime
        }
        guard let created = Timestamp.parse(record.createdAt) else { return true }
        return wall().timeIntervalSince(created) >= lifetime
    }

    package var count: Int { stored.withLock { $0.count } }
}
