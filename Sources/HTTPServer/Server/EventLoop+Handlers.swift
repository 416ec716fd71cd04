import HTTPParser

/// Handing complete requests to the handler threads and taking their answers back.
extension EventLoop {
    /// The request is complete (its body is in `connection.body`): answer it inline when
    /// the responder says it is cheap, otherwise queue it for a handler thread.
    func dispatch(_ connection: ClientConnection, _ head: HTTPRequestHead) {
        var request = HTTPRequest(method: head.method, target: Self.originForm(head.target), version: head.version,
                                  headers: head.headers, body: connection.body)
        request.peerAddress = connection.peer.address
        request.clientAddress = connection.client?.address ?? connection.peer.address
        if let scheme = connection.client?.scheme { request.scheme = scheme }
        // The body is complete: its bytes stay held until the answer, its receiving slot is free.
        var reserved = connection.bodyHold
        shared.bodies.stopReceiving(&reserved)
        connection.body = []
        connection.bodyHold = BodyHold()
        if responder.runsInline(request) {
            var response = responder.respond(to: request, state: inlineState)
            shared.bodies.release(reserved)
            ResponseEncoder.negotiateEncoding(&response, acceptEncoding: head.headers["Accept-Encoding"],
                                              gzipMinimumBytes: configuration.gzipMinimumBytes)
            writeResponse(connection, response)
            return
        }
        let job = HandlerJob(request: request, acceptEncoding: head.headers["Accept-Encoding"], ticket: connection.ticket,
                             inbox: inbox, bodyHold: reserved)
        guard shared.queue(for: request).submit(job) else {
            // The request was read completely, so the connection itself stays usable.
            shared.bodies.release(reserved)
            shared.metrics.recordProtocolError(status: 503)
            let problem = configuration.problemWording(.server(status: 503, reason: "The server is busy; try again shortly.", headers: ["Retry-After": "1"]))
            writeResponse(connection, problem.response)
            return
        }
    }

    /// Takes the handlers' answers; those for connections closed meanwhile are dropped.
    func takeCompletions() {
        for completion in inbox.takeAll() {
            shared.bodies.release(completion.bodyHold)
            guard let connection = connection(for: completion.ticket.fd), connection.serial == completion.ticket.serial
            else { continue }
            guard writeResponse(connection, completion.response) else { continue }
            // Writes, then goes on with pipelined requests that waited for this one.
            flush(connection)
        }
    }

    /// Frames the answer to the connection's request into its output; false (and nothing
    /// written) when the connection awaits no answer.
    @discardableResult
    func writeResponse(_ connection: ClientConnection, _ response: HTTPResponse) -> Bool {
        // A response made while the server stops says so, and the connection closes.
        guard let framing = connection.state.responseReady(
            closeRequested: response.headers["Connection"]?.lowercased() == "close",
            serverStopping: shared.stopping.load(ordering: .relaxed), now: now)
        else { return false }
        var context = ResponseEncoder.Context()
        context.isHead = framing.isHead
        context.version = framing.version
        context.keepAlive = framing.keepAlive
        encoder.frame(response, context, into: &connection.output)
        return true
    }
}
