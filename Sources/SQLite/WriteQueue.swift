import Dispatch
import Synchronization

/// A request for the writer thread: a write (joins the open group) or a loan (runs
/// alone, outside any transaction), and what the caller waits on.
struct WriterJob: Sendable {
    enum Kind: Sendable { case write, loan }

    let kind: Kind
    let work: WriterWork
    /// Signalled once the job's outcome is final (for a write: its group committed or failed).
    let done: DispatchSemaphore
}

/// The closure a caller hands to the writer thread, with the slot its result goes to.
///
/// `@unchecked Sendable` because the compiler cannot see the hand-off: the closure
/// captures the caller's non-Sendable body and result slot, but the caller blocks on
/// the job's `done` semaphore from submitting it until the writer thread has run it and
/// signalled, so its captures are used by one thread at a time, ordered by the semaphore.
struct WriterWork: @unchecked Sendable {
    /// Runs the body; the error it threw, if any (its result slot holds it too).
    let run: (Connection) -> (any Error)?
    /// Replaces the result with an error found after the body returned (a deferred violation).
    let fail: (any Error) -> Void
    /// Records the group's outcome for the caller, before `done` is signalled.
    let settle: (WriteBatch.Outcome) -> Void
}

/// The jobs waiting for the writer thread, in arrival order.
final class WriteQueue: Sendable {
    private struct State: Sendable {
        /// A taken job's slot is cleared at once: the writer thread must hold the only
        /// reference to a job's closures (see `DatabaseWriter.write`).
        var jobs: [WriterJob?] = []
        var head = 0
        var closed = false
    }

    private let state = Mutex(State())
    /// One signal per job submitted (and one at close). Monotonic: the writer's idle wait
    /// (a second, then it looks at `data_version`) must not last an hour when the wall
    /// clock steps back an hour.
    private let available = MonotonicSemaphore(value: 0)

    /// False once the writer is closed.
    func submit(_ job: WriterJob) -> Bool {
        state.withLock { state in
            guard !state.closed else { return false }
            state.jobs.append(job)
            // Under the lock, so that a job in the queue always has its signal counted.
            available.signal()
            return true
        }
    }

    /// What waiting for the next job gave.
    enum Next {
        case job(WriterJob)
        /// Nothing came before the deadline.
        case idle
        /// Closed and drained.
        case closed
    }

    /// The next job, waiting for one until `deadline`.
    func next(waitingUntil deadline: DispatchTime) -> Next {
        guard available.wait(timeout: deadline) == .success else { return .idle }
        return state.withLock { state in pop(&state) }.map(Next.job) ?? .closed
    }

    /// The next job if it is a write and one is already queued: a group takes only what
    /// waits, never waits for more.
    func nextQueuedWrite() -> WriterJob? {
        state.withLock { state in
            guard state.head < state.jobs.count, state.jobs[state.head]?.kind == .write else { return nil }
            // Its signal is counted already (see `submit`): this never blocks.
            available.wait()
            return pop(&state)
        }
    }

    var count: Int { state.withLock { $0.jobs.count - $0.head } }

    var isClosed: Bool { state.withLock { $0.closed } }

    /// Refuses new jobs; those queued still run. Wakes the thread if it waits.
    func close() {
        state.withLock { $0.closed = true }
        available.signal()
    }

    private func pop(_ state: inout State) -> WriterJob? {
        guard state.head < state.jobs.count else { return nil }
        let job = state.jobs[state.head]
        state.jobs[state.head] = nil
        state.head += 1
        // Drop the consumed prefix once it is most of the storage: linear overall.
        if state.head == state.jobs.count {
            state.jobs.removeAll(keepingCapacity: true)
            state.head = 0
        } else if state.head >= 64, state.head * 2 >= state.jobs.count {
            state.jobs.removeFirst(state.head)
            state.head = 0
        }
        return job
    }
}
