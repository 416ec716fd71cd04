import HTTPParser

/// Handing complete requests to the handler threads and taking their answers back.
extension EventLoop {
    /// The request is complete (its body is in `connection.body`): answer it inline when
    /// the responder says it is cheap, otherwise queue it for a handler thread.
    func dispatch(_ connection: ClientConnection, _ head: HTTPRequestHead) {
        var request = HTTPRequest(method: head.method, target: Self.originForm(head.target), version: head.version,
                                  headers: head.headers, body: connection.body)
        request.peerAddress = connection.peerAddress
        let reserved = connection.bodyReservation
        connection.body = []
        connection.bodyReservation = 0
        let pending = ClientConnection.PendingResponse(version: head.version, isHead: head.method == "HEAD",
                                                       keepAlive: head.keepAlive)
        if responder.runsInline(request) {
            var response = responder.respond(to: request, state: inlineState)
            shared.bodies.release(reserved)
            ResponseEncoder.negotiateEncoding(&response, acceptEncoding: head.headers["Accept-Encoding"],
                                              gzipMinimumBytes: configuration.gzipMinimumBytes)
            writeResponse(connection, pending, response)
            return
        }
        let job = HandlerJob(request: request, acceptEncoding: head.headers["Accept-Encoding"], ticket: connection.ticket,
                             inbox: inbox, reservedBodyBytes: reserved)
        guard shared.handlers.submit(job) else {
            // The request was read completely, so the connection itself stays usable.
            shared.bodies.release(reserved)
            shared.metrics.recordProtocolError(status: 503)
            let problem = Problem(status: 503, detail: "The server is busy; try again shortly.", headers: ["Retry-After": "1"])
            writeResponse(connection, pending, problem.response)
            return
        }
        connection.phase = .handling(pending)
        // A handler is not timed out (it cannot be interrupted); the connection waits for it.
        connection.deadlineKind = .handler
        connection.deadline = .max
    }

    /// Takes the handlers' answers; those for connections closed meanwhile are dropped.
    func takeCompletions() {
        for completion in inbox.takeAll() {
            shared.bodies.release(completion.reservedBodyBytes)
            guard let connection = connection(for: completion.ticket.fd), connection.serial == completion.ticket.serial,
                  case .handling(let pending) = connection.phase
            else { continue }
            writeResponse(connection, pending, completion.response)
            // Writes, then goes on with pipelined requests that waited for this one.
            flush(connection)
        }
    }

    /// Frames an answer into the connection's output and readies it for the next request.
    func writeResponse(_ connection: ClientConnection, _ pending: ClientConnection.PendingResponse, _ response: HTTPResponse) {
        // A response made while the server stops says so, and the connection closes.
        let keepAlive = pending.keepAlive && !connection.finishAfterCurrentRequest && !shared.stopping.load(ordering: .relaxed)
            && response.headers["Connection"]?.lowercased() != "close"
        var context = ResponseEncoder.Context()
        context.isHead = pending.isHead
        context.version = pending.version
        context.keepAlive = keepAlive
        encoder.frame(response, context, into: &connection.output)
        connection.phase = .head
        if keepAlive {
            setDeadline(connection, .idle, configuration.idleTimeoutSeconds)
        } else {
            connection.closeAfterWrite = true
        }
    }
}
