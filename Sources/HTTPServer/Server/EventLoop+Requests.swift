import HTTPParser
#if canImport(Glibc)
import Glibc
#endif

extension EventLoop {
    /// Parses and answers every complete request buffered on the connection, in order
    /// (pipelining: RFC 9112 §9.3.2), until input runs out or output backs up.
    func processInput(_ connection: ClientConnection) {
        while !connection.closeAfterWrite, connection.pendingOutputCount < configuration.maxPendingOutputBytes {
            switch connection.phase {
            case .lingering:
                return
            case .head:
                guard connection.unreadInputCount > 0 else { return }
                if connection.deadlineKind == .idle { setDeadline(connection, .header, configuration.headerTimeoutSeconds) }
                let result = connection.input.withUnsafeBytes { raw in
                    connection.parser.parse(UnsafeRawBufferPointer(rebasing: raw[connection.inputStart...]))
                }
                switch result {
                case .incomplete:
                    connection.compactInput()
                    return
                case .failure(let error):
                    connection.parser.reset()
                    respondWithProtocolError(connection, status: error.status, detail: error.reason)
                    return
                case .complete(let head, let headLength):
                    connection.parser.reset()
                    connection.consumeInput(headLength)
                    startBody(connection, head)
                }
            case .body(let head, let reader):
                guard readBody(connection, head, reader) else {
                    connection.compactInput()
                    return
                }
            }
        }
    }

    private func startBody(_ connection: ClientConnection, _ head: HTTPRequestHead) {
        guard HTTPMethods.known.contains(head.method) else {
            // RFC 9110 §15.6.2. Its body, if any, is not read, so the stream cannot continue.
            respondWithProtocolError(connection, status: 501, detail: "The method \(head.method) is not implemented by this server.")
            return
        }
        switch head.framing {
        case .none:
            dispatch(connection, head, body: [])
        case .contentLength(0):
            dispatch(connection, head, body: [])
        case .contentLength(let length):
            connection.phase = .body(head, .fixed(length: length))
            setDeadline(connection, .body, configuration.bodyTimeoutSeconds)
            sendContinueIfAwaited(connection, head, bodyBytesPresent: connection.unreadInputCount > 0)
        case .chunked:
            let decoder = ChunkedBodyDecoder(maxBodyLength: configuration.parserLimits.maxBodyLength)
            connection.phase = .body(head, .chunked(decoder, received: []))
            setDeadline(connection, .body, configuration.bodyTimeoutSeconds)
            sendContinueIfAwaited(connection, head, bodyBytesPresent: connection.unreadInputCount > 0)
        }
    }

    /// RFC 9110 §10.1.1: tell a client that waits for it to send the body; the body's
    /// size was already checked against the limit, so a too large one got 413 instead.
    private func sendContinueIfAwaited(_ connection: ClientConnection, _ head: HTTPRequestHead, bodyBytesPresent: Bool) {
        guard head.expectsContinue, head.version == .http1_1, !bodyBytesPresent else { return }
        connection.output.append(contentsOf: ResponseEncoder.continueLine)
    }

    /// Returns true when the body is complete and the request was answered.
    private func readBody(_ connection: ClientConnection, _ head: HTTPRequestHead, _ reader: ClientConnection.BodyReader) -> Bool {
        switch reader {
        case .fixed(let length):
            guard connection.unreadInputCount >= length else { return false }
            let body = Array(connection.input[connection.inputStart..<(connection.inputStart + length)])
            connection.consumeInput(length)
            dispatch(connection, head, body: body)
            return true
        case .chunked(var decoder, var received):
            let result = connection.input.withUnsafeBytes { raw in
                decoder.decode(UnsafeRawBufferPointer(rebasing: raw[connection.inputStart...]), into: &received)
            }
            switch result {
            case .incomplete(let consumed):
                connection.consumeInput(consumed)
                connection.phase = .body(head, .chunked(decoder, received: received))
                return false
            case .complete(let consumed):
                connection.consumeInput(consumed)
                dispatch(connection, head, body: received)
                return true
            case .failure(let error):
                respondWithProtocolError(connection, status: error.status, detail: error.reason)
                return false
            }
        }
    }

    private func dispatch(_ connection: ClientConnection, _ head: HTTPRequestHead, body: [UInt8]) {
        let request = HTTPRequest(method: head.method, target: Self.originForm(head.target), version: head.version,
                                  headers: head.headers, body: body)
        let response = responder.respond(to: request, state: loopState)
        // A response made while the server stops says so, and the connection closes.
        let keepAlive = head.keepAlive && !connection.finishAfterCurrentRequest && !shared.stopping.load(ordering: .relaxed)
            && response.headers["Connection"]?.lowercased() != "close"
        var context = ResponseEncoder.Context()
        context.isHead = head.method == "HEAD"
        context.version = head.version
        context.keepAlive = keepAlive
        context.acceptEncoding = head.headers["Accept-Encoding"]
        encoder.encode(response, context, into: &connection.output)
        connection.phase = .head
        if keepAlive {
            setDeadline(connection, .idle, configuration.idleTimeoutSeconds)
        } else {
            connection.closeAfterWrite = true
        }
    }

    /// RFC 9112 §3.2.2: a server must accept the absolute form (`http://host/path?q`);
    /// handlers see the origin form (`/path?q`).
    static func originForm(_ target: String) -> String {
        guard !target.hasPrefix("/"), let schemeEnd = target.range(of: "://") else { return target }
        let afterAuthority = target[schemeEnd.upperBound...]
        guard let pathStart = afterAuthority.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
        let rest = afterAuthority[pathStart...]
        return rest.hasPrefix("?") ? "/" + rest : String(rest)
    }

    /// Answers a request the parser or a timeout refused, and closes after writing:
    /// after a framing error the rest of the stream cannot be trusted (RFC 9112 §11.2).
    func respondWithProtocolError(_ connection: ClientConnection, status: Int, detail: String) {
        var context = ResponseEncoder.Context()
        context.keepAlive = false
        var problem = Problem(status: status, detail: detail)
        problem.headers.set(name: "X-Request-Id", value: RequestIdentifier.generate())
        encoder.encode(problem.response, context, into: &connection.output)
        connection.closeAfterWrite = true
        connection.phase = .head
        shared.metrics.recordProtocolError(status: status)
        shared.log.write("- - \(status) protocol error: \(detail)")
    }

    func setDeadline(_ connection: ClientConnection, _ kind: ClientConnection.DeadlineKind, _ seconds: Double) {
        connection.deadlineKind = kind
        connection.deadline = MonotonicClock.now() + MonotonicClock.nanoseconds(seconds)
    }
}
