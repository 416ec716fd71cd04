import CatalogusDomain
import CatalogusStorage
import Foundation
import SQLite

/// How long idempotency keys are kept: seven days by the wall clock, far beyond the 24
/// hours in which they replay (`Idempotency.lifetimeSeconds`), so that a wall clock stepped
/// forward by a day or so never deletes a key that a retry may still send (a retry must be
/// replayed, never create twice). Deleted in writes of `batch` rows, oldest first, so that
/// the writer is never held long; nothing is written when nothing is due.
package struct IdempotencyRetention: Sendable, Equatable {
    package var keepSeconds: Double = 7 * 24 * 3600
    package var batch: Int = 500

    package init(keepSeconds: Double = 7 * 24 * 3600, batch: Int = 500) {
        self.keepSeconds = keepSeconds
        self.batch = batch
    }

    /// Keys deleted. `now` is wall-clock time (the stored timestamps are).
    @discardableResult
    package func prune(writer: DatabaseWriter, reader: Connection, now: Date) throws -> Int {
        let cutoff = Timestamp.format(now.addingTimeInterval(-keepSeconds))
        guard try IdempotencyRepository.hasOlder(than: cutoff, in: reader) else { return 0 }
        var deleted = 0
        while true {
            let count = try writer.write { try IdempotencyRepository.deleteOlder(than: cutoff, limit: batch, in: $0) }
            deleted += count
            if count < batch { return deleted }
        }
    }
}
