import HTTPParser
import Testing

@Suite("ChunkedBodyDecoder")
struct ChunkedBodyDecoderTests {
    @Test("valid: whole, every split, byte at a time", arguments: ChunkedBodyCase.valid)
    func valid(_ testCase: ChunkedBodyCase) {
        ChunkedFeeding.expectAllWays(testCase.raw, testCase.expected, limits: testCase.limits)
    }

    @Test("invalid: whole, every split, byte at a time", arguments: ChunkedBodyCase.invalid)
    func invalid(_ testCase: ChunkedBodyCase) {
        ChunkedFeeding.expectAllWays(testCase.raw, testCase.expected, limits: testCase.limits)
    }

    @Test("every strict prefix of a valid body is incomplete and consumed", arguments: ChunkedBodyCase.valid)
    func prefixes(_ testCase: ChunkedBodyCase) {
        guard case .complete(let total) = testCase.expected.result else { return }
        for length in 0..<total {
            let outcome = ChunkedFeeding.whole(Array(testCase.raw[..<length]), limits: testCase.limits)
            #expect(outcome.result == .incomplete(consumed: length), "prefix of \(length)")
        }
    }

    @Test func afterCompleteItReportsCompleteWithNothingConsumedUntilReset() {
        var decoder = ChunkedBodyDecoder(maxBodyLength: 100)
        var body: [UInt8] = []
        let raw = "1\r\nx\r\n0\r\n\r\n".bytes
        #expect(raw.withUnsafeBytes { decoder.decode($0, into: &body) } == .complete(consumed: raw.count))
        #expect(raw.withUnsafeBytes { decoder.decode($0, into: &body) } == .complete(consumed: 0))
        #expect(body == "x".bytes)
        decoder.reset()
        body = []
        #expect(raw.withUnsafeBytes { decoder.decode($0, into: &body) } == .complete(consumed: raw.count))
        #expect(body == "x".bytes)
    }

    @Test func failureIsSticky() {
        var decoder = ChunkedBodyDecoder(maxBodyLength: 100)
        var body: [UInt8] = []
        #expect("z".bytes.withUnsafeBytes { decoder.decode($0, into: &body) } == .failure(.malformed("invalid chunk size")))
        #expect("0\r\n\r\n".bytes.withUnsafeBytes { decoder.decode($0, into: &body) } == .failure(.malformed("invalid chunk size")))
    }

    @Test func emptyInputConsumesNothing() {
        var decoder = ChunkedBodyDecoder(maxBodyLength: 100)
        var body: [UInt8] = []
        #expect(decoder.decode(UnsafeRawBufferPointer(start: nil, count: 0), into: &body) == .incomplete(consumed: 0))
    }

    @Test func appendsToExistingBodyBytes() {
        var decoder = ChunkedBodyDecoder(maxBodyLength: 100)
        var body = "pre-".bytes
        _ = "3\r\nabc\r\n0\r\n\r\n".bytes.withUnsafeBytes { decoder.decode($0, into: &body) }
        #expect(body == "pre-abc".bytes)
    }

    @Test func aLargeChunkArrivesInPieces() {
        let data = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let raw = "11170\r\n".bytes + data + "\r\n0\r\n\r\n".bytes
        let splits = Array(stride(from: 1, to: raw.count, by: 4093))
        let outcome = ChunkedFeeding.pieces(raw, splits: splits)
        #expect(outcome.result == .complete(consumed: raw.count))
        #expect(outcome.body == data)
    }
}
