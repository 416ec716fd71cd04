import HTTPParser

/// A chunked body (RFC 9112 §7.1) and what decoding it must give.
struct ChunkedBodyCase: Sendable, CustomStringConvertible {
    var description: String
    var raw: [UInt8]
    var expected: ChunkedFeeding.Outcome
    var limits: ChunkedLimits

    /// A body that decodes to `body`; `trailing` bytes after it belong to the next request.
    static func valid(_ description: String, _ raw: String, body: String, trailing: String = "", limits: ChunkedLimits = .make()) -> Self {
        ChunkedBodyCase(
            description: description, raw: (raw + trailing).bytes,
            expected: .init(result: .complete(consumed: raw.utf8.count), body: body.bytes), limits: limits)
    }

    static func invalid(_ description: String, _ raw: String, _ error: HTTPParseError, limits: ChunkedLimits = .make()) -> Self {
        invalid(description, bytes: raw.bytes, error, limits: limits)
    }

    static func invalid(_ description: String, bytes: [UInt8], _ error: HTTPParseError, limits: ChunkedLimits = .make()) -> Self {
        ChunkedBodyCase(description: description, raw: bytes, expected: .init(result: .failure(error), body: []), limits: limits)
    }
}

extension ChunkedBodyCase {
    static let valid: [ChunkedBodyCase] = [
        .valid("empty body: the last chunk only", "0\r\n\r\n", body: ""),
        .valid("one chunk", "5\r\nhello\r\n0\r\n\r\n", body: "hello"),
        .valid("several chunks", "4\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\n\r\n", body: "Wikipedia in\r\n\r\nchunks."),
        .valid("hex digits in either case", "a\r\n0123456789\r\nA\r\nabcdefghij\r\n0\r\n\r\n", body: "0123456789abcdefghij"),
        .valid("leading zeros in a size", "0005\r\nhello\r\n000\r\n\r\n", body: "hello"),
        .valid("15 hex digits are still a size", "000000000000003\r\nabc\r\n0\r\n\r\n", body: "abc"),
        .valid("chunk extensions are ignored", "5;name=value\r\nhello\r\n0;last\r\n\r\n", body: "hello"),
        .valid("quoted extension values are ignored", "5;a=\"x;y \\\" z\";b\r\nhello\r\n0\r\n\r\n", body: "hello"),
        .valid("BWS before a chunk extension", "5 \t;a\r\nhello\r\n0\r\n\r\n", body: "hello"),
        .valid("trailer fields are parsed and discarded", "5\r\nhello\r\n0\r\nExpires: never\r\nX-Sum:\tabc \r\n\r\n", body: "hello"),
        .valid("chunk data may contain CRLF and NUL", "4\r\n\r\n\0\n\r\n0\r\n\r\n", body: "\r\n\0\n"),
        .valid("bytes after the body are not consumed", "3\r\nabc\r\n0\r\n\r\n", body: "abc", trailing: "GET / HTTP/1.1\r\n"),
        .valid("a body exactly at maxBodyLength", "5\r\nhello\r\n3\r\nabc\r\n0\r\n\r\n", body: "helloabc",
               limits: .make(maxBodyLength: 8)),
        .valid("trailers exactly at maxTrailerLength", "0\r\nA: b\r\nC: d\r\n\r\n", body: "",
               limits: .make(maxTrailerLength: 12)),
        .valid("extension names, token and quoted values, BWS around ; and =",
               "5 ;a = b ;c=\"d e\" ; f\r\nhello\r\n0;x=\"\"\r\n\r\n", body: "hello"),
        .valid("a quoted value may hold escapes and the line may end after it", "1;a=\"\\\\\\\"\"\r\nx\r\n0\r\n\r\n", body: "x"),
        .valid("extensions exactly at maxExtensionLength", "1;abc\r\nx\r\n0;de\r\n\r\n", body: "x",
               limits: .make(maxExtensionLength: 7)),
    ]

    static let invalid: [ChunkedBodyCase] = [
        .invalid("empty size", "\r\nhello\r\n0\r\n\r\n", .malformed("invalid chunk size")),
        .invalid("negative size", "-5\r\nhello\r\n0\r\n\r\n", .malformed("invalid chunk size")),
        .invalid("signed size", "+5\r\nhello\r\n0\r\n\r\n", .malformed("invalid chunk size")),
        .invalid("0x prefix", "0x5\r\nhello\r\n0\r\n\r\n", .malformed("invalid chunk size")),
        .invalid("whitespace before the size", " 5\r\nhello\r\n0\r\n\r\n", .malformed("invalid chunk size")),
        .invalid("whitespace after the size without an extension", "5 \r\nhello\r\n0\r\n\r\n", .malformed("invalid chunk size line")),
        .invalid("not hex", "g\r\n", .malformed("invalid chunk size")),
        .invalid("16 hex digits", "1000000000000000\r\n", .malformed("chunk size is too large")),
        .invalid("a size that overflows 64 bits", "ffffffffffffffffff\r\n", .malformed("chunk size is too large")),
        .invalid("too many leading zeros", "0000000000000001\r\nx\r\n0\r\n\r\n", .malformed("chunk size is too large")),
        .invalid("size line ends in bare LF", "5\nhello\r\n0\r\n\r\n", .malformed("invalid chunk size")),
        .invalid("size line ends in bare CR", "5\rhello\r\n0\r\n\r\n", .malformed("CR without LF")),
        .invalid("extension ends in bare LF", "5;a\nhello\r\n0\r\n\r\n", .malformed("LF without CR")),
        .invalid("NUL in an extension", bytes: "5;a".bytes + [0] + "\r\nhello\r\n0\r\n\r\n".bytes,
                 .malformed("control character in chunked body")),
        .invalid("an extension without a name", "2;\r\nab\r\n0\r\n\r\n", .malformed("chunk extension without a name")),
        .invalid("an extension of whitespace only", "2; \r\nab\r\n0\r\n\r\n", .malformed("chunk extension without a name")),
        .invalid("an extension with a value but no name", "2;=x\r\nab\r\n0\r\n\r\n", .malformed("chunk extension without a name")),
        .invalid("a second extension without a name", "2;a;\r\nab\r\n0\r\n\r\n", .malformed("chunk extension without a name")),
        .invalid("an extension on the last chunk without a name", "0;\r\n\r\n", .malformed("chunk extension without a name")),
        .invalid("'=' without a value", "2;a=\r\nab\r\n0\r\n\r\n", .malformed("chunk extension without a value after '='")),
        .invalid("an unterminated quoted value", "2;a=\"b\r\nab\r\n0\r\n\r\n", .malformed("unterminated quoted string in a chunk extension")),
        .invalid("a separator in an extension name", "2;a/b\r\nab\r\n0\r\n\r\n", .malformed("invalid chunk extension")),
        .invalid("a separator in a token value", "2;a=b/c\r\nab\r\n0\r\n\r\n", .malformed("invalid chunk extension value")),
        .invalid("bytes after a quoted value", "2;a=\"b\"c\r\nab\r\n0\r\n\r\n", .malformed("invalid chunk extension value")),
        .invalid("whitespace at the end of an extension", "2;a \r\nab\r\n0\r\n\r\n", .malformed("whitespace at the end of a chunk extension")),
        .invalid("data longer than its size", "3\r\nabcd\r\n0\r\n\r\n", .malformed("chunk data must be followed by CRLF")),
        .invalid("data followed by bare LF", "3\r\nabc\n0\r\n\r\n", .malformed("chunk data must be followed by CRLF")),
        .invalid("data followed by CR and no LF", "3\r\nabc\rx0\r\n\r\n", .malformed("chunk data must be followed by CRLF")),
        .invalid("last chunk without the final CRLF", "0\r\n\rx", .malformed("CR without LF")),
        .invalid("trailer obs-fold", "0\r\nA: b\r\n c\r\n\r\n", .malformed("obs-fold is not allowed")),
        .invalid("trailer whitespace before colon", "0\r\nA : b\r\n\r\n", .malformed("whitespace before colon")),
        .invalid("trailer without colon", "0\r\nAb\r\n\r\n", .malformed("field line without colon")),
        .invalid("trailer with an empty name", "0\r\n: b\r\n\r\n", .malformed("empty field name")),
        .invalid("trailer name with a separator", "0\r\nA(b): c\r\n\r\n", .malformed("invalid character in field name")),
        .invalid("trailer value with NUL", bytes: "0\r\nA: b".bytes + [0] + "\r\n\r\n".bytes,
                 .malformed("control character in chunked body")),
        .invalid("trailer line ends in bare LF", "0\r\nA: b\n\r\n", .malformed("LF without CR")),
        .invalid("trailer line ends in bare CR", "0\r\nA: b\rC: d\r\n\r\n", .malformed("CR without LF")),
        .invalid("one byte over maxBodyLength, found at the size line", "5\r\nhello\r\n4\r\nabcd\r\n0\r\n\r\n", .bodyTooLarge,
                 limits: .make(maxBodyLength: 8)),
        .invalid("a huge chunk is refused before its data", "fffffffffffffff\r\n", .bodyTooLarge),
        .invalid("trailers one over maxTrailerLength", "0\r\nA: b\r\nC: de\r\n\r\n", .headerSectionTooLarge,
                 limits: .make(maxTrailerLength: 12)),
        .invalid("extensions one over maxExtensionLength", "1;abc\r\nx\r\n0;def\r\n\r\n", .malformed("chunk extensions are too long"),
                 limits: .make(maxExtensionLength: 7)),
    ]
}
