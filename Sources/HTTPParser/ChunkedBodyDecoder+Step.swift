/// The byte-at-a-time part of the chunked decoder: size lines, chunk delimiters and trailers.
/// chunked-body = *chunk last-chunk trailer-section CRLF (RFC 9112 §7.1)
extension ChunkedBodyDecoder {
    mutating func step(_ byte: UInt8) throws(HTTPParseError) {
        switch state {
        case .size:
            try stepSize(byte)
        case .sizeWhitespace:
            // BWS before ";" only: "5 \r\n" has nothing for the whitespace to separate.
            try countExtensionByte()
            if byte == ASCII.semicolon {
                state = .extensionNameStart
            } else if !ASCII.isWhitespace(byte) {
                throw .malformed("invalid chunk size line")
            }
        case .extensionNameStart, .extensionName, .extensionAfterName, .extensionValueStart,
             .extensionToken, .extensionQuoted, .extensionQuotedPair, .extensionClosed, .extensionAfterValue:
            if byte == ASCII.cr {
                try endExtension()
                state = .sizeLineFeed
            } else {
                try checkLineByte(byte)
                try countExtensionByte()
                try stepExtension(byte)
            }
        case .sizeLineFeed:
            guard byte == ASCII.lf else { throw .malformed("CR without LF") }
            if chunkSize == 0 {
                state = .trailerLineStart
            } else {
                remainingInChunk = chunkSize
                state = .data
            }
            chunkSize = 0
            sizeDigits = 0
        case .dataCarriageReturn:
            guard byte == ASCII.cr else { throw .malformed("chunk data must be followed by CRLF") }
            state = .dataLineFeed
        case .dataLineFeed:
            guard byte == ASCII.lf else { throw .malformed("chunk data must be followed by CRLF") }
            state = .size
        case .trailerLineStart, .trailerName, .trailerValue, .trailerLineFeed, .finalLineFeed:
            try stepTrailer(byte)
        case .data, .done:
            preconditionFailure("ChunkedBodyDecoder.step called in state \(state)")
        }
    }

    /// chunk-size = 1*HEXDIG: no sign, no "0x", no whitespace before it.
    private mutating func stepSize(_ byte: UInt8) throws(HTTPParseError) {
        if let digit = ASCII.hexValue(byte) {
            guard sizeDigits < Self.maxSizeDigits else { throw .malformed("chunk size is too large") }
            chunkSize = chunkSize << 4 | digit
            sizeDigits += 1
            return
        }
        guard sizeDigits > 0 else { throw .malformed("invalid chunk size") }
        // The size line is complete enough to know the total: refuse before reading the data.
        guard chunkSize <= maxBodyLength - bodyLength else { throw .bodyTooLarge }
        bodyLength += chunkSize
        switch byte {
        case ASCII.cr:
            state = .sizeLineFeed
        case ASCII.semicolon:
            try countExtensionByte()
            state = .extensionNameStart
        case ASCII.space, ASCII.tab:
            try countExtensionByte()
            state = .sizeWhitespace
        default:
            throw .malformed("invalid chunk size")
        }
    }

    /// trailer-section = *( field-line CRLF ), parsed like header fields, then discarded.
    private mutating func stepTrailer(_ byte: UInt8) throws(HTTPParseError) {
        switch state {
        case .trailerLineStart:
            if byte == ASCII.cr {
                state = .finalLineFeed
                return
            }
            try countTrailerByte()
            if ASCII.isWhitespace(byte) { throw .malformed("obs-fold is not allowed") }
            guard ByteClass.isToken(byte) else {
                throw .malformed(byte == ASCII.colon ? "empty field name" : "invalid character in field name")
            }
            state = .trailerName
        case .trailerName:
            try countTrailerByte()
            if byte == ASCII.colon {
                state = .trailerValue
            } else if ASCII.isWhitespace(byte) {
                throw .malformed("whitespace before colon")
            } else if !ByteClass.isToken(byte) {
                throw .malformed(byte == ASCII.cr ? "field line without colon" : "invalid character in field name")
            }
        case .trailerValue:
            try countTrailerByte()
            if byte == ASCII.cr {
                state = .trailerLineFeed
            } else {
                try checkLineByte(byte)
            }
        case .trailerLineFeed:
            try countTrailerByte()
            guard byte == ASCII.lf else { throw .malformed("CR without LF") }
            state = .trailerLineStart
        case .finalLineFeed:
            guard byte == ASCII.lf else { throw .malformed("CR without LF") }
            state = .done
        default:
            preconditionFailure("not a trailer state: \(state)")
        }
    }

    /// Rejects CTLs (except HTAB) inside a line, as in the head (RFC 9110 §5.5).
    @inline(__always)
    func checkLineByte(_ byte: UInt8) throws(HTTPParseError) {
        guard !ByteClass.isControl(byte) || byte == ASCII.tab else {
            throw .malformed(byte == ASCII.lf ? "LF without CR" : "control character in chunked body")
        }
    }

    mutating func countExtensionByte() throws(HTTPParseError) {
        extensionLength += 1
        if extensionLength > maxExtensionLength { throw .malformed("chunk extensions are too long") }
    }

    private mutating func countTrailerByte() throws(HTTPParseError) {
        trailerLength += 1
        if trailerLength > maxTrailerLength { throw .headerSectionTooLarge }
    }
}
