import HTTPParser

/// A request the parser must accept, with the head it must produce.
struct ValidRequestCase: Sendable, CustomStringConvertible {
    var description: String
    var raw: [UInt8]
    var expected: HTTPRequestHead
    /// Bytes of `raw` that belong to the head; the rest is body or the next request.
    var headLength: Int
    var limits: HTTPParserLimits

    static func make(
        _ description: String, _ raw: String, _ expected: HTTPRequestHead = .make(),
        trailing: String = "", limits: HTTPParserLimits = .init()
    ) -> Self {
        make(description, bytes: raw.bytes, expected, trailing: trailing, limits: limits)
    }

    static func make(
        _ description: String, bytes: [UInt8], _ expected: HTTPRequestHead = .make(),
        trailing: String = "", limits: HTTPParserLimits = .init()
    ) -> Self {
        ValidRequestCase(
            description: description, raw: bytes + trailing.bytes, expected: expected,
            headLength: bytes.count, limits: limits)
    }

    var result: HeadParseResult { .complete(expected, headLength: headLength) }
}

extension ValidRequestCase {
    static let all: [ValidRequestCase] = [
        .make("minimal HTTP/1.1 request", "GET / HTTP/1.1\r\nHost: a\r\n\r\n"),
        .make(
            "curl-style request keeps every field, in order",
            "GET /items?page=2 HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n",
            .make(target: "/items?page=2", headers: [
                "Host": "localhost:8080", "User-Agent": "curl/8.5.0", "Accept": "*/*",
            ])),
        .make(
            "OWS (spaces and tabs) around a value is trimmed, inner whitespace kept",
            "GET / HTTP/1.1\r\nHost: a\r\nX-Pad: \t  one \t two \t \r\n\r\n",
            .make(headers: ["Host": "a", "X-Pad": "one \t two"])),
        .make(
            "a value needs no space after the colon",
            "GET / HTTP/1.1\r\nHost:a\r\n\r\n"),
        .make(
            "an empty value is allowed (also for Host: RFC 9110 §7.2)",
            "GET / HTTP/1.1\r\nHost:\r\nX-Empty:   \r\n\r\n",
            .make(headers: ["Host": "", "X-Empty": ""])),
        .make(
            "duplicate fields are kept in order, name case as sent",
            "GET / HTTP/1.1\r\nHost: a\r\nX-Tag: 1\r\nx-tag: 2\r\n\r\n",
            .make(headers: ["Host": "a", "X-Tag": "1", "x-tag": "2"])),
        .make(
            "every tchar is valid in a field name and in a method",
            "M-S.E_A~R!C#H$%&'*+^`| / HTTP/1.1\r\nHost: a\r\n!#$%&'*+-.^_`|~09azAZ: v\r\n\r\n",
            .make(method: "M-S.E_A~R!C#H$%&'*+^`|", headers: ["Host": "a", "!#$%&'*+-.^_`|~09azAZ": "v"])),
        .make(
            "a value may contain colons and HTAB",
            "GET / HTTP/1.1\r\nHost: a:8080\r\nX-Tab: a\tb\r\n\r\n",
            .make(headers: ["Host": "a:8080", "X-Tab": "a\tb"])),
        .make(
            "obs-text in a value is decoded as UTF-8",
            "GET / HTTP/1.1\r\nHost: a\r\nX-Name: Zoë\r\n\r\n",
            .make(headers: ["Host": "a", "X-Name": "Zoë"])),
        .make(
            "invalid UTF-8 in a value is replaced, not rejected",
            bytes: "GET / HTTP/1.1\r\nHost: a\r\nX-Bin: a".bytes + [0xFF, 0x80] + "b\r\n\r\n".bytes,
            .make(headers: ["Host": "a", "X-Bin": "a\u{FFFD}\u{FFFD}b"])),
        .make(
            "the target keeps query, percent-encoding and sub-delims as sent",
            "GET /a/b%20c;p?q=1&r=[x]@:!$'()*+,=~ HTTP/1.1\r\nHost: a\r\n\r\n",
            .make(target: "/a/b%20c;p?q=1&r=[x]@:!$'()*+,=~")),
        .make(
            "absolute-form target (RFC 9112 §3.2.2)",
            "GET http://example.com/a?b HTTP/1.1\r\nHost: example.com\r\n\r\n",
            .make(target: "http://example.com/a?b", headers: ["Host": "example.com"])),
        .make(
            "asterisk-form with OPTIONS (RFC 9112 §3.2.4)",
            "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n",
            .make(method: "OPTIONS", target: "*")),
        .make(
            "methods are case-sensitive and passed through",
            "get / HTTP/1.1\r\nHost: a\r\n\r\n",
            .make(method: "get")),
        .make(
            "Content-Length frames the body; the head ends before it",
            "POST /items HTTP/1.1\r\nHost: a\r\nContent-Length: 13\r\n\r\n",
            .make(method: "POST", target: "/items", headers: ["Host": "a", "Content-Length": "13"], framing: .contentLength(13)),
            trailing: "{\"name\":\"x\"}\n"),
        .make(
            "Content-Length: 0",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n",
            .make(method: "POST", headers: ["Host": "a", "Content-Length": "0"], framing: .contentLength(0))),
        .make(
            "Content-Length with leading zeros is decimal",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 007\r\n\r\n",
            .make(method: "POST", headers: ["Host": "a", "Content-Length": "007"], framing: .contentLength(7)),
            trailing: "1234567"),
        .make(
            "Content-Length of 18 digits fits when the limit allows",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 999999999999999999\r\n\r\n",
            .make(method: "POST", headers: ["Host": "a", "Content-Length": "999999999999999999"],
                  framing: .contentLength(999_999_999_999_999_999)),
            limits: .init(maxBodyLength: .max)),
        .make(
            "Transfer-Encoding: chunked, any case",
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: ChUnKeD\r\n\r\n",
            .make(method: "POST", headers: ["Host": "a", "Transfer-Encoding": "ChUnKeD"], framing: .chunked),
            trailing: "0\r\n\r\n"),
        .make(
            "HTTP/1.0 needs no Host and closes by default",
            "GET /old HTTP/1.0\r\n\r\n",
            .make(target: "/old", version: .http1_0, headers: [:], keepAlive: false)),
        .make(
            "HTTP/1.0 keeps the connection with Connection: keep-alive (any case)",
            "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n",
            .make(version: .http1_0, headers: ["Connection": "Keep-Alive"], keepAlive: true)),
        .make(
            "HTTP/1.1 with Connection: close",
            "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
            .make(headers: ["Host": "a", "Connection": "close"], keepAlive: false)),
        .make(
            "close found in a Connection list, case-insensitive",
            "GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade ,\tCLOSE,\r\n\r\n",
            .make(headers: ["Host": "a", "Connection": "Upgrade ,\tCLOSE,"], keepAlive: false)),
        .make(
            "close in a second Connection field",
            "GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\nConnection: close\r\n\r\n",
            .make(headers: ["Host": "a", "Connection": "keep-alive", "Connection": "close"], keepAlive: false)),
        .make(
            "a token merely containing close does not close",
            "GET / HTTP/1.1\r\nHost: a\r\nConnection: closed, x-close\r\n\r\n",
            .make(headers: ["Host": "a", "Connection": "closed, x-close"], keepAlive: true)),
        .make(
            "close wins over keep-alive on HTTP/1.0",
            "GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n",
            .make(version: .http1_0, headers: ["Connection": "keep-alive, close"], keepAlive: false)),
        .make(
            "Expect: 100-continue, any case",
            "PUT /x HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n",
            .make(method: "PUT", target: "/x",
                  headers: ["Host": "a", "Expect": "100-Continue", "Content-Length": "3"],
                  framing: .contentLength(3), expectsContinue: true),
            trailing: "abc"),
        .make(
            "100-continue is ignored on HTTP/1.0 (RFC 9110 §10.1.1)",
            "PUT /x HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n",
            .make(method: "PUT", target: "/x", version: .http1_0,
                  headers: ["Expect": "100-continue", "Content-Length": "1"],
                  framing: .contentLength(1), keepAlive: false, expectsContinue: false),
            trailing: "x"),
        .make(
            "one empty line before the request line is ignored (RFC 9112 §2.2)",
            "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"),
        .make(
            "up to four empty lines before the request line are ignored",
            "\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"),
        .make(
            "a pipelined request after the head is left for the next parse",
            "GET /1 HTTP/1.1\r\nHost: a\r\n\r\n",
            .make(target: "/1"),
            trailing: "GET /2 HTTP/1.1\r\nHost: a\r\n\r\n"),
        .make(
            "header names that only resemble framing fields are ordinary",
            "GET / HTTP/1.1\r\nHost: a\r\nContent-Lengths: x\r\nTransfer-Encodings: gzip\r\nX-Host: b\r\n\r\n",
            .make(headers: ["Host": "a", "Content-Lengths": "x", "Transfer-Encodings": "gzip", "X-Host": "b"])),
    ]
}
