import HTTPParser

/// Who sent a request that came through trusted reverse proxies: the address from
/// `Forwarded` (RFC 7239) or `X-Forwarded-For`, the scheme from `X-Forwarded-Proto` (or
/// `Forwarded: proto=`). Only ever consulted when the peer itself is a trusted proxy:
/// anyone else can write these headers.
///
/// Each proxy appends the address it received the request from, so the list reads
/// client, proxy 1, proxy 2, …; only the right end is written by our proxies. The client
/// is the right-most hop that is not itself a trusted proxy: whatever lies left of it was
/// written by someone we do not trust. A malformed list, or an unusable hop where the
/// client should be ("unknown", an obfuscated name), gives the peer: wrong for one
/// request at worst, never an address the client chose.
public struct ForwardedClient: Sendable, Equatable {
    public var address: String
    /// "http" or "https" as the proxy says the client spoke; nil when it does not say.
    public var scheme: String?

    public static func resolve(peer: String, headers: HTTPHeaders, trustedProxies: [IPNetwork]) -> ForwardedClient {
        guard trustedProxies.containsAddress(peer) else { return ForwardedClient(address: peer, scheme: nil) }
        let forwarded = headers.values(for: "Forwarded")
        let parsed: [Hop]?
        if !forwarded.isEmpty {
            parsed = ForwardedHeader.hops(forwarded.joined(separator: ","))
        } else {
            let list = headers.values(for: "X-Forwarded-For")
            parsed = list.isEmpty ? [] : XForwardedFor.hops(list.joined(separator: ","))
        }
        let scheme = Self.scheme(headers: headers, forwardedHops: parsed)
        guard let hops = parsed else { return ForwardedClient(address: peer, scheme: scheme) }
        var client = peer
        for hop in hops.reversed() {
            guard let address = hop.address else { return ForwardedClient(address: peer, scheme: scheme) }
            client = address
            if !trustedProxies.containsAddress(address) { break }
        }
        return ForwardedClient(address: client, scheme: scheme)
    }

    /// One entry of the list: an address, or nil for one that names none ("unknown").
    struct Hop: Equatable {
        var address: String?
        var proto: String?
    }

    private static func scheme(headers: HTTPHeaders, forwardedHops: [Hop]?) -> String? {
        // The right-most value: appended by the proxy nearest to us.
        if let proto = headers.values(for: "X-Forwarded-Proto").last?.split(separator: ",").last {
            return normalizedScheme(proto)
        }
        return forwardedHops?.last?.proto.flatMap { normalizedScheme($0[...]) }
    }

    private static func normalizedScheme(_ text: Substring) -> String? {
        switch text.trimmingASCIISpaces().lowercased() {
        case "http": "http"
        case "https": "https"
        default: nil
        }
    }

    /// The address of a node as written in either header: "192.0.2.1", "192.0.2.1:8080",
    /// "2001:db8::1", "[2001:db8::1]" or "[2001:db8::1]:4711"; normalized, as `inet_ntop`
    /// writes it. nil when it is no address.
    static func nodeAddress(_ text: Substring) -> String? {
        var node = text
        if node.hasPrefix("[") {
            guard let close = node.firstIndex(of: "]") else { return nil }
            let rest = node[node.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && isPort(rest.dropFirst())) else { return nil }
            node = node[node.index(after: node.startIndex)..<close]
            guard node.contains(":") else { return nil }  // brackets are for IPv6 only
        } else if node.filter({ $0 == ":" }).count == 1, let colon = node.firstIndex(of: ":") {
            // IPv4 with a port; an IPv6 address without brackets has several colons.
            guard isPort(node[node.index(after: colon)...]) else { return nil }
            node = node[..<colon]
        }
        guard let bytes = IPNetwork.bytes(of: String(node)) else { return nil }
        return ClientAddressText.format(bytes)
    }

    private static func isPort(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= 5 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

/// `X-Forwarded-For: client, proxy1, proxy2`: addresses (some proxies add a port).
enum XForwardedFor {
    static func hops(_ value: String) -> [ForwardedClient.Hop]? {
        var hops: [ForwardedClient.Hop] = []
        for part in value.split(separator: ",", omittingEmptySubsequences: false) {
            let node = part.trimmingASCIISpaces()
            guard !node.isEmpty, let address = ForwardedClient.nodeAddress(node) else { return nil }
            hops.append(ForwardedClient.Hop(address: address))
        }
        return hops
    }
}

/// RFC 7239 §4: `Forwarded: for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8:cafe::17]:4711"`.
enum ForwardedHeader {
    static func hops(_ value: String) -> [ForwardedClient.Hop]? {
        guard let elements = splitOutsideQuotes(value[...], on: ",") else { return nil }
        var hops: [ForwardedClient.Hop] = []
        for element in elements {
            guard let pairs = splitOutsideQuotes(element, on: ";") else { return nil }
            var hop = ForwardedClient.Hop()
            var sawFor = false
            for pair in pairs {
                let pair = pair.trimmingASCIISpaces()
                if pair.isEmpty { continue }
                guard let equals = pair.firstIndex(of: "=") else { return nil }
                let name = pair[..<equals].lowercased()
                guard let value = unquoted(pair[pair.index(after: equals)...]) else { return nil }
                switch name {
                case "for":
                    guard !sawFor else { return nil }
                    sawFor = true
                    // "unknown" and obfuscated identifiers ("_hidden") are allowed but name no address.
                    if value.lowercased() == "unknown" || value.hasPrefix("_") {
                        hop.address = nil
                    } else {
                        guard let address = ForwardedClient.nodeAddress(value) else { return nil }
                        hop.address = address
                    }
                case "proto": hop.proto = String(value)
                default: break
                }
            }
            // An element without for= says nothing about this hop's client: the list is unusable.
            guard sawFor else { return nil }
            hops.append(hop)
        }
        return hops.isEmpty ? nil : hops
    }

    /// A token, or a quoted-string without its quotes and escapes.
    private static func unquoted(_ text: Substring) -> Substring? {
        guard text.hasPrefix("\"") else {
            // RFC 7239 §4: a token; an IPv6 address or a port needs quotes (':' and '[' are no tchar).
            return !text.isEmpty && text.allSatisfy(isTokenCharacter) ? text : nil
        }
        guard text.count >= 2, text.hasSuffix("\"") else { return nil }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped { result.append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == "\"" { return nil }
            else { result.append(character) }
        }
        return escaped ? nil : result[...]
    }

    private static func isTokenCharacter(_ character: Character) -> Bool {
        guard character.isASCII, let value = character.asciiValue else { return false }
        return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
            || "!#$%&'*+-.^_`|~".contains(character)
    }

    /// Splits on `separator` outside quoted-strings; nil for an unterminated quote.
    private static func splitOutsideQuotes(_ text: Substring, on separator: Character) -> [Substring]? {
        var parts: [Substring] = []
        var start = text.startIndex
        var inQuotes = false
        var escaped = false
        var index = text.startIndex
        while index != text.endIndex {
            let character = text[index]
            if escaped { escaped = false }
            else if inQuotes && character == "\\" { escaped = true }
            else if character == "\"" { inQuotes.toggle() }
            else if !inQuotes && character == separator {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        guard !inQuotes else { return nil }
        parts.append(text[start...])
        return parts
    }
}
