import Dispatch

/// The writes that share one transaction and one COMMIT (group commit), as the writer
/// thread runs them; each ran in its own savepoint. Only the writer thread touches it.
struct WriteBatch {
    enum Outcome: Sendable {
        case committed
        /// Nothing of the group is saved; every member reports this error.
        case failed(any Error)
    }

    let startedAt = ContinuousClock.now
    private(set) var members: [WriterJob] = []
    /// Some member's work is in the transaction.
    private(set) var anySucceeded = false
    /// A member failed for want of space: a COMMIT of the rest does not prove there is room.
    private(set) var storageFailed = false

    init() {}

    var count: Int { members.count }

    /// Whether committing this group shows that writes fit on the disk again.
    var provesRoom: Bool { anySucceeded && !storageFailed }

    mutating func add(_ job: WriterJob, succeeded: Bool, storageFailure: Bool) {
        members.append(job)
        anySucceeded = anySucceeded || succeeded
        storageFailed = storageFailed || storageFailure
    }

    /// Gives every member the outcome and lets go of their closures; returns what wakes
    /// them, to be signalled only after this batch is gone (see `DatabaseWriter.write`).
    mutating func settle(_ outcome: Outcome) -> [DispatchSemaphore] {
        for member in members { member.work.settle(outcome) }
        let wakeUps = members.map(\.done)
        members.removeAll()
        return wakeUps
    }
}
