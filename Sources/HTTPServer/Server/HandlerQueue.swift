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
        /// Fair between client networks: one client's flood neither delays another's
        /// request by more than a turn nor keeps it out when the queue is full.
        var jobs: FairQueue<ClientNetwork?, HandlerJob>
        var closed = false
    }

    let capacity: Int
    private let state: Mutex<State>
    /// One signal per job submitted, plus one per thread at close.
    private let available = DispatchSemaphore(value: 0)

    private let metrics: ServerMetrics
    private let wording: ProblemWording

    init(capacity: Int, metrics: ServerMetrics, wording: @escaping ProblemWording = { $0 }) {
        self.capacity = max(1, capacity)
        self.metrics = metrics
        self.wording = wording
        state = Mutex(State(jobs: FairQueue(capacity: self.capacity)))
    }

    /// False when the queue is full (of this client's own requests, or of clients holding
    /// no more than it) or closed; the caller answers 503. A request pushed out to make room
    /// for another client's is answered 503 here, through its loop's inbox.
    func submit(_ job: HandlerJob) -> Bool {
        let admission = state.withLock { state -> FairQueue<ClientNetwork?, HandlerJob>.Admission in
            guard !state.closed else { return .refused }
            let admission = state.jobs.enqueue(job, for: job.request.clientNetwork)
            // Counted across the server's queues: each adds and takes away its own.
            if case .accepted = admission { metrics.queuedRequests.add(1, ordering: .relaxed) }
            return admission
        }
        switch admission {
        case .refused:
            return false
        case .accepted:
            available.signal()
        case .acceptedEvicting(let evicted):
            // One in, one out: the number of queued jobs (and of signals) is unchanged.
            metrics.recordProtocolError(status: 503)
            let problem = wording(.server(status: 503, reason: "The server is busy; try again shortly.", headers: ["Retry-After": "1"]))
            evicted.inbox.deliver(HandlerCompletion(ticket: evicted.ticket, response: problem.response,
                                                    bodyHold: evicted.bodyHold))
        }
        return true
    }

    /// Blocks until a job arrives; nil once the queue is closed.
    func next() -> HandlerJob? {
        available.wait()
        return state.withLock { state in
            guard !state.closed else { return nil }
            guard let job = state.jobs.dequeue() else { return nil }
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
            _ = state.jobs.removeAll()
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

    /// The newest element (the one a full fair queue pushes out).
    mutating func popLast() -> Element? {
        guard head < storage.count else { return nil }
        let element = storage.removeLast()
        if head == storage.count {
            storage.removeAll(keepingCapacity: storage.capacity <= 1024)
            head = 0
        }
        return element
    }

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
