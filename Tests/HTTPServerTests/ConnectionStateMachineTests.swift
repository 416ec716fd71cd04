import HTTPParser
import Testing
@testable import HTTPServer

/// The connection lifecycle without a socket: the machine is driven as the event loop
/// drives it, with a fake clock, and what it answers is checked.
@Suite("Connection state machine")
struct ConnectionStateMachineTests {
    typealias Machine = ConnectionStateMachine

    // MARK: Timeouts

    @Test func idleTimeoutFiresAtTheConfiguredTimeAndNotBefore() {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(idle: 5), now: clock.now)
        clock.advance(milliseconds: 100)
        #expect(machine.serve(parsedHead("GET /a HTTP/1.1\r\nHost: t\r\n\r\n"), now: clock.now)?.keepAlive == true)
        let answered = clock.now
        clock.advance(milliseconds: 1)
        #expect(machine.outputWritten(unreadInput: 0, now: clock.now) == .none)
        #expect(machine.phase.name == "idle")

        clock.set(answered + 5 * second - 1)
        #expect(machine.tick(now: clock.now) == .none)
        clock.advance(nanoseconds: 1)
        #expect(machine.tick(now: clock.now) == .close)
    }

    @Test func aConnectionThatSendsNothingIsClosedAtTheHeaderDeadlineWithoutAnAnswer() {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(header: 10, idle: 60), now: clock.now)
        clock.advance(seconds: 10)
        clock.advance(nanoseconds: -1)
        #expect(machine.tick(now: clock.now) == .none)
        clock.advance(nanoseconds: 1)
        #expect(machine.tick(now: clock.now) == .close)
    }

    /// Slowloris: bytes keep arriving, but the head is not complete within the header timeout.
    @Test func aTrickledHeadGets408AtTheHeaderDeadlineCountedFromTheAccept() {
        var clock = FakeClock()
        let accepted = clock.now
        var machine = Machine(configuration: .testing(header: 10, idle: 60), now: clock.now)
        for elapsed in 1...9 {
            clock.set(accepted + UInt64(elapsed) * second)
            #expect(machine.nextInputStep(unreadInput: elapsed * 12, pendingOutput: 0, now: clock.now).name == "parseHead")
            // (the parser answers "incomplete"; the loop waits for more)
            #expect(machine.tick(now: clock.now) == .none)
        }
        clock.set(accepted + 10 * second - 1)
        #expect(machine.tick(now: clock.now) == .none)
        clock.set(accepted + 10 * second)
        #expect(machine.tick(now: clock.now) == .requestTimeout)
        #expect(machine.phase.name == "closing")
        // The 408 is the last answer: what else arrives is not parsed.
        #expect(machine.nextInputStep(unreadInput: 500, pendingOutput: 0, now: clock.now).name == "wait")
        #expect(machine.outputWritten(unreadInput: 500, now: clock.now) == .shutDown)
        #expect(machine.discardsInput)
        clock.advance(milliseconds: 1999)
        #expect(machine.tick(now: clock.now) == .none)
        clock.advance(milliseconds: 1)
        #expect(machine.tick(now: clock.now) == .close)
    }

    @Test func afterAnIdlePeriodTheHeaderDeadlineRunsFromTheFirstByte() {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(header: 10, idle: 60), now: clock.now)
        #expect(machine.serve(parsedHead("GET /a HTTP/1.1\r\nHost: t\r\n\r\n"), now: clock.now)?.keepAlive == true)
        _ = machine.outputWritten(unreadInput: 0, now: clock.now)
        clock.advance(seconds: 55)
        let firstByte = clock.now
        #expect(machine.nextInputStep(unreadInput: 3, pendingOutput: 0, now: clock.now).name == "parseHead")
        // More bytes do not move it.
        clock.advance(seconds: 5)
        #expect(machine.nextInputStep(unreadInput: 30, pendingOutput: 0, now: clock.now).name == "parseHead")
        // The idle deadline (60 s after the answer) no longer applies...
        clock.set(firstByte + 10 * second - 1)
        #expect(machine.tick(now: clock.now) == .none)
        // ...the header deadline does, and a head under way is answered.
        clock.set(firstByte + 10 * second)
        #expect(machine.tick(now: clock.now) == .requestTimeout)
    }

    @Test func aBodyMustArriveWithinTheBodyTimeoutFromItsHead() {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(header: 10, body: 30, idle: 60), now: clock.now)
        #expect(machine.nextInputStep(unreadInput: 60, pendingOutput: 0, now: clock.now).name == "parseHead")
        clock.advance(seconds: 1)
        let parsed = clock.now
        let decision = machine.headParsed(parsedHead("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n"),
                                          bodyBytesPresent: true, now: clock.now)
        #expect(decision == .readBody(length: 10, sendContinue: false))
        #expect(machine.nextInputStep(unreadInput: 4, pendingOutput: 0, now: clock.now).name == "readBody")
        // Past the header deadline: the body has its own.
        clock.set(parsed + 15 * second)
        #expect(machine.tick(now: clock.now) == .none)
        clock.set(parsed + 30 * second - 1)
        #expect(machine.tick(now: clock.now) == .none)
        clock.set(parsed + 30 * second)
        #expect(machine.tick(now: clock.now) == .requestTimeout)
        #expect(machine.phase.name == "closing")
    }

    /// The minimum body rate (Apache's `body=5,MinRate=1024`): 5 s from the head, plus one
    /// second per 1,024 bytes received, never past the body timeout.
    @Test func aBodyMustKeepTheMinimumRate() {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(body: 30, bodyInitial: 5, minBodyRate: 1024), now: clock.now)
        _ = machine.nextInputStep(unreadInput: 60, pendingOutput: 0, now: clock.now)
        let parsed = clock.now
        _ = machine.headParsed(parsedHead("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1048576\r\n\r\n"),
                               bodyBytesPresent: false, now: clock.now)
        // Nothing comes: 408 after the initial 5 s, not the body timeout's 30.
        clock.set(parsed + 5 * second - 1)
        #expect(machine.tick(now: clock.now) == .none)
        // 2,048 bytes buy two seconds more.
        machine.bodyReceived(2048, now: clock.now)
        clock.set(parsed + 7 * second - 1)
        #expect(machine.tick(now: clock.now) == .none)
        clock.set(parsed + 7 * second)
        #expect(machine.tick(now: clock.now) == .requestTimeout)
    }

    @Test func aFastBodyStillMeetsTheBodyTimeout() {
        var machine = Machine(configuration: .testing(body: 30, bodyInitial: 5, minBodyRate: 1024), now: 0)
        _ = machine.nextInputStep(unreadInput: 60, pendingOutput: 0, now: 0)
        _ = machine.headParsed(parsedHead("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1048576\r\n\r\n"),
                               bodyBytesPresent: false, now: 0)
        machine.bodyReceived(1_000_000, now: second)  // buys ~976 s, capped at 30
        #expect(machine.tick(now: 30 * second - 1) == .none)
        #expect(machine.tick(now: 30 * second) == .requestTimeout)
        // Huge counts saturate instead of trapping.
        var other = Machine(configuration: .testing(body: .infinity, bodyInitial: 5, minBodyRate: 1), now: 0)
        _ = other.nextInputStep(unreadInput: 60, pendingOutput: 0, now: 0)
        _ = other.headParsed(parsedHead("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"),
                             bodyBytesPresent: false, now: 0)
        other.bodyReceived(.max, now: 1)
        #expect(other.deadline == .max)
    }

    /// The 408 used to be appended again at every sweep while the client did not read it.
    @Test func a408IsAnsweredOnceAndTheConnectionClosesIfItIsNotRead() {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(header: 1, idle: 5), now: clock.now)
        _ = machine.nextInputStep(unreadInput: 5, pendingOutput: 0, now: clock.now)
        clock.advance(seconds: 1)
        #expect(machine.tick(now: clock.now) == .requestTimeout)
        let answered = clock.now
        #expect(machine.interestUpdate(unreadInput: 5, pendingOutput: 300) == [.read, .write])
        clock.advance(milliseconds: 200)
        #expect(machine.tick(now: clock.now) == .none)
        clock.set(answered + 5 * second)
        #expect(machine.tick(now: clock.now) == .close)
    }

    @Test func timeoutsBeyondTheClockMeanNever() {
        var server = ServerConfiguration()
        server.headerTimeoutSeconds = .infinity
        server.idleTimeoutSeconds = 1.9e10
        var machine = Machine(configuration: Machine.Configuration(server), now: 5 * second)
        #expect(machine.deadline == .max)
        #expect(machine.tick(now: .max - 1) == .none)
        #expect(machine.serve(parsedHead("GET /a HTTP/1.1\r\nHost: t\r\n\r\n"), now: 6 * second)?.keepAlive == true)
        #expect(machine.deadline == .max)
    }

    // MARK: Keep-alive and close

    struct KeepAliveCase: Sendable, CustomTestStringConvertible {
        let name: String
        let raw: String
        var responseSaysClose = false
        var serverStopping = false
        let keepsAlive: Bool
        var testDescription: String { name }

        static let all: [KeepAliveCase] = [
            .init(name: "HTTP/1.1", raw: "GET /a HTTP/1.1\r\nHost: t\r\n\r\n", keepsAlive: true),
            .init(name: "HTTP/1.1 with Connection: close", raw: "GET /a HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
                  keepsAlive: false),
            .init(name: "HTTP/1.0", raw: "GET /a HTTP/1.0\r\n\r\n", keepsAlive: false),
            .init(name: "HTTP/1.0 with keep-alive", raw: "GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", keepsAlive: true),
            .init(name: "a response with Connection: close", raw: "GET /a HTTP/1.1\r\nHost: t\r\n\r\n",
                  responseSaysClose: true, keepsAlive: false),
            .init(name: "while the server stops", raw: "GET /a HTTP/1.1\r\nHost: t\r\n\r\n",
                  serverStopping: true, keepsAlive: false),
        ]
    }

    @Test(arguments: KeepAliveCase.all)
    func keepAliveOrClose(_ testCase: KeepAliveCase) throws {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(), now: clock.now)
        _ = machine.nextInputStep(unreadInput: testCase.raw.utf8.count, pendingOutput: 0, now: clock.now)
        #expect(machine.headParsed(parsedHead(testCase.raw), bodyBytesPresent: false, now: clock.now) == .dispatch)
        clock.advance(milliseconds: 3)
        let framing = machine.responseReady(closeRequested: testCase.responseSaysClose,
                                            serverStopping: testCase.serverStopping, now: clock.now)
        #expect(try #require(framing).keepAlive == testCase.keepsAlive)
        // A pipelined request behind it is read only on a kept-alive connection.
        let after = machine.outputWritten(unreadInput: 40, now: clock.now)
        #expect(after == (testCase.keepsAlive ? .processInput : .shutDown))
        #expect(machine.nextInputStep(unreadInput: 40, pendingOutput: 0, now: clock.now).name
            == (testCase.keepsAlive ? "parseHead" : "wait"))
    }

    @Test func aFramingErrorClosesAfterItsAnswerAndReadsNothingMore() {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(), now: clock.now)
        #expect(machine.nextInputStep(unreadInput: 80, pendingOutput: 0, now: clock.now).name == "parseHead")
        machine.rejected(now: clock.now)  // e.g. Content-Length with Transfer-Encoding: 400
        #expect(machine.phase.name == "closing")
        #expect(machine.nextInputStep(unreadInput: 80, pendingOutput: 0, now: clock.now).name == "wait")
        clock.advance(milliseconds: 1)
        #expect(machine.outputWritten(unreadInput: 80, now: clock.now) == .shutDown)
        #expect(machine.discardsInput)
    }

    @Test func anUnknownMethodIsRefusedAndCloses() {
        var machine = Machine(configuration: .testing(), now: 0)
        _ = machine.nextInputStep(unreadInput: 40, pendingOutput: 0, now: 0)
        #expect(machine.headParsed(parsedHead("BREW /pot HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\n"),
                                   bodyBytesPresent: true, now: 0) == .rejectUnknownMethod)
        #expect(machine.phase.name == "closing")
        #expect(machine.nextInputStep(unreadInput: 5, pendingOutput: 0, now: 0).name == "wait")
    }

    @Test func aDrainClosesIdleConnectionsAndFinishesTheOthers() throws {
        var idle = Machine(configuration: .testing(), now: 0)
        #expect(idle.serverDraining(unreadInput: 0, pendingOutput: 0) == .close)

        // A request with a handler is answered, with Connection: close, then the connection goes.
        var busy = Machine(configuration: .testing(), now: 0)
        _ = busy.nextInputStep(unreadInput: 30, pendingOutput: 0, now: 0)
        #expect(busy.headParsed(parsedHead("GET /a HTTP/1.1\r\nHost: t\r\n\r\n"), bodyBytesPresent: false, now: 0) == .dispatch)
        #expect(busy.serverDraining(unreadInput: 0, pendingOutput: 0) == .finishCurrentRequest)
        let answer = busy.responseReady(closeRequested: false, serverStopping: false, now: 1)
        #expect(try #require(answer).keepAlive == false)
        #expect(busy.outputWritten(unreadInput: 0, now: 2) == .shutDown)

        // A kept-alive answer still being written is finished first.
        var writing = Machine(configuration: .testing(), now: 0)
        #expect(writing.serve(parsedHead("GET /a HTTP/1.1\r\nHost: t\r\n\r\n"), now: 0)?.keepAlive == true)
        #expect(writing.serverDraining(unreadInput: 0, pendingOutput: 512) == .finishCurrentRequest)
        #expect(writing.outputWritten(unreadInput: 0, now: 1) == .shutDown)
    }

    // MARK: Writing

    @Test func anAnswerNotFullyWrittenAsksForWriteInterestAndHasAWriteDeadline() throws {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(idle: 20), now: clock.now)
        #expect(machine.interestUpdate(unreadInput: 0, pendingOutput: 0) == nil)  // read, as registered at accept
        clock.advance(seconds: 1)
        // HTTP/1.0: the answer closes the connection; until it is written, its deadline holds.
        #expect(machine.serve(parsedHead("GET /a HTTP/1.0\r\n\r\n"), now: clock.now)?.keepAlive == false)
        let framed = clock.now
        #expect(machine.interestUpdate(unreadInput: 0, pendingOutput: 9000) == [.read, .write])
        #expect(machine.interestUpdate(unreadInput: 0, pendingOutput: 4000) == nil)  // no second epoll_ctl
        #expect(machine.deadline == framed + 20 * second)
        clock.set(framed + 20 * second - 1)
        #expect(machine.tick(now: clock.now) == .none)
        clock.set(framed + 20 * second)
        #expect(machine.tick(now: clock.now) == .close)
    }

    @Test func aClientThatDoesNotReadIsNotReadFrom() {
        var machine = Machine(configuration: .testing(maxPendingOutput: 1000), now: 0)
        #expect(machine.serve(parsedHead("GET /a HTTP/1.1\r\nHost: t\r\n\r\n"), now: 0)?.keepAlive == true)
        #expect(machine.wantsToRead(unreadInput: 50, pendingOutput: 999))
        #expect(!machine.wantsToRead(unreadInput: 50, pendingOutput: 1000))
        #expect(machine.interestUpdate(unreadInput: 50, pendingOutput: 1000) == [.write])
        // Pipelined requests wait until the client has read.
        #expect(machine.nextInputStep(unreadInput: 50, pendingOutput: 1000, now: 1).name == "wait")
        #expect(machine.outputWritten(unreadInput: 50, now: 2) == .processInput)
        #expect(machine.interestUpdate(unreadInput: 50, pendingOutput: 0) == [.read])
        #expect(machine.nextInputStep(unreadInput: 50, pendingOutput: 0, now: 2).name == "parseHead")
    }

    // MARK: Pipelining

    @Test func noRequestIsDispatchedWhileOneIsWithAHandler() throws {
        var clock = FakeClock()
        var machine = Machine(configuration: .testing(idle: 60), now: clock.now)
        _ = machine.nextInputStep(unreadInput: 60, pendingOutput: 0, now: clock.now)
        #expect(machine.headParsed(parsedHead("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n"), bodyBytesPresent: true, now: clock.now)
            == .dispatch)
        // The next request is already buffered, and more arrives: all of it waits.
        #expect(machine.nextInputStep(unreadInput: 30, pendingOutput: 0, now: clock.now).name == "wait")
        #expect(machine.outputWritten(unreadInput: 30, now: clock.now) == .none)
        #expect(machine.wantsToRead(unreadInput: 30, pendingOutput: 0))
        #expect(!machine.wantsToRead(unreadInput: Machine.maxHeldInputBytes, pendingOutput: 0))
        // A handler is not timed out, however long it takes.
        clock.advance(seconds: 3600)
        #expect(machine.tick(now: clock.now) == .none)

        let answer = machine.responseReady(closeRequested: false, serverStopping: false, now: clock.now)
        #expect(try #require(answer).keepAlive)
        #expect(machine.nextInputStep(unreadInput: 30, pendingOutput: 200, now: clock.now).name == "parseHead")
        // An answer for a request no longer awaited is dropped.
        #expect(machine.responseReady(closeRequested: false, serverStopping: false, now: clock.now) == nil)
    }

    @Test func aChunkedBodyKeepsItsDecoderBetweenReadsThenIsDispatched() throws {
        var machine = Machine(configuration: .testing(), now: 0)
        _ = machine.nextInputStep(unreadInput: 70, pendingOutput: 0, now: 0)
        let request = parsedHead("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n")
        #expect(machine.headParsed(request, bodyBytesPresent: true, now: 0) == .readBody(length: 0, sendContinue: false))
        var body: [UInt8] = []
        guard case .readBody(let seen, .chunked(var decoder)) = machine.nextInputStep(unreadInput: 5, pendingOutput: 0, now: 0)
        else { Issue.record("expected a chunked body to read"); return }
        #expect(seen == request)
        #expect(Array("3\r\nab".utf8).withUnsafeBytes { decoder.decode($0, into: &body) } == .incomplete(consumed: 5))
        machine.bodyProgressed(decoder, received: 2, now: 0)
        // The next read goes on inside the chunk: "c" is its last byte, not a chunk size.
        guard case .readBody(_, .chunked(var resumed)) = machine.nextInputStep(unreadInput: 8, pendingOutput: 0, now: 0)
        else { Issue.record("expected the body to go on"); return }
        #expect(Array("c\r\n0\r\n\r\n".utf8).withUnsafeBytes { resumed.decode($0, into: &body) } == .complete(consumed: 8))
        #expect(body == Array("abc".utf8))
        machine.bodyComplete()
        #expect(machine.phase.name == "handling")
        let answer = machine.responseReady(closeRequested: false, serverStopping: false, now: 1)
        #expect(try #require(answer).isHead == false)
    }

    @Test func continueIsSentOnlyToAClientThatWaitsForIt() {
        let raw = "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n"
        var waiting = Machine(configuration: .testing(), now: 0)
        _ = waiting.nextInputStep(unreadInput: raw.utf8.count, pendingOutput: 0, now: 0)
        #expect(waiting.headParsed(parsedHead(raw), bodyBytesPresent: false, now: 0) == .readBody(length: 4, sendContinue: true))
        var sending = Machine(configuration: .testing(), now: 0)
        _ = sending.nextInputStep(unreadInput: raw.utf8.count, pendingOutput: 0, now: 0)
        #expect(sending.headParsed(parsedHead(raw), bodyBytesPresent: true, now: 0) == .readBody(length: 4, sendContinue: false))
    }

    @Test func aHeadRequestIsFramedAsOne() {
        var machine = Machine(configuration: .testing(), now: 0)
        let framing = machine.serve(parsedHead("HEAD /a HTTP/1.1\r\nHost: t\r\n\r\n"), now: 0)
        #expect(framing == Machine.ResponseFraming(version: .http1_1, isHead: true, keepAlive: true))
    }

    static let second: UInt64 = 1_000_000_000
    var second: UInt64 { Self.second }
}

/// Monotonic nanoseconds that move only when a test says so.
struct FakeClock {
    /// Not zero: a deadline computed from a zero start would hide a missing `now`.
    private(set) var now: UInt64 = 7_000_000_000

    mutating func advance(seconds: Int) { now = UInt64(Int64(now) + Int64(seconds) * 1_000_000_000) }
    mutating func advance(milliseconds: Int) { now = UInt64(Int64(now) + Int64(milliseconds) * 1_000_000) }
    mutating func advance(nanoseconds: Int) { now = UInt64(Int64(now) + Int64(nanoseconds)) }
    mutating func set(_ time: UInt64) { now = time }
}

extension ConnectionStateMachine.Configuration {
    /// The minimum body rate is off unless a test asks for it (`minBodyRate`).
    static func testing(header: Double = 10, body: Double = 30, idle: Double = 60,
                        maxPendingOutput: Int = 4 << 20, bodyInitial: Double = 5, minBodyRate: Int = 0) -> Self {
        var server = ServerConfiguration()
        server.headerTimeoutSeconds = header
        server.bodyTimeoutSeconds = body
        server.bodyInitialTimeoutSeconds = bodyInitial
        server.minBodyBytesPerSecond = minBodyRate
        server.idleTimeoutSeconds = idle
        server.maxPendingOutputBytes = maxPendingOutput
        return Self(server)
    }
}

extension ConnectionStateMachine {
    /// A request without a body, as the loop takes it: bytes, head, dispatch, answer.
    mutating func serve(_ head: HTTPRequestHead, now: UInt64) -> ResponseFraming? {
        guard case .parseHead = nextInputStep(unreadInput: 40, pendingOutput: 0, now: now),
              headParsed(head, bodyBytesPresent: false, now: now) == .dispatch
        else { return nil }
        return responseReady(closeRequested: false, serverStopping: false, now: now)
    }
}

extension ConnectionStateMachine.Phase {
    var name: String {
        switch self {
        case .awaitingHead: "awaitingHead"
        case .readingHead: "readingHead"
        case .readingBody: "readingBody"
        case .handling: "handling"
        case .idle: "idle"
        case .closing: "closing"
        case .lingering: "lingering"
        }
    }
}

extension ConnectionStateMachine.InputStep {
    var name: String {
        switch self {
        case .parseHead: "parseHead"
        case .readBody: "readBody"
        case .wait: "wait"
        }
    }
}

/// Parses a request head as the loop's parser does (a test's head is always complete).
func parsedHead(_ raw: String) -> HTTPRequestHead {
    var parser = RequestHeadParser()
    let result = Array(raw.utf8).withUnsafeBytes { parser.parse($0) }
    guard case .complete(let head, _) = result else {
        Issue.record("not a complete head: \(result)")
        return HTTPRequestHead(method: "GET", target: "/", version: .http1_1, headers: [:], framing: .none,
                               keepAlive: false, expectsContinue: false)
    }
    return head
}
