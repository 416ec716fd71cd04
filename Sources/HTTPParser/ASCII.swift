/// Byte values and byte classes the parsers scan with. Everything here is a compile-time
/// constant or an inlined comparison: no globals to initialize, nothing retained per byte.
enum ASCII {
    static var tab: UInt8 { 0x09 }
    static var lf: UInt8 { 0x0A }
    static var cr: UInt8 { 0x0D }
    static var space: UInt8 { 0x20 }
    static var hash: UInt8 { 0x23 }
    static var asterisk: UInt8 { 0x2A }
    static var plus: UInt8 { 0x2B }
    static var comma: UInt8 { 0x2C }
    static var minus: UInt8 { 0x2D }
    static var dot: UInt8 { 0x2E }
    static var slash: UInt8 { 0x2F }
    static var colon: UInt8 { 0x3A }
    static var semicolon: UInt8 { 0x3B }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// SP or HTAB: the whitespace of OWS/BWS (RFC 9110 §5.6.3).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// The value of a hex digit, or nil.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> Int? {
        if byte &- 0x30 < 10 { return Int(byte &- 0x30) }
        let lower = byte | 0x20
        if lower &- 0x61 < 6 { return Int(lower &- 0x61) + 10 }
        return nil
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
}

/// Byte classes as 128-bit lookup tables held in two 64-bit constants (bit n set = byte n
/// is in the class), the register-sized form of picohttpparser's token table.
/// `ByteClassTests` checks each one against its ABNF definition.
enum ByteClass {
    /// CTL (0x00–0x1F) or DEL (0x7F) (RFC 5234 B.1): never allowed in a head, except HTAB
    /// in field values and the CRLF that ends a line.
    @inline(__always)
    static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    /// tchar (RFC 9110 §5.6.2): "!#$%&'*+-.^_`|~", DIGIT, ALPHA. Methods and field names.
    @inline(__always)
    static func isToken(_ byte: UInt8) -> Bool {
        lookup(byte, low: 0x03FF_6CFA_0000_0000, high: 0x57FF_FFFF_C7FF_FFFE)
    }

    /// Bytes allowed in a request-target: visible ASCII (0x21–0x7E) except '#', since a
    /// fragment is never sent (RFC 9112 §3.2). Bytes ≥ 0x80 must be percent-encoded.
    @inline(__always)
    static func isTarget(_ byte: UInt8) -> Bool {
        lookup(byte, low: 0xFFFF_FFF6_0000_0000, high: 0x7FFF_FFFF_FFFF_FFFF)
    }

    @inline(__always)
    private static func lookup(_ byte: UInt8, low: UInt64, high: UInt64) -> Bool {
        guard byte < 128 else { return false }
        let word = byte < 64 ? low : high
        return (word >> UInt64(byte & 63)) & 1 != 0
    }
}

extension String {
    /// ASCII case-insensitive equality, as field names and tokens compare (RFC 9110 §5.1).
    func equalsIgnoringASCIICase(_ other: String) -> Bool {
        let lhs = utf8, rhs = other.utf8
        guard lhs.count == rhs.count else { return false }
        for (a, b) in zip(lhs, rhs) where a != b {
            if ASCII.lowercased(a) != ASCII.lowercased(b) { return false }
        }
        return true
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether `self[range]` equals `lowercaseLiteral` ignoring ASCII case.
    /// `lowercaseLiteral` must be lowercase ASCII.
    @inline(__always)
    func slice(_ range: Range<Int>, equalsLowercase lowercaseLiteral: StaticString) -> Bool {
        guard range.count == lowercaseLiteral.utf8CodeUnitCount else { return false }
        let literal = lowercaseLiteral.utf8Start
        var offset = 0
        for index in range {
            if ASCII.lowercased(self[index]) != literal[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Whether `self[range]` equals `literal` exactly (methods are case-sensitive).
    @inline(__always)
    func slice(_ range: Range<Int>, equals literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let start = literal.utf8Start
        var offset = 0
        for index in range {
            if self[index] != start[offset] { return false }
            offset += 1
        }
        return true
    }

    /// `self[range]` decoded as UTF-8, invalid sequences replaced (RFC 9110 §5.5 obs-text).
    @inline(__always)
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
    }
}
