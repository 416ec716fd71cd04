import Synchronization

/// What one request holds of the body budget: bytes, and while its body is still
/// arriving one of its client's receiving slots. Travels with the request to the handler
/// and back, so that the bytes are given back to the right client when the answer is.
struct BodyHold: Sendable {
    /// The client network the bytes count against; nil when the peer is unknown (then
    /// only the server-wide limit applies).
    var client: ClientNetwork?
    var bytes = 0
    var receiving = false
}

/// Bytes of request bodies buffered (being received, queued or handled), server-wide and
/// per client network, and the bodies each client network is receiving at once.
///
/// Bytes are taken as they arrive (in steps, see `EventLoop.bodyReservationStep`), never
/// as declared: a `Content-Length` is a promise, and reserving it up front let 260 idle
/// connections declaring 1 MiB each hold the whole budget while sending nothing (issue 20,
/// item 1). The per-client limits keep one address (one IPv6 /64) from taking everyone's
/// share even with bytes it really sends; the minimum body rate (ConnectionStateMachine)
/// keeps it from holding a share with bytes it sends slowly.
final class BodyBudget: Sendable {
    struct Limits: Sendable {
        var total: Int
        var perClient: Int
        var receiversPerClient: Int
    }

    enum Refusal: Error, Equatable {
        /// The server-wide budget is spent (503: nobody in particular is at fault).
        case server
        /// This client holds its share already (429: it should slow down).
        case client
    }

    private struct Usage {
        var bytes = 0
        var receivers = 0
        var isEmpty: Bool { bytes == 0 && receivers == 0 }
    }

    private struct State {
        var used = 0
        /// Only clients that hold something are present, so the table is bounded by the
        /// connections and requests in flight, not by every address ever seen.
        var clients: [ClientNetwork: Usage] = [:]
    }

    let limits: Limits
    private let state = Mutex(State())
    /// Set when usage rose high enough that freeing it is worth returning to the OS.
    private let trimWanted = Atomic<Bool>(false)
    static let trimThreshold = 16 << 20

    private let metrics: ServerMetrics

    init(limits: Limits, metrics: ServerMetrics) {
        self.limits = Limits(total: max(0, limits.total), perClient: max(0, limits.perClient),
                             receiversPerClient: max(0, limits.receiversPerClient))
        self.metrics = metrics
    }

    var usedBytes: Int { state.withLock { $0.used } }

    /// Bytes `client` holds now (tests and metrics).
    func usedBytes(of client: ClientNetwork) -> Int { state.withLock { $0.clients[client]?.bytes ?? 0 } }

    /// Takes one of the client's receiving slots for a body about to be read.
    func startReceiving(_ hold: inout BodyHold) -> Refusal? {
        guard !hold.receiving else { return nil }
        if let client = hold.client {
            let refused = state.withLock { state -> Bool in
                var usage = state.clients[client] ?? Usage()
                guard usage.receivers < limits.receiversPerClient else { return true }
                usage.receivers += 1
                state.clients[client] = usage
                return false
            }
            if refused { return .client }
        }
        hold.receiving = true
        return nil
    }

    /// The body is complete (or abandoned): its slot is free, its bytes stay held.
    func stopReceiving(_ hold: inout BodyHold) {
        guard hold.receiving else { return }
        hold.receiving = false
        guard let client = hold.client else { return }
        state.withLock { state in
            guard var usage = state.clients[client] else { return }
            usage.receivers -= 1
            state.clients[client] = usage.isEmpty ? nil : usage
        }
    }

    /// Grows the hold to `bytes`, or changes nothing and says whose limit refused.
    func grow(_ hold: inout BodyHold, to bytes: Int) -> Refusal? {
        let more = bytes - hold.bytes
        guard more > 0 else { return nil }
        let outcome = state.withLock { state -> Result<Int, Refusal> in
            // Subtractions, not sums: neither side can overflow (every count ≤ its limit).
            guard more <= limits.total - state.used else { return .failure(.server) }
            if let client = hold.client {
                var usage = state.clients[client] ?? Usage()
                guard more <= limits.perClient - usage.bytes else { return .failure(.client) }
                usage.bytes += more
                state.clients[client] = usage
            }
            state.used += more
            return .success(state.used)
        }
        switch outcome {
        case .failure(let refusal):
            return refusal
        case .success(let used):
            hold.bytes = bytes
            metrics.bufferedBodyBytes.wrappingAdd(more, ordering: .relaxed)
            if used >= Self.trimThreshold { trimWanted.store(true, ordering: .relaxed) }
            return nil
        }
    }

    /// Gives back everything the hold has: its bytes and its receiving slot.
    func release(_ hold: inout BodyHold) {
        stopReceiving(&hold)
        let bytes = hold.bytes
        guard bytes > 0 else { return }
        hold.bytes = 0
        state.withLock { state in
            state.used -= bytes
            if let client = hold.client, var usage = state.clients[client] {
                usage.bytes -= bytes
                state.clients[client] = usage.isEmpty ? nil : usage
            }
        }
        metrics.bufferedBodyBytes.wrappingSubtract(bytes, ordering: .relaxed)
    }

    /// Releases a hold that is no longer anybody's variable (a handler's completion).
    func release(_ hold: BodyHold) {
        var hold = hold
        release(&hold)
    }

    /// True once after a burst has drained (usage back under the threshold), so that one
    /// loop can hand the freed heap back to the OS.
    func takeTrimRequest() -> Bool {
        guard usedBytes < Self.trimThreshold / 4 else { return false }
        return trimWanted.exchange(false, ordering: .relaxed)
    }
}
