import Synchronization

/// Response bytes written for clients that have not read them yet, per client network
/// and server-wide (issue 20): a client that asks and never reads pins its answers in
/// memory until the write deadline, on every connection it may open. Beyond its share it
/// gets 429 for new requests, beyond the server's whole budget everyone with unread output
/// gets 503, until they read. Only what a `send` left behind is counted, so a client that
/// reads its answers costs no lock here.
final class UnreadOutput: Sendable {
    struct Limits: Sendable {
        var total: Int
        var perClient: Int
    }

    enum Refusal: Equatable { case server, client }

    let limits: Limits
    private let metrics: ServerMetrics
    private let state = Mutex(State())
    /// `State.total` as of the last change: every request head asks `refusal`, and while
    /// nobody leaves output unread (nearly always) it answers from this without the lock.
    private let anyUnread = Atomic<Bool>(false)

    private struct State {
        var total = 0
        var perClient: [ClientNetwork: Int] = [:]
    }

    init(limits: Limits, metrics: ServerMetrics) {
        self.limits = limits
        self.metrics = metrics
    }

    /// Records that `client`'s unread output changed by `delta` bytes.
    func adjust(_ client: ClientNetwork, by delta: Int) {
        guard delta != 0 else { return }
        state.withLock { state in
            state.total = max(0, state.total + delta)
            let now = (state.perClient[client] ?? 0) + delta
            state.perClient[client] = now > 0 ? now : nil
            // Under the lock, so that the gauge never shows an older total than the last.
            metrics.unreadOutputBytes.store(state.total, ordering: .relaxed)
            anyUnread.store(state.total > 0, ordering: .relaxed)
        }
    }

    /// Why a new request of `client` is not taken on while output waits unread, or nil.
    /// The server-wide budget refuses only clients that hold some of it themselves.
    func refusal(for client: ClientNetwork) -> Refusal? {
        // A client's own share is part of the total: with none unread, nobody is refused.
        guard anyUnread.load(ordering: .relaxed) else { return nil }
        return state.withLock { state in
            let own = state.perClient[client] ?? 0
            if own > limits.perClient { return .client }
            if own > 0, state.total > limits.total { return .server }
            return nil
        }
    }

    func bytes(of client: ClientNetwork) -> Int { state.withLock { $0.perClient[client] ?? 0 } }

    var total: Int { state.withLock { $0.total } }
}
