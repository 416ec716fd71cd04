@testable import HTTPParser
import Testing

/// Slowloris resistance: on partial input the parser resumes where it stopped instead of
/// rescanning from the start, so n bytes trickled one at a time cost O(n), not O(n²).
@Suite("RequestHeadParser: incremental scanning")
struct IncrementalScanTests {
    @Test func resumesAtTheEndOfWhatItHasSeen() {
        let raw = "GET /path HTTP/1.1\r\nHost: a\r\nX-Slow: aaaaaaaaaaaaaaaaaaaa\r\n\r\n".bytes
        var parser = RequestHeadParser()
        for length in 1..<raw.count {
            let result = raw.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer(rebasing: $0[..<length])) }
            #expect(result == .incomplete)
            // Everything received has been examined, except a CR whose LF has not arrived.
            let expectedOffset = raw[length - 1] == 0x0D ? length - 1 : length
            #expect(parser.scanOffset == expectedOffset, "after \(length) bytes")
        }
    }

    @Test func aLargeHeadTrickledByteByByteStaysLinear() {
        // 32 KB one byte at a time: quadratic rescanning would examine ~512 M bytes here.
        var raw = "GET / HTTP/1.1\r\nHost: a\r\n".bytes
        while raw.count < 32 * 1024 - 100 {
            raw += "X-Filler: \(String(repeating: "v", count: 80))\r\n".bytes
        }
        raw += "\r\n".bytes
        let limits = HTTPParserLimits(maxHeaderCount: 1000)
        var parser = RequestHeadParser(limits: limits)
        var result = HeadParseResult.incomplete
        for length in 1...raw.count {
            result = raw.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer(rebasing: $0[..<length])) }
            if result != .incomplete { break }
        }
        guard case .complete(_, let headLength) = result else {
            Issue.record("expected a complete head, got \(result)")
            return
        }
        #expect(headLength == raw.count)
    }
}
