import HTTPParser
import Testing

extension HTTPRequestHead {
    /// The head most cases expect; override only what a case is about.
    static func make(
        method: String = "GET",
        target: String = "/",
        version: HTTPVersion = .http1_1,
        headers: HTTPHeaders = ["Host": "a"],
        framing: RequestBodyFraming = .none,
        keepAlive: Bool = true,
        expectsContinue: Bool = false
    ) -> HTTPRequestHead {
        HTTPRequestHead(
            method: method, target: target, version: version, headers: headers,
            framing: framing, keepAlive: keepAlive, expectsContinue: expectsContinue)
    }
}

/// Runs the head parser the three ways picohttpparser's tests do.
enum HeadFeeding {
    static func whole(_ bytes: [UInt8], limits: HTTPParserLimits = .init()) -> HeadParseResult {
        var parser = RequestHeadParser(limits: limits)
        return bytes.withUnsafeBytes { parser.parse($0) }
    }

    /// For every split point: parse the prefix (must be undecided, or already the final
    /// answer), then the whole buffer with the same parser; must give `expected`.
    static func expectEverySplit(
        _ bytes: [UInt8], _ expected: HeadParseResult, limits: HTTPParserLimits = .init(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for split in 0...bytes.count {
            var parser = RequestHeadParser(limits: limits)
            let first = bytes.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer(rebasing: $0[..<split])) }
            if first != .incomplete {
                #expect(first == expected, "prefix of \(split) bytes", sourceLocation: sourceLocation)
                if first != expected { return }
                continue
            }
            let second = bytes.withUnsafeBytes { parser.parse($0) }
            #expect(second == expected, "split at \(split)", sourceLocation: sourceLocation)
            if second != expected { return }
        }
    }

    /// Grows the buffer one byte at a time with one parser; returns the first decided result.
    static func byteAtATime(_ bytes: [UInt8], limits: HTTPParserLimits = .init()) -> HeadParseResult {
        var parser = RequestHeadParser(limits: limits)
        for length in 0...bytes.count {
            let result = bytes.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer(rebasing: $0[..<length])) }
            if result != .incomplete { return result }
        }
        return .incomplete
    }

    static func expectAllWays(
        _ bytes: [UInt8], _ expected: HeadParseResult, limits: HTTPParserLimits = .init(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(whole(bytes, limits: limits) == expected, "whole", sourceLocation: sourceLocation)
        expectEverySplit(bytes, expected, limits: limits, sourceLocation: sourceLocation)
        #expect(byteAtATime(bytes, limits: limits) == expected, "byte at a time", sourceLocation: sourceLocation)
    }
}

/// Runs the chunked decoder whole, split at every point, and one byte at a time.
enum ChunkedFeeding {
    struct Outcome: Equatable, CustomStringConvertible {
        var result: ChunkedDecodeResult
        var body: [UInt8]
        var description: String { "\(result) body=\(String(decoding: body, as: UTF8.self).debugDescription)" }
    }

    static func make(_ limits: ChunkedLimits) -> ChunkedBodyDecoder {
        ChunkedBodyDecoder(
            maxBodyLength: limits.maxBodyLength, maxTrailerLength: limits.maxTrailerLength,
            maxExtensionLength: limits.maxExtensionLength)
    }

    static func whole(_ bytes: [UInt8], limits: ChunkedLimits = .make()) -> Outcome {
        var decoder = make(limits)
        var body: [UInt8] = []
        let result = bytes.withUnsafeBytes { decoder.decode($0, into: &body) }
        return Outcome(result: result, body: body)
    }

    /// Feeds `pieces` in order, dropping consumed bytes like a server would; the reported
    /// `consumed` of a complete body counts from the start of the first piece.
    static func pieces(_ bytes: [UInt8], splits: [Int], limits: ChunkedLimits = .make()) -> Outcome {
        var decoder = make(limits)
        var body: [UInt8] = []
        var pending: [UInt8] = []
        var consumedTotal = 0
        var start = 0
        for end in splits + [bytes.count] {
            pending += bytes[start..<end]
            start = end
            let result = pending.withUnsafeBytes { decoder.decode($0, into: &body) }
            switch result {
            case .incomplete(let consumed):
                consumedTotal += consumed
                pending.removeFirst(consumed)
            case .complete(let consumed):
                return Outcome(result: .complete(consumed: consumedTotal + consumed), body: body)
            case .failure:
                return Outcome(result: result, body: body)
            }
        }
        return Outcome(result: .incomplete(consumed: consumedTotal), body: body)
    }

    static func expectAllWays(
        _ bytes: [UInt8], _ expected: Outcome, limits: ChunkedLimits = .make(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(comparable(whole(bytes, limits: limits)) == comparable(expected), "whole", sourceLocation: sourceLocation)
        for split in 0...bytes.count {
            let outcome = pieces(bytes, splits: [split], limits: limits)
            #expect(comparable(outcome) == comparable(expected), "split at \(split)", sourceLocation: sourceLocation)
            if comparable(outcome) != comparable(expected) { return }
        }
        let everyByte = pieces(bytes, splits: Array(0..<bytes.count), limits: limits)
        #expect(comparable(everyByte) == comparable(expected), "byte at a time", sourceLocation: sourceLocation)
    }

    /// A failed body's partial data is of no use to anyone, so only the error is compared.
    private static func comparable(_ outcome: Outcome) -> Outcome {
        if case .failure = outcome.result { return Outcome(result: outcome.result, body: []) }
        return outcome
    }
}

struct ChunkedLimits: Sendable {
    var maxBodyLength: Int
    var maxTrailerLength: Int
    var maxExtensionLength: Int

    static func make(maxBodyLength: Int = 1 << 20, maxTrailerLength: Int = 8 * 1024, maxExtensionLength: Int = 4 * 1024) -> Self {
        ChunkedLimits(maxBodyLength: maxBodyLength, maxTrailerLength: maxTrailerLength, maxExtensionLength: maxExtensionLength)
    }
}

extension String {
    var bytes: [UInt8] { Array(utf8) }
}
