import HTTPParser
import Testing

/// Every limit at its boundary: exactly at the limit passes, one byte (or field) over fails,
/// and the failure comes as soon as enough bytes have arrived, without waiting for a line end.
@Suite("RequestHeadParser: limits")
struct RequestLimitTests {
    /// `GET /aaa… HTTP/1.1` of exactly `length` bytes (CRLF not counted).
    static func requestLine(length: Int) -> String {
        "GET /" + String(repeating: "a", count: length - 14) + " HTTP/1.1"
    }

    /// A complete head of exactly `length` bytes, padded with an X-Pad field.
    static func head(length: Int, requestLine: String = "GET / HTTP/1.1") -> String {
        let fixed = requestLine + "\r\nHost: a\r\nX-Pad: \r\n\r\n"
        return requestLine + "\r\nHost: a\r\nX-Pad: " + String(repeating: "p", count: length - fixed.utf8.count) + "\r\n\r\n"
    }

    static func head(fieldCount: Int) -> String {
        "GET / HTTP/1.1\r\nHost: a\r\n" + (1..<fieldCount).map { "X-\($0): v\r\n" }.joined() + "\r\n"
    }

    // MARK: request line

    @Test func requestLineExactlyAtTheLimitIsAccepted() {
        let limits = HTTPParserLimits(maxRequestLineLength: 64)
        let line = Self.requestLine(length: 64)
        #expect(line.utf8.count == 64)
        let raw = (line + "\r\nHost: a\r\n\r\n").bytes
        let expected = HeadParseResult.complete(.make(target: String(line.dropFirst(4).dropLast(9))), headLength: raw.count)
        HeadFeeding.expectAllWays(raw, expected, limits: limits)
    }

    @Test func requestLineOneOverTheLimitIsRejected() {
        let limits = HTTPParserLimits(maxRequestLineLength: 64)
        let raw = (Self.requestLine(length: 65) + "\r\nHost: a\r\n\r\n").bytes
        HeadFeeding.expectAllWays(raw, .failure(.requestLineTooLong), limits: limits)
    }

    @Test func requestLineTooLongIsDetectedWithoutALineEnd() {
        let limits = HTTPParserLimits(maxRequestLineLength: 64)
        let line = Self.requestLine(length: 200).bytes
        // 64 bytes could still be a valid line; the 65th proves it is not.
        #expect(HeadFeeding.whole(Array(line[..<64]), limits: limits) == .incomplete)
        #expect(HeadFeeding.whole(Array(line[..<65]), limits: limits) == .failure(.requestLineTooLong))
        // A CR in position 65 may still end a 64-byte line.
        #expect(HeadFeeding.whole(Array(line[..<64]) + [0x0D], limits: limits) == .incomplete)
    }

    @Test func emptyLinesBeforeTheRequestLineDoNotCountTowardsIt() {
        let limits = HTTPParserLimits(maxRequestLineLength: 64, maxHeaderSectionLength: 100)
        let line = Self.requestLine(length: 64)
        let raw = ("\r\n\r\n" + Self.head(length: 100, requestLine: line)).bytes
        let head = HTTPRequestHead.make(
            target: String(line.dropFirst(4).dropLast(9)),
            headers: ["Host": "a", "X-Pad": String(repeating: "p", count: 100 - line.utf8.count - 22)])
        HeadFeeding.expectAllWays(raw, .complete(head, headLength: raw.count), limits: limits)
    }

    // MARK: header section

    @Test func headExactlyAtTheLimitIsAccepted() throws {
        let limits = HTTPParserLimits(maxHeaderSectionLength: 200)
        let raw = Self.head(length: 200).bytes
        #expect(raw.count == 200)
        guard case .complete(_, let length) = HeadFeeding.whole(raw, limits: limits) else {
            Issue.record("expected complete")
            return
        }
        #expect(length == 200)
        HeadFeeding.expectEverySplit(raw, HeadFeeding.whole(raw, limits: limits), limits: limits)
    }

    @Test func headOneOverTheLimitIsRejected() {
        let limits = HTTPParserLimits(maxHeaderSectionLength: 200)
        HeadFeeding.expectAllWays(Self.head(length: 201).bytes, .failure(.headerSectionTooLarge), limits: limits)
    }

    @Test func headTooLargeIsDetectedBeforeItEnds() {
        let limits = HTTPParserLimits(maxHeaderSectionLength: 200)
        let raw = Self.head(length: 1000).bytes
        // 199 bytes could still be followed by "\n" ending a 200-byte head… if byte 199 were CR.
        #expect(HeadFeeding.whole(Array(raw[..<198]), limits: limits) == .incomplete)
        #expect(HeadFeeding.whole(Array(raw[..<199]), limits: limits) == .failure(.headerSectionTooLarge))
    }

    @Test func headTooLargeWhenALineEndsRightAtTheLimit() {
        // The limit falls exactly after a field line's CRLF: the empty line cannot fit anymore.
        let limits = HTTPParserLimits(maxHeaderSectionLength: 27)
        let raw = "GET / HTTP/1.1\r\nHost: abc\r\n".bytes
        #expect(raw.count == 27)
        #expect(HeadFeeding.whole(raw, limits: limits) == .failure(.headerSectionTooLarge))
        #expect(HeadFeeding.whole(Array(raw.dropLast()), limits: limits) == .incomplete)
    }

    // MARK: field count

    @Test func fieldCountExactlyAtTheLimitIsAccepted() {
        let limits = HTTPParserLimits(maxHeaderCount: 10)
        let raw = Self.head(fieldCount: 10).bytes
        guard case .complete(let head, _) = HeadFeeding.whole(raw, limits: limits) else {
            Issue.record("expected complete")
            return
        }
        #expect(head.headers.count == 10)
        HeadFeeding.expectEverySplit(raw, HeadFeeding.whole(raw, limits: limits), limits: limits)
    }

    @Test func fieldCountOneOverTheLimitIsRejected() {
        let limits = HTTPParserLimits(maxHeaderCount: 10)
        HeadFeeding.expectAllWays(Self.head(fieldCount: 11).bytes, .failure(.tooManyHeaders), limits: limits)
    }

    @Test func tooManyFieldsIsDetectedAtTheExtraFieldLine() {
        let limits = HTTPParserLimits(maxHeaderCount: 1)
        #expect(HeadFeeding.whole("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n".bytes, limits: limits) == .failure(.tooManyHeaders))
    }

    // MARK: body

    @Test func contentLengthExactlyAtTheLimitIsAccepted() {
        let limits = HTTPParserLimits(maxBodyLength: 100)
        let raw = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n".bytes
        let head = HTTPRequestHead.make(method: "POST", headers: ["Host": "a", "Content-Length": "100"], framing: .contentLength(100))
        HeadFeeding.expectAllWays(raw, .complete(head, headLength: raw.count), limits: limits)
    }

    @Test func contentLengthOneOverTheLimitIsRejectedAtThatField() {
        let limits = HTTPParserLimits(maxBodyLength: 100)
        HeadFeeding.expectAllWays(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n".bytes, .failure(.bodyTooLarge), limits: limits)
        // No need to wait for the end of the head.
        #expect(HeadFeeding.whole("POST / HTTP/1.1\r\nContent-Length: 101\r\n".bytes, limits: limits) == .failure(.bodyTooLarge))
    }

    @Test func defaultsAreTheDocumentedOnes() {
        let limits = HTTPParserLimits()
        #expect(limits.maxRequestLineLength == 8 * 1024)
        #expect(limits.maxHeaderSectionLength == 32 * 1024)
        #expect(limits.maxHeaderCount == 100)
        #expect(limits.maxBodyLength == 1 << 20)
    }

    @Test func hugeLimitsDoNotOverflow() {
        let limits = HTTPParserLimits(maxRequestLineLength: .max, maxHeaderSectionLength: .max, maxHeaderCount: .max, maxBodyLength: .max)
        let raw = "GET / HTTP/1.1\r\nHost: a\r\n\r\n".bytes
        HeadFeeding.expectAllWays(raw, .complete(.make(), headLength: raw.count), limits: limits)
    }
}
