/// The outcome of feeding bytes to `RequestHeadParser`.
public enum HeadParseResult: Sendable, Equatable {
    /// The head is complete; the body (if any) starts at `headLength` in the buffer.
    case complete(HTTPRequestHead, headLength: Int)
    /// More bytes are needed.
    case incomplete
    /// The request is invalid; answer with `error.status` and close the connection.
    case failure(HTTPParseError)
}

/// An incremental, strict HTTP/1.1 request-head parser (RFC 9112 §2–§6).
///
/// Call `parse` with the whole buffered input (from the first byte of this request) each time
/// more bytes arrive; the buffer's earlier bytes must not change between calls. Each complete
/// line is parsed once, and scanning resumes where it stopped, so a client trickling bytes
/// costs O(n) in total, not O(n²). Limits are enforced as soon as enough bytes arrive to
/// know they are exceeded, not when the line or head finally ends.
///
/// After `.complete` the parser is ready for the next request (it resets itself); after
/// `.failure` it keeps returning that failure. `reset()` starts over in either case.
public struct RequestHeadParser: Sendable {
    public var limits: HTTPParserLimits

    /// RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request line
    /// (some clients send CRLF after a POST body); more than a few is not a client bug.
    static let maxLeadingEmptyLines = 4

    private enum Stage: Sendable {
        case requestLine
        case fields
    }

    private var stage = Stage.requestLine
    /// First byte of the line being scanned.
    private var lineStart = 0
    /// Next byte to examine; everything before it (in the current line) is known to be valid.
    private(set) var scanOffset = 0
    /// First byte of the request line (after ignored empty lines): the head limit counts from here.
    private var headStart = 0
    private var emptyLinesSkipped = 0
    /// Set when the request line has been parsed (stage `.fields`).
    private var requestLine = RequestLine(method: "", target: "", version: .http1_1)
    private var headers = HTTPHeaders()
    private var summary = RequestFieldSummary()
    private var failure: HTTPParseError?

    public init(limits: HTTPParserLimits = .init()) {
        self.limits = limits
    }

    public mutating func reset() {
        self = RequestHeadParser(limits: limits)
    }

    public mutating func parse(_ buffer: UnsafeRawBufferPointer) -> HeadParseResult {
        if let failure { return .failure(failure) }
        // A shorter buffer than last time is a different buffer: start over rather than trust state.
        if buffer.count < scanOffset { reset() }
        guard buffer.count > scanOffset, let base = buffer.baseAddress else { return .incomplete }
        let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: buffer.count)
        do throws(HTTPParseError) {
            return try parseLines(bytes)
        } catch {
            failure = error
            return .failure(error)
        }
    }

    private mutating func parseLines(_ bytes: UnsafeBufferPointer<UInt8>) throws(HTTPParseError) -> HeadParseResult {
        while true {
            // Exclusive bounds on which byte may be examined next. A request line of exactly
            // maxRequestLineLength bytes has its CR at lineStart + max; a head of exactly
            // maxHeaderSectionLength bytes has its final CR at headStart + max - 2.
            let lineBound = stage == .requestLine ? Self.clampedSum(lineStart, limits.maxRequestLineLength, 1) : Int.max
            let headBound = Self.clampedSum(headStart, limits.maxHeaderSectionLength, -1)
            let scanEnd = min(bytes.count, lineBound, headBound)

            switch try LineScanner.scan(bytes, from: scanOffset, to: scanEnd) {
            case .needMore(let offset):
                scanOffset = offset
                if offset >= lineBound { throw .requestLineTooLong }
                if offset >= headBound { throw .headerSectionTooLarge }
                return .incomplete
            case .lineEnd(let carriageReturn):
                let line = lineStart..<carriageReturn
                lineStart = carriageReturn + 2
                scanOffset = lineStart
                if let head = try process(bytes, line) {
                    let result = HeadParseResult.complete(head, headLength: lineStart)
                    reset()
                    return result
                }
            }
        }
    }

    /// Handles one complete line; returns the head once the empty line ending it arrives.
    private mutating func process(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) throws(HTTPParseError) -> HTTPRequestHead? {
        switch stage {
        case .requestLine:
            if line.isEmpty {
                emptyLinesSkipped += 1
                if emptyLinesSkipped > Self.maxLeadingEmptyLines {
                    throw .malformed("too many empty lines before the request line")
                }
                headStart = lineStart
                return nil
            }
            requestLine = try RequestLine.parse(bytes, line)
            stage = .fields
            return nil
        case .fields:
            if line.isEmpty { return try finish() }
            if headers.count >= limits.maxHeaderCount { throw .tooManyHeaders }
            let field = try FieldLine.parse(bytes, line, isFirst: headers.isEmpty)
            try summary.record(bytes, name: field.name, value: field.value, version: requestLine.version, limits: limits)
            if headers.isEmpty { headers.reserveCapacity(16) }
            headers.add(name: bytes.string(field.name), value: bytes.string(field.value))
            return nil
        }
    }

    private func finish() throws(HTTPParseError) -> HTTPRequestHead {
        if requestLine.version == .http1_1, summary.hostCount == 0 {
            throw .malformed("missing Host field")
        }
        return HTTPRequestHead(
            method: requestLine.method,
            target: requestLine.target,
            version: requestLine.version,
            headers: headers,
            framing: summary.framing,
            keepAlive: summary.keepAlive(for: requestLine.version),
            expectsContinue: summary.expectsContinue
        )
    }

    /// `a + b + c` saturating at the Int range, so that huge configured limits cannot overflow.
    private static func clampedSum(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let (ab, overflow1) = a.addingReportingOverflow(b)
        if overflow1 { return b > 0 ? Int.max : Int.min }
        let (abc, overflow2) = ab.addingReportingOverflow(c)
        if overflow2 { return c > 0 ? Int.max : Int.min }
        return abc
    }
}
