import HTTPParser

/// When one connection reads, answers, keeps alive, times out and closes: a pure value
/// that the event loop tells what happened and that answers what to do. It reads no
/// clock (each event that needs the time takes `now`) and makes no system call, so its
/// timeouts and close rules are tested with a fake clock and no socket
/// (ConnectionStateMachineTests). The loop owns the socket and the buffers, passes their
/// counts in where a decision depends on them, and performs the answers.
///
///     accept ─▶ awaitingHead ──bytes──▶ readingHead ──head with a body──▶ readingBody
///                                        ▲      │ head without one            │
///                                  bytes │      ▼                             │ body complete
///                                      idle ◀─keep-alive── handling ◀─────────┘
///                                                            │ answer with Connection: close
///                                                            ▼ (HTTP/1.0, asked, draining)
///     readingHead, readingBody ──framing error, 501, 503, 429, 408──▶ closing
///                                                            │ written
///                                                            ▼
///                                                        lingering ──EOF or 2 s──▶ closed
///
/// At its deadline awaitingHead, idle, closing and lingering close without a word;
/// readingHead and readingBody answer 408 and go to closing; handling has none (a
/// handler cannot be interrupted). readingBody's deadline moves as the body arrives (the
/// minimum body rate, `bodyReceived`), never past the body timeout.
struct ConnectionStateMachine {
    let configuration: Configuration
    private(set) var phase: Phase = .awaitingHead
    /// When `tick` acts next (monotonic nanoseconds); `.max` for never.
    private(set) var deadline: UInt64
    /// The server drains: the request under way is answered, then the connection closes.
    private(set) var finishesAfterCurrentRequest = false
    /// The epoll interest last asked for (see `interestUpdate`).
    private(set) var registeredInterest = Epoll.Interest.read
    /// When the head of the body being read was parsed: its deadlines count from here.
    private var bodyStartedAt: UInt64 = 0

    /// A connection accepted at `now`.
    init(configuration: Configuration, now: UInt64) {
        self.configuration = configuration
        deadline = Self.time(now, plus: configuration.headerTimeout)
    }

    var isHandling: Bool {
        if case .handling = phase { return true }
        return false
    }

    /// Bytes read in this phase are dropped, not parsed.
    var discardsInput: Bool {
        if case .lingering = phase { return true }
        return false
    }

    /// Between requests, with nothing buffered either way: a drain may close it at once.
    func isIdle(unreadInput: Int, pendingOutput: Int) -> Bool {
        switch phase {
        case .awaitingHead, .readingHead, .idle, .closing: unreadInput == 0 && pendingOutput == 0
        case .readingBody, .handling, .lingering: false
        }
    }

    // MARK: Reading

    /// What to do with `unreadInput` buffered bytes. Asked again after each step, so that
    /// pipelined requests are taken one after another.
    mutating func nextInputStep(unreadInput: Int, pendingOutput: Int, now: UInt64) -> InputStep {
        // Back-pressure: a client that does not read its answers gets no more of them.
        guard pendingOutput < configuration.maxPendingOutputBytes else { return .wait }
        switch phase {
        case .handling, .closing, .lingering:
            return .wait
        case .readingBody(let head, let reader):
            return .readBody(head, reader)
        case .awaitingHead, .readingHead, .idle:
            guard unreadInput > 0 else { return .wait }
            // The header deadline runs from the first byte after an idle period; within a
            // head, trickling bytes do not extend it (slowloris).
            if case .idle = phase { deadline = Self.time(now, plus: configuration.headerTimeout) }
            phase = .readingHead
            return .parseHead
        }
    }

    /// A request head was parsed at `now`; `bodyBytesPresent`: some of the body is already read.
    mutating func headParsed(_ head: HTTPRequestHead, bodyBytesPresent: Bool, now: UInt64) -> HeadDecision {
        guard HTTPMethods.known.contains(head.method) else {
            rejected(now: now)
            return .rejectUnknownMethod
        }
        let reader: BodyReader
        switch head.framing {
        case .none, .contentLength(0):
            startHandling(head)
            return .dispatch
        case .contentLength(let length):
            reader = .fixed(length: length)
        case .chunked:
            reader = .chunked(ChunkedBodyDecoder(maxBodyLength: configuration.maxBodyLength))
        }
        phase = .readingBody(head, reader)
        bodyStartedAt = now
        deadline = bodyDeadline(received: 0)
        // RFC 9110 §10.1.1: only a client that waits for it; a client that sent body bytes
        // already does not. The size was checked against the limit, so a too large one got 413.
        let sendContinue = head.expectsContinue && head.version == .http1_1 && !bodyBytesPresent
        if case .fixed(let length) = reader { return .readBody(length: length, sendContinue: sendContinue) }
        return .readBody(length: 0, sendContinue: sendContinue)
    }

    /// A chunked body took more bytes and goes on; `received` body bytes have arrived by `now`.
    mutating func bodyProgressed(_ decoder: ChunkedBodyDecoder, received: Int, now: UInt64) {
        guard case .readingBody(let head, .chunked) = phase else { return }
        phase = .readingBody(head, .chunked(decoder))
        bodyReceived(received, now: now)
    }

    /// `received` bytes of the body have arrived by `now` (all of them, not the latest
    /// read's): the deadline moves with them, at the minimum rate, never past the body timeout.
    mutating func bodyReceived(_ received: Int, now: UInt64) {
        guard case .readingBody = phase else { return }
        deadline = bodyDeadline(received: received)
    }

    /// Apache's mod_reqtimeout rule: the initial timeout, plus one second per
    /// `minBodyBytesPerSecond` bytes received, capped by the body timeout. A body that
    /// keeps up with the rate never meets the soft deadline; an idle one meets it after the
    /// initial timeout; one that trickles meets it once it falls behind.
    private func bodyDeadline(received: Int) -> UInt64 {
        let hard = Self.time(bodyStartedAt, plus: configuration.bodyTimeout)
        guard configuration.minBodyBytesPerSecond > 0 else { return hard }
        // In Double, then saturated: `received` is client-driven and bytes × 10^9 overflows Int.
        let earned = MonotonicClock.nanoseconds(Double(max(0, received)) / Double(configuration.minBodyBytesPerSecond))
        let soft = Self.time(Self.time(bodyStartedAt, plus: configuration.bodyInitialTimeout), plus: earned)
        return min(hard, soft)
    }

    /// The body is complete: hand the request to the responder, then report `responseReady`.
    mutating func bodyComplete() {
        guard case .readingBody(let head, _) = phase else { return }
        startHandling(head)
    }

    private mutating func startHandling(_ head: HTTPRequestHead) {
        phase = .handling(ResponseFraming(version: head.version, isHead: head.method == "HEAD", keepAlive: head.keepAlive))
        // A handler is not timed out (it cannot be interrupted); the connection waits for it.
        deadline = .max
    }

    /// The request was refused (a framing error, 501, 503 or 429 for the body budget, or 408):
    /// its answer says `Connection: close`, because after a framing error the rest of the
    /// stream cannot be trusted (RFC 9112 §11.2).
    mutating func rejected(now: UInt64) {
        switch phase {
        case .closing, .lingering: return
        default: closeAfterWrite(now: now)
        }
    }

    // MARK: Back-pressure

    /// Pipelined bytes held for a connection whose request is with a handler.
    static var maxHeldInputBytes: Int { 64 * 1024 }

    /// Reading stops while the client does not read what it is owed, or has pipelined more
    /// than is held while its request is handled.
    func wantsToRead(unreadInput: Int, pendingOutput: Int) -> Bool {
        if pendingOutput >= configuration.maxPendingOutputBytes { return false }
        return !(isHandling && unreadInput >= Self.maxHeldInputBytes)
    }

    /// The level-triggered interest that matches the state, or nil when it is the one
    /// registered: read unless backed up, write only while output is left over (redis).
    mutating func interestUpdate(unreadInput: Int, pendingOutput: Int) -> Epoll.Interest? {
        var wanted: Epoll.Interest = []
        if wantsToRead(unreadInput: unreadInput, pendingOutput: pendingOutput) { wanted.insert(.read) }
        if pendingOutput > 0 { wanted.insert(.write) }
        guard wanted != registeredInterest else { return nil }
        registeredInterest = wanted
        return wanted
    }

    // MARK: Responses

    /// The responder's answer is here; nil when none is awaited (a late answer: drop it).
    /// `closeRequested`: the response says `Connection: close`; `serverStopping`: a stop was
    /// asked for, perhaps not yet seen by `serverDraining`. The returned framing's
    /// `keepAlive` is the decision: false closes the connection once the answer is written.
    mutating func responseReady(closeRequested: Bool, serverStopping: Bool, now: UInt64) -> ResponseFraming? {
        guard case .handling(let request) = phase else { return nil }
        let keepAlive = request.keepAlive && !finishesAfterCurrentRequest && !serverStopping && !closeRequested
        if keepAlive {
            phase = .idle
            // Also the write deadline: until the client has read the answer, and then
            // while it is idle (the deadline is not restarted once the write completes).
            deadline = Self.time(now, plus: configuration.idleTimeout)
        } else {
            closeAfterWrite(now: now)
        }
        return ResponseFraming(version: request.version, isHead: request.isHead, keepAlive: keepAlive)
    }

    /// No more requests are read; the connection shuts down once the answer is written,
    /// or closes at the write deadline if the client does not read it.
    private mutating func closeAfterWrite(now: UInt64) {
        phase = .closing
        deadline = Self.time(now, plus: configuration.writeTimeout)
    }

    /// All output was written at `now`; `unreadInput` bytes wait.
    mutating func outputWritten(unreadInput: Int, now: UInt64) -> AfterWrite {
        switch phase {
        case .lingering:
            return .none
        case .closing:
            return linger(now: now)
        case _ where finishesAfterCurrentRequest && isIdle(unreadInput: unreadInput, pendingOutput: 0):
            return linger(now: now)
        case .awaitingHead, .readingHead, .idle:
            return unreadInput > 0 ? .processInput : .none
        case .readingBody, .handling:
            return .none
        }
    }

    private mutating func linger(now: UInt64) -> AfterWrite {
        phase = .lingering
        deadline = Self.time(now, plus: configuration.lingerTimeout)
        return .shutDown
    }

    // MARK: Deadlines

    /// The loop's periodic sweep at `now`.
    mutating func tick(now: UInt64) -> TickAction {
        guard now >= deadline else { return .none }
        switch phase {
        case .awaitingHead, .idle, .closing, .lingering:
            return .close
        case .readingHead, .readingBody:
            closeAfterWrite(now: now)
            return .requestTimeout
        case .handling:
            return .none
        }
    }

    /// The server stops: idle connections close now, the others after their current request.
    mutating func serverDraining(unreadInput: Int, pendingOutput: Int) -> DrainAction {
        if isIdle(unreadInput: unreadInput, pendingOutput: pendingOutput) { return .close }
        finishesAfterCurrentRequest = true
        return .finishCurrentRequest
    }

    /// `now + nanoseconds`, saturating at the end of time (a huge timeout means never).
    static func time(_ now: UInt64, plus nanoseconds: UInt64) -> UInt64 {
        let (sum, overflow) = now.addingReportingOverflow(nanoseconds)
        return overflow ? .max : sum
    }
}
