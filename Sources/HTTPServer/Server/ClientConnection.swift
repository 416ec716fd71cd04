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
    /// Bytes of the server-wide body budget this connection holds.
    var bodyReservation = 0
    var input: [UInt8] = []
    /// Bytes of `input` before this index are consumed.
    var inputStart = 0
    var output: [UInt8] = []
    var outputStart = 0
    var parser: RequestHeadParser
    /// The client's address, looked up once, when the first request is dispatched.
    lazy var peerAddress: String? = PeerAddress.of(fd)

    static let retainedBufferCapacity = 16 * 1024

    init(fd: Int32, serial: UInt64, limits: HTTPParserLimits, state: ConnectionStateMachine) {
        self.fd = fd
        self.serial = serial
        parser = RequestHeadParser(limits: limits)
        self.state = state
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
