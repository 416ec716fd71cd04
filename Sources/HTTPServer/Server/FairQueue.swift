/// A bounded queue shared fairly between clients: each client (key) has its own FIFO and
/// the clients take turns (round robin), so a client with a thousand queued requests
/// delays another client's one request by at most one request per waiting client, not by
/// a thousand. When the queue is full, a newcomer still gets in if some client holds more
/// queued requests than the newcomer would: that client's newest request is pushed out
/// instead (longest-queue drop), so a flood fills the queue only with its own requests
/// and can never shut a light client out.
struct FairQueue<Key: Hashable, Element> {
    enum Admission {
        case accepted
        /// Accepted, and `evicted` (the longest queue's newest) must be refused instead.
        case acceptedEvicting(Element)
        /// Full, and the caller is already among those holding the most.
        case refused
    }

    let capacity: Int
    private(set) var count = 0
    private var queues: [Key: FIFO<Element>] = [:]
    /// Clients with at least one queued element, in the order they take their turns.
    private var turns = FIFO<Key>()

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func queuedCount(of key: Key) -> Int { queues[key]?.count ?? 0 }

    mutating func enqueue(_ element: Element, for key: Key) -> Admission {
        var evicted: Element?
        if count >= capacity {
            // O(clients), and only when full; clients ≤ capacity.
            guard let (longest, queue) = queues.max(by: { $0.value.count < $1.value.count }),
                  queue.count > queuedCount(of: key) + 1 else { return .refused }
            evicted = queues[longest]?.popLast()
            count -= 1
            // The longest queue still holds at least one (it held more than one).
        }
        if queues[key] == nil {
            queues[key] = FIFO()
            turns.append(key)
        }
        queues[key]?.append(element)
        count += 1
        return evicted.map(Admission.acceptedEvicting) ?? .accepted
    }

    /// The next client's oldest element; that client goes to the back of the turns.
    mutating func dequeue() -> Element? {
        guard let key = turns.popFirst(), let element = queues[key]?.popFirst() else { return nil }
        count -= 1
        if queues[key]?.count == 0 { queues[key] = nil } else { turns.append(key) }
        return element
    }

    /// Everything still queued, oldest client turn first; the queue is empty afterwards.
    mutating func removeAll() -> [Element] {
        var all: [Element] = []
        while let element = dequeue() { all.append(element) }
        return all
    }
}
