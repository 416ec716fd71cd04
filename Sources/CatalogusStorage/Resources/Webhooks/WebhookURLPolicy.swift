import CatalogusDomain
import Foundation

/// Which receiver URLs the server may send to: `http` or `https` only, and (unless the
/// server runs with `--webhooks-allow-private`) no host that resolves to a loopback,
/// link-local, private or unspecified address, so that an admin token cannot make the
/// server probe its own network.
///
/// Checked when a hook is saved, and again at every attempt (`vet`), which resolves the
/// name once and hands the sender the vetted addresses: libcurl connects to exactly
/// those (issue 20: a name that answered a public address to the check and loopback to
/// libcurl's own lookup got a signed POST delivered to loopback).
public struct WebhookURLPolicy: Sendable {
    public var allowPrivate: Bool
    public var resolver: any WebhookResolver

    public init(allowPrivate: Bool, resolver: any WebhookResolver = SystemWebhookResolver()) {
        self.allowPrivate = allowPrivate
        self.resolver = resolver
    }

    public enum Refusal: Error, Equatable, Sendable {
        case notHTTP
        case noHost
        case badPort
        case localName
        /// The address goes to the server log only: echoing it would tell an admin token
        /// what internal names resolve to.
        case privateAddress(String)
        case unresolvable

        /// What a person saving the hook reads (`DutchMessages`).
        public var code: MessageCode {
            switch self {
            case .notHTTP: .webhookURLNotHTTP
            case .noHost: .webhookURLNoHost
            case .badPort: .webhookURLBadPort
            case .localName: .webhookURLLocal
            case .privateAddress: .webhookURLPrivate
            case .unresolvable: .webhookURLUnresolvable
            }
        }

        /// The delivery log's words (English, like the rest of the operator's log).
        public var message: String {
            switch self {
            case .notHTTP: return "must be an http or https URL"
            case .noHost: return "must name a host"
            case .badPort: return "must have a port from 1 to 65535"
            case .localName: return "names this machine (localhost); the server sends only to public hosts"
            case .privateAddress:
                return "resolves to a loopback, link-local or private address; the server sends only to public ones"
            case .unresolvable: return "could not resolve the host"
            }
        }
    }

    /// When a hook is saved. A name that does not resolve passes here (it may resolve
    /// later); every attempt vets it again and fails until it does.
    public func check(_ text: String) -> Refusal? {
        switch parse(text) {
        case .failure(let refusal): return refusal
        case .success(let target):
            return refusal(of: target.literal.map { [$0] } ?? resolver.addresses(of: target.host))
        }
    }

    /// Before an attempt: the attempt's one resolution, with every address vetted. A name
    /// that does not resolve is a failed attempt, never a pass.
    package func vet(_ text: String) -> Result<WebhookTarget, Refusal> {
        switch parse(text) {
        case .failure(let refusal): return .failure(refusal)
        case .success(var target):
            let addresses = target.literal.map { [$0] } ?? resolver.addresses(of: target.host)
            guard !addresses.isEmpty else { return .failure(.unresolvable) }
            if let refusal = refusal(of: addresses) { return .failure(refusal) }
            target.addresses = addresses
            return .success(target)
        }
    }

    private func refusal(of addresses: [WebhookAddress]) -> Refusal? {
        guard !allowPrivate else { return nil }
        return addresses.first(where: Self.isPrivate).map { .privateAddress($0.text) }
    }

    /// The URL's parts, before any lookup.
    private func parse(_ text: String) -> Result<WebhookTarget, Refusal> {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return .failure(.notHTTP)
        }
        guard let host = url.host, !host.isEmpty else { return .failure(.noHost) }
        if let port = url.port, !(1...65535).contains(port) { return .failure(.badPort) }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        // A decoded %00 or control character: getaddrinfo would read the name only up to a
        // NUL, so the name looked up and the name libcurl is given would differ.
        if bare.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) { return .failure(.noHost) }
        if !allowPrivate {
            // libcurl answers `localhost` and `*.localhost` (with or without the final dot)
            // with loopback itself, without asking the resolver this check asks (RFC 6761).
            let name = bare.lowercased().hasSuffix(".") ? String(bare.lowercased().dropLast()) : bare.lowercased()
            if name == "localhost" || name.hasSuffix(".localhost") { return .failure(.localName) }
        }
        return .success(WebhookTarget(url: text, host: bare, port: url.port ?? (scheme == "https" ? 443 : 80),
                                      literal: WebhookAddress(literal: bare), addresses: []))
    }

    /// RFC 6890's special-purpose ranges that reach this host or its network.
    package static func isPrivate(_ address: WebhookAddress) -> Bool {
        switch address {
        case .v4(let b):
            guard b.count == 4 else { return true }
            return b[0] == 0 || b[0] == 10 || b[0] == 127                     // unspecified "this network", private, loopback
                || (b[0] == 169 && b[1] == 254)                              // link-local
                || (b[0] == 172 && (16...31).contains(b[1]))                 // private
                || (b[0] == 192 && b[1] == 168)                              // private
                || (b[0] == 100 && (64...127).contains(b[1]))                // carrier-grade NAT
                || b[0] >= 224                                               // multicast, reserved, broadcast
        case .v6(let b):
            guard b.count == 16 else { return true }
            if b[0..<15].allSatisfy({ $0 == 0 }) && (b[15] == 0 || b[15] == 1) { return true }  // :: and ::1
            if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF {             // ::ffff:a.b.c.d
                return isPrivate(.v4(Array(b[12..<16])))
            }
            if b[0..<12].allSatisfy({ $0 == 0 }) { return isPrivate(.v4(Array(b[12..<16]))) }  // deprecated v4-compatible
            // Addresses that carry an IPv4 address, which a translator or relay on the way
            // would reach: NAT64's well-known prefix 64:ff9b::/96 and 6to4's 2002::/16.
            if b[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return isPrivate(.v4(Array(b[12..<16]))) }
            if b[0] == 0x20 && b[1] == 0x02 { return isPrivate(.v4(Array(b[2..<6]))) }
            return (b[0] & 0xFE) == 0xFC                                     // unique local fc00::/7
                || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)                    // link-local fe80::/10
                || b[0] == 0xFF                                              // multicast
        }
    }
}

/// A receiver URL with the addresses its attempt may connect to, all of them vetted.
package struct WebhookTarget: Sendable, Equatable {
    package var url: String
    /// Without brackets; as the URL spells it (the Host header and TLS keep this name).
    package var host: String
    package var port: Int
    /// The host itself, when it is an IP literal: nothing to resolve.
    package var literal: WebhookAddress?
    package var addresses: [WebhookAddress]

    package init(url: String, host: String, port: Int, literal: WebhookAddress? = nil, addresses: [WebhookAddress]) {
        self.url = url
        self.host = host
        self.port = port
        self.literal = literal
        self.addresses = addresses
    }

    /// libcurl's `CURLOPT_RESOLVE` lines ("host:port:addr,addr"), which fill its DNS cache
    /// so that it never looks the name up itself. Also under the name without its final
    /// dot, which is the form libcurl looks up. None for an IP literal.
    package var resolveEntries: [String] {
        guard literal == nil, !addresses.isEmpty else { return [] }
        let list = addresses.map { address -> String in
            if case .v6 = address { return "[\(address.text)]" }
            return address.text
        }.joined(separator: ",")
        var names = [host]
        if host.hasSuffix("."), host.count > 1 { names.append(String(host.dropLast())) }
        return names.map { "\($0):\(port):\(list)" }
    }
}
