import HTTPParser
#if canImport(Glibc)
import Glibc
#endif

/// One thread's epoll loop: accepts from the shared listener, reads, parses, hands each
/// complete request to the handler threads (or answers it inline when the responder says
/// it is cheap), and writes the answers that come back through its inbox.
/// Shared-nothing: every connection belongs to one loop. Created on its own thread and
/// never leaves it.
final class EventLoop<Responder: HTTPResponder> {
    let index: Int
    let responder: Responder
    /// For the requests the responder answers inline, on this thread.
    let inlineState: Responder.WorkerState
    let inbox: LoopInbox
    let configuration: ServerConfiguration
    let listener: ListeningSocket
    let shared: SharedServerState
    let wakeUp: WakeUpSignal
    let epoll: Epoll
    var encoder: ResponseEncoder
    let connectionConfiguration: ConnectionStateMachine.Configuration
    /// Connections indexed by descriptor (descriptors are small integers).
    var connections: [ClientConnection?] = []
    var connectionCount = 0
    let readBuffer: UnsafeMutableRawBufferPointer
    var lastSweep: UInt64 = 0
    var drainDeadline: UInt64?
    var nextSerial: UInt64 = 0
    /// The time of the event being handled, read once per event (not at every decision)
    /// and given to the connections' state machines.
    var now: UInt64 = 0

    static var sweepIntervalNanoseconds: UInt64 { 200_000_000 }

    init(index: Int, responder: Responder, configuration: ServerConfiguration, listener: ListeningSocket,
         shared: SharedServerState, wakeUp: WakeUpSignal, inlineWorkerIndex: Int) throws {
        self.index = index
        self.responder = responder
        self.configuration = configuration
        self.listener = listener
        self.shared = shared
        self.wakeUp = wakeUp
        inlineState = try responder.makeWorkerState(workerIndex: inlineWorkerIndex)
        inbox = LoopInbox(wakeUp: wakeUp)
        epoll = try Epoll()
        encoder = ResponseEncoder(gzipMinimumBytes: configuration.gzipMinimumBytes)
        connectionConfiguration = ConnectionStateMachine.Configuration(configuration)
        readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
        try epoll.add(listener.descriptor, .exclusiveAccept)
        try epoll.add(wakeUp.descriptor, .read)
    }

    deinit { readBuffer.deallocate() }

    func run() {
        while true {
            do {
                try epoll.wait(timeoutMilliseconds: 200) { event in handle(event) }
            } catch {
                shared.log.write("event loop \(index): \(error); stopping this loop")
                break
            }
            now = MonotonicClock.now()
            if now &- lastSweep >= Self.sweepIntervalNanoseconds {
                lastSweep = now
                sweepDeadlines()
            }
            shared.log.flush()
            if shared.stopping.load(ordering: .relaxed) {
                if drainDeadline == nil { beginDrain() }
                if connectionCount == 0 || now >= drainDeadline! { break }
            }
        }
        for connection in connections.compactMap({ $0 }) { close(connection) }
        shared.log.flush()
    }

    private func handle(_ event: Epoll.Event) {
        now = MonotonicClock.now()
        if event.fd == listener.descriptor {
            acceptConnections()
        } else if event.fd == wakeUp.descriptor {
            wakeUp.drain()
            takeCompletions()
        } else if let connection = connection(for: event.fd) {
            // Hung up while we do not read (its request is with a handler, or it does not
            // read its answers): epoll reports HUP level-triggered whatever the interest,
            // so waiting would spin; nothing more can be delivered anyway.
            if event.isHangUp && !wantsToRead(connection) {
                close(connection)
                return
            }
            if event.isWritable && connection.pendingOutputCount > 0 { flush(connection) }
            if event.isReadable, self.connection(for: event.fd) === connection { read(connection) }
        }
    }

    func connection(for fd: Int32) -> ClientConnection? {
        Int(fd) < connections.count ? connections[Int(fd)] : nil
    }

    // MARK: Accepting

    private func acceptConnections() {
        // A bounded batch per wake-up so that both loops take a share of a burst.
        for _ in 0..<64 {
            switch listener.accept() {
            case .wouldBlock:
                return
            case .failed(let error):
                // EMFILE and friends: log and retry on the next wake-up instead of spinning.
                if error.errno != ECONNABORTED && error.errno != EINTR { shared.log.write("accept: \(error)") }
                return
            case .accepted(let fd):
                let open = shared.metrics.openConnections.wrappingAdd(1, ordering: .relaxed).newValue
                shared.metrics.acceptedConnections.wrappingAdd(1, ordering: .relaxed)
                if open > configuration.maxConnections {
                    refuseAtAccept(fd, status: 503, detail: "The server has too many open connections; try again shortly.")
                    continue
                }
                guard let peer = admitPeer(fd) else {
                    refuseAtAccept(fd, status: 429, detail: "Your address has too many open connections; try again shortly.")
                    continue
                }
                nextSerial &+= 1
                let connection = ClientConnection(
                    fd: fd, serial: nextSerial, limits: configuration.parserLimits,
                    state: ConnectionStateMachine(configuration: connectionConfiguration, now: now), peer: peer)
                do {
                    try epoll.add(fd, .read)
                } catch {
                    Glibc.close(fd)
                    forgetPeer(peer)
                    shared.metrics.openConnections.wrappingSubtract(1, ordering: .relaxed)
                    continue
                }
                if Int(fd) >= connections.count {
                    connections.append(contentsOf: repeatElement(nil, count: Int(fd) - connections.count + 1 + 256))
                }
                connections[Int(fd)] = connection
                connectionCount += 1
            }
        }
    }

    /// Who the peer is, counted against its network's connection limit; nil when that
    /// network has its share (trusted proxies and unknown peers are not counted).
    private func admitPeer(_ fd: Int32) -> ClientConnection.Peer? {
        var peer = ClientConnection.Peer(address: PeerAddress.of(fd))
        guard let address = peer.address else { return peer }
        peer.isTrustedProxy = configuration.trustedProxies.containsAddress(address)
        let network = ClientNetwork(address: address)
        peer.network = network
        if !peer.isTrustedProxy {
            guard shared.connectionsPerClient.open(network) else { return nil }
            peer.counted = true
        }
        return peer
    }

    private func forgetPeer(_ peer: ClientConnection.Peer) {
        if peer.counted, let network = peer.network { shared.connectionsPerClient.close(network) }
    }

    /// Answers a connection that is not taken, and closes it.
    private func refuseAtAccept(_ fd: Int32, status: Int, detail: String) {
        var bytes: [UInt8] = []
        var context = ResponseEncoder.Context()
        context.keepAlive = false
        let problem = configuration.problemWording(.server(status: status, reason: detail, headers: ["Retry-After": "1"]))
        encoder.encode(problem.response, context, into: &bytes)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        Glibc.close(fd)
        shared.metrics.openConnections.wrappingSubtract(1, ordering: .relaxed)
        shared.metrics.recordProtocolError(status: status)
    }

    // MARK: Reading and writing

    private func read(_ connection: ClientConnection) {
        if !wantsToRead(connection) {
            // The client is not reading its responses, or has pipelined more than we hold
            // while its request is handled: stop reading its requests until that changes.
            updateInterest(connection)
            return
        }
        let count = recv(connection.fd, readBuffer.baseAddress, readBuffer.count, 0)
        if count == 0 {
            close(connection)
            return
        }
        if count < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
            close(connection)
            return
        }
        if connection.state.discardsInput { return }
        connection.input.append(contentsOf: UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
        processInput(connection)
        guard self.connection(for: connection.fd) === connection else { return }
        flush(connection)
    }

    /// Writes what is pending; asks for write-readiness only when some is left (redis).
    func flush(_ connection: ClientConnection) {
        while connection.pendingOutputCount > 0 {
            let written = connection.output.withUnsafeBytes { raw in
                send(connection.fd, raw.baseAddress! + connection.outputStart, connection.pendingOutputCount, Int32(MSG_NOSIGNAL))
            }
            if written > 0 {
                connection.consumeOutput(written)
                continue
            }
            if written < 0 && errno == EINTR { continue }
            if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                countUnread(connection)
                updateInterest(connection)
                return
            }
            close(connection)  // EPIPE, ECONNRESET: the client is gone
            return
        }
        countUnread(connection)
        updateInterest(connection)
        switch connection.state.outputWritten(unreadInput: connection.unreadInputCount, now: now) {
        case .none:
            break
        case .shutDown:
            // A lingering close: unread client bytes are drained until EOF (see `Phase.lingering`).
            shutdown(connection.fd, Int32(SHUT_WR))
            connection.input = []
            connection.inputStart = 0
        case .processInput:
            // Pipelined requests held back while output was pending.
            processInput(connection)
            if self.connection(for: connection.fd) === connection, connection.pendingOutputCount > 0 { flush(connection) }
        }
    }

    /// Brings the client's count of unread output up to date with what `send` left. The
    /// connection's peer is counted, never a trusted proxy (everyone behind it shares it).
    private func countUnread(_ connection: ClientConnection) {
        let pending = connection.pendingOutputCount
        guard pending != connection.unreadCounted, !connection.peer.isTrustedProxy,
              let network = connection.peer.network else { return }
        shared.unreadOutput.adjust(network, by: pending - connection.unreadCounted)
        connection.unreadCounted = pending
    }

    /// Level-triggered interest that matches the connection's state: write while output
    /// is pending (redis: ask only when some is left), read unless output is backed up.
    private func updateInterest(_ connection: ClientConnection) {
        if let wanted = connection.state.interestUpdate(unreadInput: connection.unreadInputCount,
                                                        pendingOutput: connection.pendingOutputCount) {
            try? epoll.modify(connection.fd, wanted)
        }
    }

    private func wantsToRead(_ connection: ClientConnection) -> Bool {
        connection.state.wantsToRead(unreadInput: connection.unreadInputCount, pendingOutput: connection.pendingOutputCount)
    }

    func close(_ connection: ClientConnection) {
        guard self.connection(for: connection.fd) === connection else { return }
        epoll.remove(connection.fd)
        Glibc.close(connection.fd)
        connections[Int(connection.fd)] = nil
        connectionCount -= 1
        // A request with a handler keeps its body reservation until the answer is back.
        releaseBody(connection)
        if connection.unreadCounted > 0, let network = connection.peer.network {
            shared.unreadOutput.adjust(network, by: -connection.unreadCounted)
            connection.unreadCounted = 0
        }
        forgetPeer(connection.peer)
        shared.metrics.openConnections.wrappingSubtract(1, ordering: .relaxed)
    }

    // MARK: Timeouts and shutdown

    private func sweepDeadlines() {
        for case let connection? in connections where now >= connection.state.deadline {
            switch connection.state.tick(now: now) {
            case .none:
                break
            case .close:
                close(connection)
            case .requestTimeout:
                respondWithProtocolError(connection, status: 408,
                                         detail: "The request did not arrive completely within the time allowed.")
                flush(connection)
            }
        }
        // After a burst of large bodies, give the freed heap back (glibc keeps it otherwise).
        if index == 0, shared.bodies.takeTrimRequest() { HeapTrim.run() }
    }

    private func beginDrain() {
        drainDeadline = MonotonicClock.deadline(after: configuration.drainTimeoutSeconds, from: now)
        epoll.remove(listener.descriptor)
        for case let connection? in connections {
            switch connection.state.serverDraining(unreadInput: connection.unreadInputCount,
                                                   pendingOutput: connection.pendingOutputCount) {
            case .close: close(connection)
            case .finishCurrentRequest: break
            }
        }
    }
}
