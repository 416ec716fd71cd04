import HTTPParser

/// One client's connection state. Owned by exactly one event loop and only touched on
/// its thread, so it needs no locking and is not Sendable.
final class ClientConnection {
    enum Phase {
        /// Waiting for (the rest of) a request head.
        case head
        /// The head is parsed; its body is still arriving (into `body`).
        case body(HTTPRequestHead, BodyReader)
        /// The request is with a handler thread. Further pipelined bytes wait in `input`:
        /// one request per connection at a time keeps the responses in order.
        case handling(PendingResponse)
        /// The last response is written and our side shut down; unread client bytes are
        /// drained until EOF so that closing does not reset the connection before the
        /// client has read that response (a "lingering close").
        case lingering
    }

    enum BodyReader {
        case fixed(length: Int)
        case chunked(ChunkedBodyDecoder)
    }

    /// What the loop needs to frame the handler's answer.
    struct PendingResponse {
        let version: HTTPVersion
        let isHead: Bool
        let keepAlive: Bool
    }

    enum DeadlineKind { case header, body, idle, linger, handler }

    let fd: Int32
    /// Told apart from a later connection that reuses `fd` (see `ConnectionTicket`).
    let serial: UInt64
    /// The body being received. Kept here, not in `phase`, so that appending never
    /// copies it (a copy per read would make a trickled body quadratic).
    var body: [UInt8] = []
    /// Bytes of the server-wide body budget this connection holds.
    var bodyReservation = 0
    var input: [UInt8] = []
    /// Bytes of `input` before this index are consumed.
    var inputStart = 0
    var output: [UInt8] = []
    var outputStart = 0
    var parser: RequestHeadParser
    var phase: Phase = .head
    var deadline: UInt64
    var deadlineKind: DeadlineKind
    /// No further request is read; the connection closes once `output` is written.
    var closeAfterWrite = false
    /// Set when the server drains: the request under way is answered, then the connection closes.
    var finishAfterCurrentRequest = false
    /// The epoll interest last registered: read always, except while the client has not
    /// read what we owe it (back-pressure); write while output is pending.
    var registeredInterest = Epoll.Interest.read
    var sentContinue = false
    /// The client's address, looked up once, when the first request is dispatched.
    lazy var peerAddress: String? = PeerAddress.of(fd)

    static let retainedBufferCapacity = 16 * 1024

    init(fd: Int32, serial: UInt64, limits: HTTPParserLimits, deadline: UInt64) {
        self.fd = fd
        self.serial = serial
        parser = RequestHeadParser(limits: limits)
        self.deadline = deadline
        deadlineKind = .header
    }

    var ticket: ConnectionTicket { ConnectionTicket(fd: fd, serial: serial) }
    var unreadInputCount: Int { input.count - inputStart }
    var isHandling: Bool {
        if case .handling = phase { return true }
        return false
    }
    var pendingOutputCount: Int { output.count - outputStart }

    /// True between requests: nothing buffered either way, so a drain may close it.
    var isIdle: Bool {
        if case .head = phase { return unreadInputCount == 0 && pendingOutputCount == 0 }
        return false
    }

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
