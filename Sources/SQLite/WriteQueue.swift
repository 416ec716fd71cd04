import Dispatch
import Synchronization

/// A request for the writer thread: a write (joins the open group), a bulk write (a
/// transaction of its own, taking turns with the groups) or a loan (runs alone, outside
/// any transaction), and what the caller waits on.
struct WriterJob: Sendable {
    enum Kind: Sendable { case write, bulk, loan }

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

/// The jobs waiting for the writer thread: writes and loans in arrival order, and bulk
/// writes in a line of their own that takes turns with them.
///
/// Turns, so that neither kind starves the other: jobs go in arrival order, except that
/// a bulk write never follows a bulk write while other jobs wait. So after each bulk
/// write the writes that queued up meanwhile go first (one group, one commit), even
/// before a bulk write that came earlier: a small write waits for at most one bulk
/// write, however many are queued (issue 20, item 8: two imports back to back held a
/// small write up for both), and a bulk write for at most one group per bulk write
/// ahead of it, besides the jobs that came before it.
final class WriteQueue: Sendable {
    private struct State: Sendable {
        var jobs = JobLine()
        var bulk = JobLine()
        var arrivals: UInt64 = 0
        var lastWasBulk = false
        var closed = false

        mutating func append(_ job: WriterJob) {
            arrivals += 1
            if job.kind == .bulk { bulk.append(job, arrival: arrivals) } else { jobs.append(job, arrival: arrivals) }
        }

        mutating func pop() -> WriterJob? {
            if let bulkArrival = bulk.firstArrival {
                let otherArrival = jobs.firstArrival ?? .max
                if otherArrival == .max || (!lastWasBulk && bulkArrival < otherArrival) {
                    lastWasBulk = true
                    return bulk.pop()
                }
            }
            lastWasBulk = false
            return jobs.pop()
        }
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
            state.append(job)
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
        return state.withLock { state in state.pop() }.map(Next.job) ?? .closed
    }

    /// The next job if it is a write and one is already queued: a group takes only what
    /// waits, never waits for more, and never takes a bulk write (those wait in their line).
    func nextQueuedWrite() -> WriterJob? {
        state.withLock { state in
            guard state.jobs.first?.kind == .write else { return nil }
            // Its signal is counted already (see `submit`): this never blocks.
            available.wait()
            return state.jobs.pop()
        }
    }

    var count: Int { state.withLock { $0.jobs.count + $0.bulk.count } }

    var isClosed: Bool { state.withLock { $0.closed } }

    /// Refuses new jobs; those queued still run. Wakes the thread if it waits.
    func close() {
        state.withLock { $0.closed = true }
        available.signal()
    }
}

/// Jobs in arrival order, each with its place in the arrival order of all jobs. A taken
/// job's slot is cleared at once: the writer thread must hold the only reference to a
/// job's closures (see `DatabaseWriter.write`).
private struct JobLine: Sendable {
    private var jobs: [(arrival: UInt64, job: WriterJob)?] = []
    private var head = 0

    var count: Int { jobs.count - head }
    var isEmpty: Bool { head == jobs.count }
    var first: WriterJob? { isEmpty ? nil : jobs[head]?.job }
    var firstArrival: UInt64? { isEmpty ? nil : jobs[head]?.arrival }

    mutating func append(_ job: WriterJob, arrival: UInt64) { jobs.append((arrival, job)) }

    mutating func pop() -> WriterJob? {
        guard head < jobs.count else { return nil }
        let job = jobs[head]?.job
        jobs[head] = nil
        head += 1
        // Drop the consumed prefix once it is most of the storage: linear overall.
        if head == jobs.count {
            jobs.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 64, head * 2 >= jobs.count {
            jobs.removeFirst(head)
            head = 0
        }
        return job
    }
}
