import HTTPParser

/// A request the parser must reject, and the error it must reject it with.
struct InvalidRequestCase: Sendable, CustomStringConvertible {
    var description: String
    var raw: [UInt8]
    var error: HTTPParseError
    var limits: HTTPParserLimits

    static func make(_ description: String, _ raw: String, _ error: HTTPParseError, limits: HTTPParserLimits = .init()) -> Self {
        InvalidRequestCase(description: description, raw: raw.bytes, error: error, limits: limits)
    }

    static func make(_ description: String, bytes: [UInt8], _ error: HTTPParseError, limits: HTTPParserLimits = .init()) -> Self {
        InvalidRequestCase(description: description, raw: bytes, error: error, limits: limits)
    }
}

extension InvalidRequestCase {
    /// Request line (RFC 9112 §3).
    static let requestLine: [InvalidRequestCase] = [
        .make("empty method", " / HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid method")),
        .make("non-token byte in method", "GE(T / HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid method")),
        .make("HTAB is not a separator", "GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid method")),
        .make("two spaces after the method", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n",
              .malformed("request line must use single spaces")),
        .make("two spaces before the version", "GET /  HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid HTTP version")),
        .make("space after the version", "GET / HTTP/1.1 \r\nHost: a\r\n\r\n", .malformed("invalid HTTP version")),
        .make("no target", "GET HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid request-target")),
        .make("no version", "GET /\r\nHost: a\r\n\r\n", .malformed("invalid request-target")),
        .make("method only", "GET\r\nHost: a\r\n\r\n", .malformed("invalid method")),
        .make("fragment in the target", "GET /a#b HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid request-target")),
        .make("space inside the target", "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid HTTP version")),
        .make("HTAB inside the target", "GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid request-target")),
        .make("non-ASCII byte in the target", bytes: "GET /".bytes + [0xC3, 0xA9] + " HTTP/1.1\r\nHost: a\r\n\r\n".bytes,
              .malformed("invalid request-target")),
        .make("asterisk-form with GET", "GET * HTTP/1.1\r\nHost: a\r\n\r\n",
              .malformed("asterisk-form is only allowed with OPTIONS")),
        .make("asterisk-form needs OPTIONS in upper case", "options * HTTP/1.1\r\nHost: a\r\n\r\n",
              .malformed("asterisk-form is only allowed with OPTIONS")),
        .make("authority-form (CONNECT) is not served", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
              .malformed("authority-form is not supported")),
        .make("a relative target", "GET a/b HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid request-target")),
        .make("a scheme without //", "GET http:/a HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid request-target")),
        .make("an asterisk followed by more", "OPTIONS *a HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("invalid request-target")),
        .make("lowercase protocol name", "GET / http/1.1\r\nHost: a\r\n\r\n", .malformed("invalid HTTP version")),
        .make("two-digit minor version", "GET / HTTP/1.10\r\nHost: a\r\n\r\n", .malformed("invalid HTTP version")),
        .make("version without minor", "GET / HTTP/1\r\nHost: a\r\n\r\n", .malformed("invalid HTTP version")),
        .make("HTTP/2.0 is well-formed but unsupported", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", .unsupportedVersion),
        .make("HTTP/1.2 is well-formed but unsupported", "GET / HTTP/1.2\r\nHost: a\r\n\r\n", .unsupportedVersion),
        .make("HTTP/0.9 is well-formed but unsupported", "GET / HTTP/0.9\r\n\r\n", .unsupportedVersion),
        .make("five empty lines before the request line", "\r\n\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
              .malformed("too many empty lines before the request line")),
    ]

    /// Line endings and control bytes (RFC 9112 §2.2, RFC 9110 §5.5).
    static let bytesAndLines: [InvalidRequestCase] = [
        .make("bare LF ends the request line", "GET / HTTP/1.1\nHost: a\r\n\r\n", .malformed("LF without CR")),
        .make("bare LF ends a field line", "GET / HTTP/1.1\r\nHost: a\n\r\n", .malformed("LF without CR")),
        .make("bare LF as the final empty line", "GET / HTTP/1.1\r\nHost: a\r\n\n", .malformed("LF without CR")),
        .make("bare LF as a leading empty line", "\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("LF without CR")),
        .make("bare CR inside the request line", "GET /\r HTTP/1.1\r\nHost: a\r\n\r\n", .malformed("CR without LF")),
        .make("bare CR ends the request line", "GET / HTTP/1.1\rHost: a\r\n\r\n", .malformed("CR without LF")),
        .make("bare CR inside a value", "GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n", .malformed("CR without LF")),
        .make("CR CR LF", "GET / HTTP/1.1\r\r\nHost: a\r\n\r\n", .malformed("CR without LF")),
        .make("NUL in the target", bytes: "GET /".bytes + [0] + " HTTP/1.1\r\nHost: a\r\n\r\n".bytes,
              .malformed("control character in head")),
        .make("NUL in a value", bytes: "GET / HTTP/1.1\r\nHost: a".bytes + [0] + "\r\n\r\n".bytes,
              .malformed("control character in head")),
        .make("NUL in a field name", bytes: "GET / HTTP/1.1\r\nHo".bytes + [0] + "st: a\r\n\r\n".bytes,
              .malformed("control character in head")),
        .make("DEL in a value", "GET / HTTP/1.1\r\nHost: a\u{7F}\r\n\r\n", .malformed("control character in head")),
        .make("ESC in a value", "GET / HTTP/1.1\r\nHost: a\u{1B}[31m\r\n\r\n", .malformed("control character in head")),
        .make("a TLS handshake is rejected at its first byte", bytes: [0x16, 0x03, 0x01, 0x02, 0x00],
              .malformed("control character in head")),
    ]

    /// Field lines (RFC 9112 §5).
    static let fields: [InvalidRequestCase] = [
        .make("obs-fold with SP", "GET / HTTP/1.1\r\nHost: a\r\nX: one\r\n two\r\n\r\n", .malformed("obs-fold is not allowed")),
        .make("obs-fold with HTAB", "GET / HTTP/1.1\r\nHost: a\r\nX: one\r\n\ttwo\r\n\r\n", .malformed("obs-fold is not allowed")),
        .make("whitespace before the first field line", "GET / HTTP/1.1\r\n Host: a\r\n\r\n",
              .malformed("whitespace before the first field line")),
        .make("SP between name and colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", .malformed("whitespace before colon")),
        .make("HTAB between name and colon", "GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", .malformed("whitespace before colon")),
        .make("SP inside a name", "GET / HTTP/1.1\r\nHost: a\r\nX Y: b\r\n\r\n", .malformed("invalid character in field name")),
        .make("empty name", "GET / HTTP/1.1\r\nHost: a\r\n: b\r\n\r\n", .malformed("empty field name")),
        .make("no colon", "GET / HTTP/1.1\r\nHost: a\r\nJustAName\r\n\r\n", .malformed("field line without colon")),
        .make("separator in a name", "GET / HTTP/1.1\r\nHost: a\r\nX(Y): b\r\n\r\n", .malformed("invalid character in field name")),
        .make("non-ASCII in a name", "GET / HTTP/1.1\r\nHost: a\r\nZoë: b\r\n\r\n", .malformed("invalid character in field name")),
        .make("HTTP/1.1 without Host (RFC 9112 §3.2)", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", .malformed("missing Host field")),
        .make("two Host fields", "GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n", .malformed("multiple Host fields")),
    ]

    /// Message body framing (RFC 9112 §6) and expectations (RFC 9110 §10.1.1).
    static let framing: [InvalidRequestCase] = [
        .make("Content-Length then Transfer-Encoding",
              "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
              .malformed("both Content-Length and Transfer-Encoding")),
        .make("Transfer-Encoding then Content-Length",
              "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n",
              .malformed("both Content-Length and Transfer-Encoding")),
        .make("two equal Content-Length fields",
              "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\n",
              .malformed("multiple Content-Length fields")),
        .make("Content-Length list", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n\r\n", .malformed("invalid Content-Length")),
        .make("Content-Length with plus sign", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\n", .malformed("invalid Content-Length")),
        .make("negative Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", .malformed("invalid Content-Length")),
        .make("hex Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x5\r\n\r\n", .malformed("invalid Content-Length")),
        .make("Content-Length with trailing garbage", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5a\r\n\r\n",
              .malformed("invalid Content-Length")),
        .make("Content-Length with inner space", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1 2\r\n\r\n",
              .malformed("invalid Content-Length")),
        .make("empty Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \r\n\r\n", .malformed("invalid Content-Length")),
        .make("Content-Length of 19 digits", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000000000000000\r\n\r\n",
              .malformed("Content-Length is too large"), limits: .init(maxBodyLength: .max)),
        .make("Content-Length that overflows Int64", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n",
              .malformed("Content-Length is too large")),
        .make("Content-Length over maxBodyLength", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1048577\r\n\r\n", .bodyTooLarge),
        .make("gzip before chunked", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
              .malformed("unsupported Transfer-Encoding")),
        .make("identity", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: identity\r\n\r\n", .malformed("unsupported Transfer-Encoding")),
        .make("chunked twice in a list", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n",
              .malformed("unsupported Transfer-Encoding")),
        .make("chunked with a parameter", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked;q=1\r\n\r\n",
              .malformed("unsupported Transfer-Encoding")),
        .make("empty Transfer-Encoding", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \r\n\r\n",
              .malformed("unsupported Transfer-Encoding")),
        .make("two Transfer-Encoding fields", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
              .malformed("multiple Transfer-Encoding fields")),
        .make("Transfer-Encoding in HTTP/1.0 (RFC 9112 §6.1)", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n",
              .malformed("Transfer-Encoding is not allowed in HTTP/1.0")),
        .make("an expectation other than 100-continue", "PUT / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\n\r\n", .expectationFailed),
        .make("100-continue plus another expectation", "PUT / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue, x\r\n\r\n",
              .expectationFailed),
    ]

    static let all = requestLine + bytesAndLines + fields + framing
}
