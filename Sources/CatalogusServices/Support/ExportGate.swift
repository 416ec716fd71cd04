import CatalogusDomain
import Synchronization

/// Bounds how many whole-result workbooks are made at once, server-wide: each reads up
/// to `AppConfiguration.maxExportRows` rows and keeps a handler thread busy for seconds, so a few
/// clients asking for them together must not take every thread (or the disk) from
/// everyone else. One more gets 503 with Retry-After instead of waiting.
package final class ExportGate: Sendable {
    package let slots: Int
    private let running = Mutex(0)

    package init(slots: Int = 2) { self.slots = slots }

    package func run<T>(_ body: () throws -> T) throws -> T {
        let admitted = running.withLock { running in
            guard running < slots else { return false }
            running += 1
            return true
        }
        guard admitted else {
            throw AppError.unavailable(Message(.exportBusy, ["slots": .integer(slots)]), retryAfterSeconds: 5)
        }
        defer { running.withLock { $0 -= 1 } }
        return try body()
    }
}
