import Testing
@testable import HTTPServer

/// The handler queue's fairness: clients take turns, and a full queue pushes out the
/// flood's newest request rather than refusing a light client.
@Suite("Fair queue")
struct FairQueueTests {
    @Test func clientsTakeTurnsWhateverTheyQueued() {
        var queue = FairQueue<String, String>(capacity: 100)
        for index in 0..<50 { #expect(isAccepted(queue.enqueue("flood-\(index)", for: "flood"))) }
        #expect(isAccepted(queue.enqueue("light-0", for: "light")))
        #expect(queue.dequeue() == "flood-0")
        #expect(queue.dequeue() == "light-0", "the light client's only request comes second, not 51st")
        #expect(queue.dequeue() == "flood-1")
        #expect(queue.count == 48)
    }

    @Test func aFullQueuePushesOutTheLongestQueuesNewest() {
        var queue = FairQueue<String, Int>(capacity: 10)
        for index in 0..<10 { #expect(isAccepted(queue.enqueue(index, for: "flood"))) }
        guard case .refused = queue.enqueue(10, for: "flood") else {
            Issue.record("the flood itself gets no more room")
            return
        }
        guard case .acceptedEvicting(let evicted) = queue.enqueue(100, for: "light") else {
            Issue.record("a light client is let in")
            return
        }
        #expect(evicted == 9, "the flood's newest request makes room")
        #expect(queue.count == 10)
        #expect(queue.queuedCount(of: "light") == 1 && queue.queuedCount(of: "flood") == 9)
    }

    @Test func equalSharesAreNotPushedOut() {
        var queue = FairQueue<Int, Int>(capacity: 4)
        for client in 0..<4 { #expect(isAccepted(queue.enqueue(client, for: client))) }
        guard case .refused = queue.enqueue(9, for: 9) else {
            Issue.record("no client holds more than the newcomer would: refused")
            return
        }
        var seen: [Int] = []
        while let element = queue.dequeue() { seen.append(element) }
        #expect(seen == [0, 1, 2, 3])
        #expect(queue.count == 0 && queue.dequeue() == nil)
    }

    /// Many clients, many rounds: every element comes out exactly once, each client's in
    /// its own order, and the count stays within the capacity (a fixed-seed walk).
    @Test func nothingIsLostOrReordered() {
        var queue = FairQueue<Int, (client: Int, serial: Int)>(capacity: 32)
        var generator = SplitMix(seed: 20)
        var next = [Int](repeating: 0, count: 8)
        var expected = [Int](repeating: 0, count: 8)
        var inQueue = 0
        for _ in 0..<5_000 {
            if generator.next() % 3 != 0 {
                let client = Int(generator.next() % 8)
                switch queue.enqueue((client, next[client]), for: client) {
                case .accepted: inQueue += 1
                case .acceptedEvicting(let evicted):
                    // The newest of its client: that client's next serial is reused.
                    next[evicted.client] -= 1
                case .refused: continue
                }
                next[client] += 1
            } else if let element = queue.dequeue() {
                inQueue -= 1
                #expect(element.serial == expected[element.client])
                expected[element.client] += 1
            }
            #expect(queue.count == inQueue && queue.count <= 32)
        }
    }

    private func isAccepted<Element>(_ admission: FairQueue<String, Element>.Admission) -> Bool {
        if case .accepted = admission { return true }
        return false
    }

    private func isAccepted<Element>(_ admission: FairQueue<Int, Element>.Admission) -> Bool {
        if case .accepted = admission { return true }
        return false
    }
}

/// A fixed-seed generator: the walk above is the same every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
