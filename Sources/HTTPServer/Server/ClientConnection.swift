import HTTPParser

/// One client's connection state. Owned by exactly one event loop and only touched on
/// its thread, so it needs no locking and is not Sendable.
final class ClientConnection {
    enum Phase {
        /// Waiting for (the rest of) a request head.
        case head
        /// The head is parsed; its body is still arriving.
        case body(HTTPRequestHead, BodyReader)
        /// The last response is written and our side shut down; unread client bytes are
        /// drained until EOF so that closing does not reset the connection before the
        /// client has read that response (a "lingering close").
        case lingering
    }

    enum BodyReader {
        case fixed(length: Int)
        case chunked(ChunkedBodyDecoder, received: [UInt8])
    }

    enum DeadlineKind { case header, body, idle, linger }

    let fd: Int32
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

    init(fd: Int32, limits: HTTPParserLimits, deadline: UInt64) {
        self.fd = fd
        parser = RequestHeadParser(limits: limits)
        self.deadline = deadline
        deadlineKind = .header
    }

    var unreadInputCount: Int { input.count - inputStart }
    var pendingOutputCount: Int { output.count - outputStart }

    /// True between requests: nothing buffered either way, so a drain may close it.
    var isIdle: Bool {
        if case .head = phase { return unreadInputCount == 0 && pendingOutputCount == 0 }
        return false
    }

    func consumeInput(_ count: Int) {
        inputStart += count
        if inputStart == input.count {
            input.removeAll(keepingCapacity: input.capacity <= 64 * 1024)
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
            output.removeAll(keepingCapacity: output.capacity <= 256 * 1024)
            outputStart = 0
        }
    }
}
