/// Chunk extensions (RFC 9112 §7.1.1), checked against their grammar and then ignored:
///
///     chunk-ext     = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
///     chunk-ext-val = token / quoted-string
///
/// A nameless extension (`2;`, `2; `, `2;=x`) is rejected like any other malformed size
/// line: recipients that disagree on where a size line ends can be made to disagree on
/// where the body ends.
extension ChunkedBodyDecoder {
    /// One byte of the extension part of a size line, other than its CR; control bytes
    /// were already rejected.
    mutating func stepExtension(_ byte: UInt8) throws(HTTPParseError) {
        let isSpace = ASCII.isWhitespace(byte)
        switch state {
        case .extensionNameStart:
            guard !isSpace else { return }
            guard ByteClass.isToken(byte) else { throw .malformed("chunk extension without a name") }
            state = .extensionName
        case .extensionName, .extensionAfterName:
            if ByteClass.isToken(byte) && state == .extensionName { return }
            if isSpace {
                state = .extensionAfterName
            } else if byte == Self.equals {
                state = .extensionValueStart
            } else if byte == ASCII.semicolon {
                state = .extensionNameStart
            } else {
                throw .malformed("invalid chunk extension")
            }
        case .extensionValueStart:
            if isSpace { return }
            if byte == Self.quote {
                state = .extensionQuoted
            } else if ByteClass.isToken(byte) {
                state = .extensionToken
            } else {
                throw .malformed("invalid chunk extension value")
            }
        case .extensionToken, .extensionClosed, .extensionAfterValue:
            if ByteClass.isToken(byte) && state == .extensionToken { return }
            if isSpace {
                state = .extensionAfterValue
            } else if byte == ASCII.semicolon {
                state = .extensionNameStart
            } else {
                throw .malformed("invalid chunk extension value")
            }
        case .extensionQuoted:
            // qdtext: HTAB, SP, visible ASCII but DQUOTE and backslash, obs-text.
            if byte == Self.quote {
                state = .extensionClosed
            } else if byte == Self.backslash {
                state = .extensionQuotedPair
            }
        case .extensionQuotedPair:
            state = .extensionQuoted  // quoted-pair: any HTAB, SP, VCHAR or obs-text
        default:
            preconditionFailure("not a chunk-extension state: \(state)")
        }
    }

    /// The CR that ends the size line arrived during an extension.
    func endExtension() throws(HTTPParseError) {
        switch state {
        case .extensionName, .extensionToken, .extensionClosed:
            return
        case .extensionNameStart:
            throw .malformed("chunk extension without a name")
        case .extensionValueStart:
            throw .malformed("chunk extension without a value after '='")
        case .extensionQuoted, .extensionQuotedPair:
            throw .malformed("unterminated quoted string in a chunk extension")
        default:
            // BWS comes only before ';' or '=', never at the end of the line.
            throw .malformed("whitespace at the end of a chunk extension")
        }
    }

    static var equals: UInt8 { 0x3D }
    static var quote: UInt8 { 0x22 }
    static var backslash: UInt8 { 0x5C }
}
