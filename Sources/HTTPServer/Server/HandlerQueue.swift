import Dispatch
import Synchronization

/// Identifies a connection across threads: descriptor numbers are reused once closed,
/// so the loop also compares the serial it gave the connection.
struct ConnectionTicket: Sendable, Equatable {
    let fd: Int32
    let serial: UInt64
}

/// A complete request on its way to a handler thread.
struct HandlerJob: Sendable {
    let request: HTTPRequest
    let acceptEncoding: String?
    let ticket: ConnectionTicket
    /// Where the answer goes: the owning loop's inbox.
    let inbox: LoopInbox
    /// The body's bytes in the budget (server-wide and its client's); released when the answer is back.
    let bodyHold: BodyHold
}

/// A handler's answer on its way back to the owning loop.
struct HandlerCompletion: Sendable {
    let ticket: ConnectionTicket
    let response: HTTPResponse
    let bodyHold: BodyHold
}

/// The server-wide queue between the event loops and the handler threads. Bounded:
/// `submit` refuses when full, so that a burst cannot buffer requests without limit.
final class HandlerQueue: Sendable {
    private struct State {
        var jobs = FIFO<HandlerJob>()
        var closed = false
    }

    let capacity: Int
    private let state = Mutex(State())
    /// One signal per job submitted, plus one per thread at close.
    private let available = DispatchSemaphore(value: 0)

    private let metrics: ServerMetrics

    init(capacity: Int, metrics: ServerMetrics) {
        self.capacity = max(1, capacity)
        self.metrics = metrics
    }

    /// False when the queue is full or closed; the caller answers 503.
    func submit(_ job: HandlerJob) -> Bool {
        let accepted = state.withLock { state in
            guard !state.closed, state.jobs.count < capacity else { return false }
            state.jobs.append(job)
            // Counted across the server's queues: each adds and takes away its own.
            metrics.queuedRequests.add(1, ordering: .relaxed)
            return true
        }
        if accepted { available.signal() }
        return accepted
    }

    /// Blocks until a job arrives; nil once the queue is closed.
    func next() -> HandlerJob? {
        available.wait()
        return state.withLock { state in
            guard !state.closed else { return nil }
            guard let job = state.jobs.popFirst() else { return nil }
            metrics.queuedRequests.subtract(1, ordering: .relaxed)
            return job
        }
    }

    /// Wakes every thread to stop. Jobs still queued are dropped: by now the event loops
    /// have closed their connections, so no one would read the answers.
    func close(threads: Int) {
        state.withLock { state in
            state.closed = true
            metrics.queuedRequests.subtract(state.jobs.count, ordering: .relaxed)
            state.jobs = FIFO()
        }
        for _ in 0..<threads { available.signal() }
    }
}

/// A first-in, first-out queue with O(1) amortised append and pop.
struct FIFO<Element> {
    private var storage: [Element] = []
    private var head = 0

    var count: Int { storage.count - head }

    mutating func append(_ element: Element) { storage.append(element) }

    mutating func popFirst() -> Element? {
        guard head < storage.count else { return nil }
        let element = storage[head]
        head += 1
        // Drop the consumed prefix once it is half the storage: linear overall.
        if head == storage.count {
            storage.removeAll(keepingCapacity: storage.capacity <= 1024)
            head = 0
        } else if head >= 64 && head * 2 >= storage.count {
            storage.removeFirst(head)
            head = 0
        }
        return element
    }
}
