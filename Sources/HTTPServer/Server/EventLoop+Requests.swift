import HTTPParser
#if canImport(Glibc)
import Glibc
#endif

extension EventLoop {
    /// Parses and answers every complete request buffered on the connection, in order
    /// (pipelining: RFC 9112 §9.3.2), until input runs out or output backs up.
    func processInput(_ connection: ClientConnection) {
        while true {
            switch connection.state.nextInputStep(unreadInput: connection.unreadInputCount,
                                                  pendingOutput: connection.pendingOutputCount, now: now) {
            case .wait:
                return
            case .parseHead:
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
            case .readBody(let head, let reader):
                guard readBody(connection, head, reader) else {
                    connection.compactInput()
                    return
                }
            }
        }
    }

    private func startBody(_ connection: ClientConnection, _ head: HTTPRequestHead) {
        connection.client = resolveClient(connection, head)
        if !connection.peer.isTrustedProxy, let network = connection.peer.network,
           let refusal = shared.unreadOutput.refusal(for: network) {
            refuseForUnreadOutput(connection, refusal)
            return
        }
        switch connection.state.headParsed(head, bodyBytesPresent: connection.unreadInputCount > 0, now: now) {
        case .rejectUnknownMethod:
            respondWithProtocolError(connection, status: 501, detail: "The method \(head.method) is not implemented by this server.")
        case .dispatch:
            dispatch(connection, head)
        case .readBody(let length, let sendContinue):
            // Only a first step is reserved, never the declared length: bytes are taken as
            // they arrive (`readBody`), so a body that is declared and not sent holds nothing.
            connection.bodyHold = BodyHold(client: connection.clientNetwork)
            if let refusal = shared.bodies.startReceiving(&connection.bodyHold) {
                refuseBody(connection, refusal)
                return
            }
            let first = min(length, Self.bodyReservationStep)
            guard reserveBody(connection, upTo: first) else { return }
            connection.body.reserveCapacity(first)
            // RFC 9110 §10.1.1; after the admission, so that a refused body gets no 100.
            if sendContinue { connection.output.append(contentsOf: ResponseEncoder.continueLine) }
        }
    }

    /// The request's client: the peer, or, when the peer is a trusted proxy, the address
    /// it forwarded (see `ForwardedClient`).
    private func resolveClient(_ connection: ClientConnection, _ head: HTTPRequestHead) -> ForwardedClient? {
        guard let peer = connection.peer.address else { return nil }
        guard connection.peer.isTrustedProxy else { return ForwardedClient(address: peer, scheme: nil) }
        return ForwardedClient.resolve(peer: peer, headers: head.headers, trustedProxies: configuration.trustedProxies)
    }

    /// Grows the connection's hold on the body budget to `bytes`; when that does not fit,
    /// answers 503 (the server's budget) or 429 (this client's share), and the connection
    /// closes (the rest of the body is not read).
    private func reserveBody(_ connection: ClientConnection, upTo bytes: Int) -> Bool {
        guard let refusal = shared.bodies.grow(&connection.bodyHold, to: bytes) else { return true }
        refuseBody(connection, refusal)
        return false
    }

    private func refuseBody(_ connection: ClientConnection, _ refusal: BodyBudget.Refusal) {
        refuse(connection, byServer: refusal == .server,
               server: "The server is receiving too many request bodies; try again shortly.",
               client: "Your address is sending too many request bodies at once; try again shortly.")
    }

    private func refuseForUnreadOutput(_ connection: ClientConnection, _ refusal: UnreadOutput.Refusal) {
        refuse(connection, byServer: refusal == .server,
               server: "The server holds too many answers that were not read; read yours and try again.",
               client: "Your address has not read the answers it asked for; read them first.")
    }

    /// A share of a budget is used up: the server's (503) or this client's (429).
    private func refuse(_ connection: ClientConnection, byServer: Bool, server: String, client: String) {
        respondWithProtocolError(connection, status: byServer ? 503 : 429, detail: byServer ? server : client,
                                 headers: ["Retry-After": "1"])
    }

    /// Bodies are reserved in steps of this many bytes as they arrive: the budget counts
    /// what is buffered (rounded up to a step), not what a client declares.
    static var bodyReservationStep: Int { 16 * 1024 }

    /// Returns true when the body is complete and the request was dispatched.
    private func readBody(_ connection: ClientConnection, _ head: HTTPRequestHead, _ reader: ConnectionStateMachine.BodyReader) -> Bool {
        switch reader {
        case .fixed(let length):
            let take = min(connection.unreadInputCount, length - connection.body.count)
            guard take > 0 else { return false }
            let total = connection.body.count + take
            // Reserved before the bytes are kept, at most the declared length.
            guard reserveBody(connection, upTo: min(length, total.roundedUp(toMultipleOf: Self.bodyReservationStep))) else {
                return false
            }
            // Grown geometrically (appends stay linear) but never past the declared length;
            // the capacity was never the declared length up front (1,000 idle 1 MiB bodies).
            if connection.body.capacity < total {
                connection.body.reserveCapacity(min(length, max(total, connection.body.capacity.multipliedReportingOverflow(by: 2).partialValue)))
            }
            connection.body.append(contentsOf: connection.input[connection.inputStart..<(connection.inputStart + take)])
            connection.consumeInput(take)
            connection.state.bodyReceived(connection.body.count, now: now)
            guard connection.body.count == length else { return false }
            connection.state.bodyComplete()
            dispatch(connection, head)
            return true
        case .chunked(var decoder):
            let result = connection.input.withUnsafeBytes { raw in
                decoder.decode(UnsafeRawBufferPointer(rebasing: raw[connection.inputStart...]), into: &connection.body)
            }
            // At most one read's worth beyond the reservation is held before this check.
            let wanted = min(connection.body.count.roundedUp(toMultipleOf: Self.bodyReservationStep),
                             configuration.parserLimits.maxBodyLength)
            switch result {
            case .incomplete(let consumed):
                connection.consumeInput(consumed)
                guard reserveBody(connection, upTo: max(wanted, connection.body.count)) else { return false }
                connection.state.bodyProgressed(decoder, received: connection.body.count, now: now)
                return false
            case .complete(let consumed):
                connection.consumeInput(consumed)
                guard reserveBody(connection, upTo: connection.body.count) else { return false }
                connection.state.bodyComplete()
                dispatch(connection, head)
                return true
            case .failure(let error):
                respondWithProtocolError(connection, status: error.status, detail: error.reason)
                return false
            }
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

    /// Answers a request the parser, the body budget or a timeout refused, and closes
    /// after writing (`ConnectionStateMachine.rejected` says why).
    func respondWithProtocolError(_ connection: ClientConnection, status: Int, detail: String, headers: HTTPHeaders = [:]) {
        releaseBody(connection)
        var context = ResponseEncoder.Context()
        context.keepAlive = false
        var problem = configuration.problemWording(.server(status: status, reason: detail, headers: headers))
        problem.headers.set(name: "X-Request-Id", value: RequestIdentifier.generate())
        encoder.encode(problem.response, context, into: &connection.output)
        connection.state.rejected(now: now)
        shared.metrics.recordProtocolError(status: status)
        shared.log.write("- - \(status) protocol error: \(detail)")
    }

    /// Gives back the connection's body, its share of the budget and its receiving slot.
    func releaseBody(_ connection: ClientConnection) {
        shared.bodies.release(&connection.bodyHold)
        connection.body = []
    }
}

extension Int {
    /// Saturates instead of trapping: callers only pass sizes far below `Int.max`.
    func roundedUp(toMultipleOf step: Int) -> Int {
        let remainder = self % step
        guard remainder != 0 else { return self }
        let (result, overflow) = addingReportingOverflow(step - remainder)
        return overflow ? Int.max : result
    }
}
