import HTTPParser

/// One client's connection: its buffers, its parser and its state machine (which
/// decides). Owned by exactly one event loop and only touched on its thread, so it needs
/// no locking and is not Sendable.
final class ClientConnection {
    let fd: Int32
    /// Told apart from a later connection that reuses `fd` (see `ConnectionTicket`).
    let serial: UInt64
    /// Phase, deadline, keep-alive and close decisions; the loop performs what it answers.
    var state: ConnectionStateMachine
    /// The body being received. Kept here, not in the state's phase, so that appending
    /// never copies it (a copy per read would make a trickled body quadratic).
    var body: [UInt8] = []
    /// What this connection's body holds of the body budget, while it is being received.
    var bodyHold = BodyHold()
    var input: [UInt8] = []
    /// Bytes of `input` before this index are consumed.
    var inputStart = 0
    var output: [UInt8] = []
    var outputStart = 0
    /// How much of the pending output is counted in `UnreadOutput` (see `EventLoop.countUnread`).
    var unreadCounted = 0
    var parser: RequestHeadParser
    /// Who is at the other end, looked up at the accept.
    let peer: Peer
    /// The client of the request under way: the peer, or the address a trusted proxy
    /// forwarded (a proxy's connection carries many clients' requests). Set when its head
    /// is parsed, so that the body budget can count the body against that client.
    var client: ForwardedClient?

    struct Peer {
        /// nil when the kernel cannot say.
        var address: String?
        var network: ClientNetwork?
        var isTrustedProxy = false
        /// Whether the connection counts against `maxConnectionsPerClient` (trusted proxies do not).
        var counted = false
    }

    static let retainedBufferCapacity = 16 * 1024

    init(fd: Int32, serial: UInt64, limits: HTTPParserLimits, state: ConnectionStateMachine, peer: Peer) {
        self.fd = fd
        self.serial = serial
        parser = RequestHeadParser(limits: limits)
        self.state = state
        self.peer = peer
    }

    /// The client network the request under way counts against.
    var clientNetwork: ClientNetwork? {
        guard peer.isTrustedProxy else { return peer.network }
        return client.map { ClientNetwork(address: $0.address) }
    }

    var ticket: ConnectionTicket { ConnectionTicket(fd: fd, serial: serial) }
    var unreadInputCount: Int { input.count - inputStart }
    var pendingOutputCount: Int { output.count - outputStart }

    func consumeInput(_ count: Int) {
        inputStart += count
        if inputStart == input.count {
            // An idle keep-alive connection keeps only a small buffer: 20,000 of them
            // holding on to the capacity of their largest request would be gigabytes.
            input.removeAll(keepingCapacity: input.capacity <= Self.retainedBufferCapacity)
            inputStart = 0
        }
    }

    /// Drops consumed bytes once they are a large share of the buffer.
    func compactInput() {
        if inputStart > 0 && inputStart >= input.count / 2 {
            input.removeFirst(inputStart)
            inputStart = 0
        }
    }

    func consumeOutput(_ count: Int) {
        outputStart += count
        if outputStart == output.count {
            output.removeAll(keepingCapacity: output.capacity <= Self.retainedBufferCapacity)
            outputStart = 0
        }
    }
}
