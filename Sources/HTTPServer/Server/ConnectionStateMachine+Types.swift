import HTTPParser

/// The connection state machine's phases, configuration and answers.
extension ConnectionStateMachine {
    enum Phase {
        /// A new connection before its first byte; the header deadline runs from the accept.
        case awaitingHead
        /// Bytes of a request head have arrived (and wait in the loop's input until it parses).
        case readingHead
        /// The head is parsed; its body is still arriving.
        case readingBody(HTTPRequestHead, BodyReader)
        /// The request is complete and with the responder (inline or on a handler thread).
        /// Further pipelined bytes wait in the input: one request per connection at a time
        /// keeps the responses in order (RFC 9112 §9.3.2).
        case handling(ResponseFraming)
        /// A keep-alive response is framed (perhaps not yet written) and no byte of the
        /// next request has been seen; the idle deadline runs from the framing.
        case idle
        /// The last response is framed (`Connection: close`); the connection shuts down
        /// once it is written, and nothing more is read as a request.
        case closing
        /// The last response is written and our side shut down; unread client bytes are
        /// drained until EOF so that closing does not reset the connection before the
        /// client has read that response (a "lingering close").
        case lingering
    }

    enum BodyReader {
        case fixed(length: Int)
        case chunked(ChunkedBodyDecoder)
    }

    /// What the loop needs to frame the answer to a request.
    struct ResponseFraming: Equatable {
        let version: HTTPVersion
        let isHead: Bool
        /// Asked by the request (HTTP/1.1 without `Connection: close`, or HTTP/1.0 with
        /// `keep-alive`); as returned by `responseReady`, what the connection will do.
        let keepAlive: Bool
    }

    enum InputStep {
        /// Feed the unread input to the head parser, then report `headParsed` or `rejected`.
        case parseHead
        /// Feed the unread input to the body reader, then report `bodyProgressed`,
        /// `bodyComplete` or `rejected`.
        case readBody(HTTPRequestHead, BodyReader)
        /// Nothing to do until more input arrives, output drains or an answer comes back.
        case wait
    }

    enum HeadDecision: Equatable {
        /// The request is complete: hand it to the responder, then report `responseReady`.
        case dispatch
        /// A body of `length` bytes follows (0: chunked, the size is not known yet): admit
        /// it to the body budget (which reserves only what arrives), write `100 Continue`
        /// first when `sendContinue`, then read it.
        case readBody(length: Int, sendContinue: Bool)
        /// RFC 9110 §15.6.2: 501. Its body, if any, cannot be delimited, so the connection closes.
        case rejectUnknownMethod
    }

    /// The server's limits in the units the machine works in, computed once per loop.
    struct Configuration {
        var headerTimeout: UInt64
        var bodyTimeout: UInt64
        /// The minimum body rate's start and pace (see `ServerConfiguration.minBodyBytesPerSecond`).
        var bodyInitialTimeout: UInt64
        var minBodyBytesPerSecond: Int
        var idleTimeout: UInt64
        /// How long a lingering close waits for the client's EOF.
        var lingerTimeout: UInt64 = 2_000_000_000
        var maxPendingOutputBytes: Int
        var maxBodyLength: Int

        init(_ server: ServerConfiguration) {
            headerTimeout = MonotonicClock.nanoseconds(server.headerTimeoutSeconds)
            bodyTimeout = MonotonicClock.nanoseconds(server.bodyTimeoutSeconds)
            bodyInitialTimeout = MonotonicClock.nanoseconds(server.bodyInitialTimeoutSeconds)
            minBodyBytesPerSecond = max(0, server.minBodyBytesPerSecond)
            idleTimeout = MonotonicClock.nanoseconds(server.idleTimeoutSeconds)
            maxPendingOutputBytes = server.maxPendingOutputBytes
            maxBodyLength = server.parserLimits.maxBodyLength
        }

        /// There is no separate write timeout: a client must read an answer within the
        /// idle timeout, counted from when it was framed.
        var writeTimeout: UInt64 { idleTimeout }
    }

    enum AfterWrite: Equatable {
        /// Nothing to do.
        case none
        /// Pipelined input was held back while output was pending: take it now (`nextInputStep`).
        case processInput
        /// Shut down our side (SHUT_WR) and drop the input: the connection is lingering.
        case shutDown
    }

    enum TickAction: Equatable {
        case none
        /// Close without a word: nothing of a request is under way, or the client had its chance.
        case close
        /// RFC 9110 §15.5.9: answer 408, the client took too long to send its request; the
        /// connection is closing.
        case requestTimeout
    }

    enum DrainAction: Equatable {
        case close
        /// Answer the request under way (or finish writing), then close.
        case finishCurrentRequest
    }
}
