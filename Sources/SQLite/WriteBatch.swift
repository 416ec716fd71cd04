import Dispatch
import Synchronization

/// The writes that share one transaction and one COMMIT (group commit). Each write ran
/// in its own savepoint; the members wait here until the last of them has committed
/// (or failed to) for all.
final class WriteBatch: Sendable {
    enum Outcome: Sendable {
        case committed
        /// Nothing of the batch is saved; every member reports this error.
        case failed(any Error)
    }

    let startedAt = ContinuousClock.now
    /// Writes run so far in this batch, the current one included. Only the thread whose
    /// turn it is touches it (the turn's hand-off orders the accesses), hence `Atomic`
    /// with relaxed ordering rather than a lock.
    private let size = Atomic<Int>(1)
    /// A member failed for want of space: a COMMIT of the rest does not prove there is room.
    private let storageFailed = Atomic<Bool>(false)
    /// Some member's work is in the transaction (a COMMIT of nothing proves nothing either).
    private let anySucceeded = Atomic<Bool>(false)
    private let outcome = Mutex<Outcome?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    var count: Int { size.load(ordering: .relaxed) }

    func addMember() { size.add(1, ordering: .relaxed) }

    func noteStorageFailure() { storageFailed.store(true, ordering: .relaxed) }

    /// Whether committing this batch shows that writes fit on the disk again.
    var provesRoom: Bool { anySucceeded.load(ordering: .relaxed) && !storageFailed.load(ordering: .relaxed) }

    func noteSuccess() { anySucceeded.store(true, ordering: .relaxed) }

    /// Records the outcome and wakes every member but the one that finished the batch.
    func finish(_ result: Outcome) {
        outcome.withLock { $0 = result }
        for _ in 1..<count { finished.signal() }
    }

    /// Blocks until the batch is finished, then tells how.
    func awaitOutcome() -> Outcome {
        finished.wait()
        // Set before the signal that woke us.
        return outcome.withLock { $0 } ?? .failed(SQLiteError.misuse("a write batch ended without an outcome"))
    }
}
