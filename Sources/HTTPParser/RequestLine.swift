/// The request line (RFC 9112 §3): `method SP request-target SP HTTP-version`.
struct RequestLine: Sendable, Equatable {
    var method: String
    var target: String
    var version: HTTPVersion

    /// Parses `bytes[line]` (the line without its CRLF). Control bytes other than HTAB were
    /// already rejected while scanning for the line end; HTAB is rejected here.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) throws(HTTPParseError) -> RequestLine {
        var index = line.lowerBound
        let end = line.upperBound

        // method = token, ended by exactly one SP.
        while index < end, ByteClass.isToken(bytes[index]) {
            index += 1
        }
        let methodRange = line.lowerBound..<index
        guard !methodRange.isEmpty else { throw .malformed("invalid method") }
        guard index < end, bytes[index] == ASCII.space else { throw .malformed("invalid method") }
        index += 1

        // request-target: visible ASCII, no '#'; a second SP here means the separators are wrong.
        let targetStart = index
        while index < end, ByteClass.isTarget(bytes[index]) {
            index += 1
        }
        let targetRange = targetStart..<index
        guard !targetRange.isEmpty else {
            throw .malformed(index < end && bytes[index] == ASCII.space
                ? "request line must use single spaces" : "invalid request-target")
        }
        guard index < end, bytes[index] == ASCII.space else { throw .malformed("invalid request-target") }
        index += 1

        let version = try parseVersion(bytes, index..<end)
        try validateTargetForm(bytes, targetRange, methodRange)
        return RequestLine(method: bytes.string(methodRange), target: bytes.string(targetRange), version: version)
    }

    /// HTTP-version = "HTTP" "/" DIGIT "." DIGIT, case-sensitive (RFC 9112 §2.3).
    private static func parseVersion(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(HTTPParseError) -> HTTPVersion {
        let start = range.lowerBound
        guard range.count == 8,
              bytes[start] == 0x48, bytes[start + 1] == 0x54, bytes[start + 2] == 0x54,
              bytes[start + 3] == 0x50, bytes[start + 4] == ASCII.slash,
              ASCII.isDigit(bytes[start + 5]), bytes[start + 6] == ASCII.dot, ASCII.isDigit(bytes[start + 7])
        else { throw .malformed("invalid HTTP version") }
        switch (bytes[start + 5], bytes[start + 7]) {
        case (0x31, 0x30): return .http1_0
        case (0x31, 0x31): return .http1_1
        default: throw .unsupportedVersion
        }
    }

    /// Accepts origin-form, absolute-form (`scheme://…`) and asterisk-form for OPTIONS
    /// (RFC 9112 §3.2). Authority-form (CONNECT, for tunnels) is not served here.
    private static func validateTargetForm(
        _ bytes: UnsafeBufferPointer<UInt8>, _ target: Range<Int>, _ method: Range<Int>
    ) throws(HTTPParseError) {
        let first = bytes[target.lowerBound]
        if first == ASCII.slash { return }
        if first == ASCII.asterisk, target.count == 1 {
            guard bytes.slice(method, equals: "OPTIONS") else {
                throw .malformed("asterisk-form is only allowed with OPTIONS")
            }
            return
        }
        // absolute-form: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then "://".
        guard ASCII.isAlpha(first) else { throw .malformed("invalid request-target") }
        var index = target.lowerBound + 1
        while index < target.upperBound {
            let byte = bytes[index]
            guard ASCII.isAlpha(byte) || ASCII.isDigit(byte) || byte == ASCII.plus || byte == ASCII.minus || byte == ASCII.dot else { break }
            index += 1
        }
        guard target.upperBound - index >= 3,
              bytes[index] == ASCII.colon, bytes[index + 1] == ASCII.slash, bytes[index + 2] == ASCII.slash
        else {
            // host ":" port looks like a scheme followed by digits.
            let looksLikeAuthority = target.upperBound - index >= 2 && bytes[index] == ASCII.colon
                && ASCII.isDigit(bytes[index + 1])
            throw .malformed(looksLikeAuthority ? "authority-form is not supported" : "invalid request-target")
        }
    }
}
