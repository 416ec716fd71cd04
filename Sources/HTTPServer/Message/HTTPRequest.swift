import HTTPParser

/// A complete request as handlers see it: the parsed head and the whole body.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The request-target as sent: path and query, still percent-encoded.
    public var target: String { didSet { queryMark = Self.queryMark(in: target) } }
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The server's own id of this request, unique: set by the request-id middleware,
    /// logged, and recorded in the audit log.
    public var id: String = ""
    /// The client's `X-Request-Id`, when it sent an acceptable one: echoed back and kept
    /// beside `id`, never in its place (a client may send the same one twice).
    public var clientRequestID: String?
    /// The client's address as the socket sees it (a proxy's, behind one); nil in tests
    /// that build requests by hand.
    public var peerAddress: String?
    /// The client's address: the peer's, or, when the peer is a trusted proxy, the one
    /// the proxy forwarded. Every limit per client keys on its `clientNetwork`.
    public var clientAddress: String?
    /// "https" when a trusted proxy says the client spoke TLS to it (`X-Forwarded-Proto`);
    /// otherwise "http" (this server itself speaks no TLS).
    public var scheme: String = "http"

    /// The network of `clientAddress` (IPv6 by /64); nil when the address is unknown.
    public var clientNetwork: ClientNetwork? { clientAddress.map(ClientNetwork.init(address:)) }

    public init(method: String, target: String, version: HTTPVersion = .http1_1, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.method = method
        self.target = target
        queryMark = Self.queryMark(in: target)
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// The path part of the target, still percent-encoded.
    public var path: Substring {
        if let mark = queryMark { target[..<mark] } else { target[...] }
    }

    /// The raw query string after '?', or "".
    public var queryString: Substring {
        if let mark = queryMark { target[target.utf8.index(after: mark)...] } else { "" }
    }

    /// Where the first '?' of `target` is, found once per target: several steps of every
    /// request ask for the path or the query, and searching each time (by Character, then
    /// by UTF-8 index) showed in profiles. '?' is ASCII, so the index is a scalar boundary
    /// and slices the String cleanly.
    private var queryMark: String.Index?

    private static func queryMark(in target: String) -> String.Index? {
        let offset = target.utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: UInt8(ascii: "?")) }
            ?? target.utf8.firstIndex(of: UInt8(ascii: "?")).map { target.utf8.distance(from: target.utf8.startIndex, to: $0) }
        return offset.map { target.utf8.index(target.utf8.startIndex, offsetBy: $0) }
    }

    /// Query parameters, decoded (`+` as space, percent escapes), in order, duplicates kept.
    public var query: QueryParameters { QueryParameters(parsing: queryString) }
}

/// The decoded `name=value` pairs of a query string.
public struct QueryParameters: Sendable, Sequence {
    public private(set) var pairs: [(name: String, value: String)]

    public init(parsing query: Substring) {
        pairs = []
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            if let equals = part.firstIndex(of: "=") {
                pairs.append((PercentDecoding.decode(part[..<equals], plusAsSpace: true) ?? "",
                              PercentDecoding.decode(part[part.index(after: equals)...], plusAsSpace: true) ?? ""))
            } else {
                pairs.append((PercentDecoding.decode(part, plusAsSpace: true) ?? "", ""))
            }
        }
    }

    public subscript(name: String) -> String? { pairs.first(where: { $0.name == name })?.value }
    public var names: [String] { pairs.map(\.name) }
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { pairs.makeIterator() }
}

enum PercentDecoding {
    /// Decodes %XX escapes; nil when an escape is malformed or the result is not UTF-8.
    static func decode(_ text: Substring, plusAsSpace: Bool) -> String? {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) else {
            return String(text)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%") {
                let high = utf8.index(after: index)
                guard high != utf8.endIndex else { return nil }
                let low = utf8.index(after: high)
                guard low != utf8.endIndex, let h = hexValue(utf8[high]), let l = hexValue(utf8[low]) else { return nil }
                bytes.append(h << 4 | l)
                index = utf8.index(after: low)
            } else {
                bytes.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index = utf8.index(after: index)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
