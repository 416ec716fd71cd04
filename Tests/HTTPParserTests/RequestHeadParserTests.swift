import HTTPParser
import Testing

@Suite("RequestHeadParser: valid requests")
struct ValidRequestTests {
    @Test("parsed whole", arguments: ValidRequestCase.all)
    func whole(_ testCase: ValidRequestCase) {
        #expect(HeadFeeding.whole(testCase.raw, limits: testCase.limits) == testCase.result)
    }

    @Test("split at every point", arguments: ValidRequestCase.all)
    func everySplit(_ testCase: ValidRequestCase) {
        HeadFeeding.expectEverySplit(testCase.raw, testCase.result, limits: testCase.limits)
    }

    @Test("one byte at a time", arguments: ValidRequestCase.all)
    func byteAtATime(_ testCase: ValidRequestCase) {
        #expect(HeadFeeding.byteAtATime(testCase.raw, limits: testCase.limits) == testCase.result)
    }

    @Test("every strict prefix of the head is incomplete", arguments: ValidRequestCase.all)
    func prefixesAreIncomplete(_ testCase: ValidRequestCase) {
        for length in 0..<testCase.headLength {
            let prefix = Array(testCase.raw[..<length])
            #expect(HeadFeeding.whole(prefix, limits: testCase.limits) == .incomplete, "prefix of \(length)")
        }
    }
}

@Suite("RequestHeadParser: invalid requests")
struct InvalidRequestTests {
    @Test("parsed whole", arguments: InvalidRequestCase.all)
    func whole(_ testCase: InvalidRequestCase) {
        #expect(HeadFeeding.whole(testCase.raw, limits: testCase.limits) == .failure(testCase.error))
    }

    @Test("split at every point", arguments: InvalidRequestCase.all)
    func everySplit(_ testCase: InvalidRequestCase) {
        HeadFeeding.expectEverySplit(testCase.raw, .failure(testCase.error), limits: testCase.limits)
    }

    @Test("one byte at a time", arguments: InvalidRequestCase.all)
    func byteAtATime(_ testCase: InvalidRequestCase) {
        #expect(HeadFeeding.byteAtATime(testCase.raw, limits: testCase.limits) == .failure(testCase.error))
    }
}

@Suite("RequestHeadParser: lifecycle")
struct RequestHeadParserLifecycleTests {
    @Test func parsesTheNextRequestAfterComplete() throws {
        let first = "GET /1 HTTP/1.1\r\nHost: a\r\n\r\n".bytes
        let second = "GET /2 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n".bytes
        var parser = RequestHeadParser()
        #expect(first.withUnsafeBytes { parser.parse($0) } == .complete(.make(target: "/1"), headLength: first.count))
        let expected = HTTPRequestHead.make(target: "/2", headers: ["Host": "a", "Connection": "close"], keepAlive: false)
        #expect(second.withUnsafeBytes { parser.parse($0) } == .complete(expected, headLength: second.count))
    }

    @Test func failureIsStickyUntilReset() {
        let bad = "GET / HTTP/1.1\nHost: a\r\n\r\n".bytes
        let good = "GET / HTTP/1.1\r\nHost: a\r\n\r\n".bytes
        var parser = RequestHeadParser()
        #expect(bad.withUnsafeBytes { parser.parse($0) } == .failure(.malformed("LF without CR")))
        #expect(good.withUnsafeBytes { parser.parse($0) } == .failure(.malformed("LF without CR")))
        parser.reset()
        #expect(good.withUnsafeBytes { parser.parse($0) } == .complete(.make(), headLength: good.count))
    }

    @Test func resetDiscardsAPartialHead() {
        var parser = RequestHeadParser()
        let partial = "POST /old HTTP/1.1\r\nContent-Length: 5\r\n".bytes
        #expect(partial.withUnsafeBytes { parser.parse($0) } == .incomplete)
        parser.reset()
        let fresh = "GET / HTTP/1.1\r\nHost: a\r\n\r\n".bytes
        #expect(fresh.withUnsafeBytes { parser.parse($0) } == .complete(.make(), headLength: fresh.count))
    }

    @Test func emptyBufferIsIncomplete() {
        var parser = RequestHeadParser()
        #expect(parser.parse(UnsafeRawBufferPointer(start: nil, count: 0)) == .incomplete)
    }

    @Test func aShorterBufferStartsOver() {
        // A buffer shorter than what was already scanned cannot be the same buffer grown.
        var parser = RequestHeadParser()
        let long = "GET /aaaaaaaaaaaaaaaa HTTP/1.1\r\nHost: a\r\nX-Long: ".bytes
        #expect(long.withUnsafeBytes { parser.parse($0) } == .incomplete)
        let short = "GET / HTTP/1.1\r\nHost: a\r\n\r\n".bytes
        #expect(short.withUnsafeBytes { parser.parse($0) } == .complete(.make(), headLength: short.count))
    }

    @Test func headerLookupIsCaseInsensitive() throws {
        let raw = "GET / HTTP/1.1\r\nHost: a\r\ncontent-TYPE: text/plain\r\n\r\n".bytes
        guard case .complete(let head, _) = HeadFeeding.whole(raw) else {
            Issue.record("expected a complete head")
            return
        }
        #expect(head.headers["Content-Type"] == "text/plain")
        #expect(head.headers["HOST"] == "a")
    }
}
