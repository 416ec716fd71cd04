/// One field line (RFC 9112 §5): `field-name ":" OWS field-value OWS`.
/// Shared by the request head and chunked trailers.
enum FieldLine {
    /// Splits `bytes[line]` (without its CRLF) into name and trimmed value ranges.
    /// Control bytes other than HTAB were rejected while scanning for the line end.
    /// - Parameter isFirst: the line directly follows the start line, where leading
    ///   whitespace is not a fold but an attempt to hide a field (RFC 9112 §2.2).
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, isFirst: Bool
    ) throws(HTTPParseError) -> (name: Range<Int>, value: Range<Int>) {
        let start = line.lowerBound, end = line.upperBound
        // RFC 9112 §5.2: obs-fold is obsolete; a server may reject it with 400, and we do.
        if ASCII.isWhitespace(bytes[start]) {
            throw .malformed(isFirst ? "whitespace before the first field line" : "obs-fold is not allowed")
        }
        var index = start
        while index < end, ByteClass.isToken(bytes[index]) {
            index += 1
        }
        guard index < end else { throw .malformed("field line without colon") }
        if bytes[index] != ASCII.colon {
            // RFC 9112 §5.1: whitespace between name and colon MUST be rejected with 400;
            // proxies disagree on whether it is part of the name (request smuggling).
            var after = index
            while after < end, ASCII.isWhitespace(bytes[after]) { after += 1 }
            let beforeColon = after > index && after < end && bytes[after] == ASCII.colon
            throw .malformed(beforeColon ? "whitespace before colon" : "invalid character in field name")
        }
        guard index > start else { throw .malformed("empty field name") }
        let name = start..<index

        var valueStart = index + 1
        while valueStart < end, ASCII.isWhitespace(bytes[valueStart]) { valueStart += 1 }
        var valueEnd = end
        while valueEnd > valueStart, ASCII.isWhitespace(bytes[valueEnd - 1]) { valueEnd -= 1 }
        return (name, valueStart..<valueEnd)
    }
}
