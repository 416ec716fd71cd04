/// Finds the end of a head line while checking its bytes.
enum LineScanner {
    enum Outcome {
        /// The line ends with the CRLF whose CR is at this offset.
        case lineEnd(carriageReturn: Int)
        /// No line end before the scan bound or buffer end; resume scanning at this offset.
        case needMore(resumeAt: Int)
    }

    /// Scans `bytes[from..<to]` (`to` ≤ `bytes.count`). A CR at the last examined position may
    /// look one byte past `to` for its LF; if that byte has not arrived, scanning resumes at the CR.
    ///
    /// RFC 9112 §2.2: a bare CR is invalid, and a bare LF is rejected too (strict: a
    /// recipient MAY accept it, but lenient line endings are a classic smuggling vector).
    /// CTL bytes other than HTAB are never valid in a head (RFC 9110 §5.5).
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) throws(HTTPParseError) -> Outcome {
        var index = from
        // Eight bytes at a time while none of them can end the line or be invalid.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= to, !mayContainControl(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        while index < to {
            let byte = bytes[index]
            // The common case first: 0x20–0x7E, obs-text (≥ 0x80) or HTAB.
            if byte &- 0x20 < 0x5F || byte >= 0x80 || byte == ASCII.tab {
                index += 1
                continue
            }
            if byte == ASCII.cr {
                guard index + 1 < bytes.count else { return .needMore(resumeAt: index) }
                guard bytes[index + 1] == ASCII.lf else { throw .malformed("CR without LF") }
                return .lineEnd(carriageReturn: index)
            }
            throw .malformed(byte == ASCII.lf ? "LF without CR" : "control character in head")
        }
        return .needMore(resumeAt: index)
    }

    /// Whether any of the eight bytes in `word` is a CTL (< 0x20, which includes CR, LF and
    /// HTAB) or DEL, using the "has a byte less than n" bit trick: subtracting n from each
    /// byte borrows into its top bit only where the byte was smaller (bytes ≥ 0x80 excluded by `& ~word`).
    @inline(__always)
    static func mayContainControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- ones &* 0x20) & ~word & highBits
        let delete = word ^ (ones &* 0x7F)
        let isDelete = (delete &- ones) & ~delete & highBits
        return belowSpace | isDelete != 0
    }
}
