import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which receiver URLs the server may send to: `http` or `https` only, and (unless the
/// server runs with `--webhooks-allow-private`) no host that resolves to a loopback,
/// link-local, private or unspecified address, so that an admin token cannot make the
/// server probe its own network. Checked when a hook is saved and again before every
/// attempt, since DNS can change in between.
public struct WebhookURLPolicy: Sendable {
    public var allowPrivate: Bool

    public init(allowPrivate: Bool) { self.allowPrivate = allowPrivate }

    public enum Refusal: Error, Equatable, Sendable {
        case notHTTP
        case noHost
        case badPort
        case localName
        case privateAddress(String)
        public var message: String {
            switch self {
            case .notHTTP: return "must be an http or https URL"
            case .noHost: return "must name a host"
            case .badPort: return "must have a port from 1 to 65535"
            case .localName: return "names this machine (localhost); the server sends only to public hosts"
            case .privateAddress(let address):
                return "resolves to \(address), a loopback, link-local or private address; the server sends only to public ones"
            }
        }
    }

    /// Unresolvable hosts pass: they may resolve later, and the delivery just fails until then.
    public func check(_ text: String) -> Refusal? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return .notHTTP
        }
        guard let host = url.host, !host.isEmpty else { return .noHost }
        if let port = url.port, !(1...65535).contains(port) { return .badPort }
        guard !allowPrivate else { return nil }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        // libcurl answers `localhost` and `*.localhost` (with or without the final dot)
        // with loopback itself, without asking the resolver this check asks (RFC 6761).
        let name = bare.lowercased().hasSuffix(".") ? String(bare.lowercased().dropLast()) : bare.lowercased()
        if name == "localhost" || name.hasSuffix(".localhost") { return .localName }
        for address in Self.resolve(bare) where Self.isPrivate(address) {
            return .privateAddress(Self.describe(address))
        }
        return nil
    }

    enum Address: Equatable {
        case v4([UInt8])
        case v6([UInt8])
    }

    static func resolve(_ host: String) -> [Address] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [Address] = []
        var next: UnsafeMutablePointer<addrinfo>? = first
        while let info = next {
            if info.pointee.ai_family == AF_INET, let sockaddr = info.pointee.ai_addr {
                sockaddr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                    var raw = pointer.pointee.sin_addr
                    addresses.append(.v4(withUnsafeBytes(of: &raw) { Array($0) }))
                }
            } else if info.pointee.ai_family == AF_INET6, let sockaddr = info.pointee.ai_addr {
                sockaddr.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                    var raw = pointer.pointee.sin6_addr
                    addresses.append(.v6(withUnsafeBytes(of: &raw) { Array($0) }))
                }
            }
            next = info.pointee.ai_next
        }
        return addresses
    }

    /// RFC 6890's special-purpose ranges that reach this host or its network.
    static func isPrivate(_ address: Address) -> Bool {
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
            return (b[0] & 0xFE) == 0xFC                                     // unique local fc00::/7
                || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)                    // link-local fe80::/10
                || b[0] == 0xFF                                              // multicast
        }
    }

    static func describe(_ address: Address) -> String {
        switch address {
        case .v4(let b): return b.map(String.init).joined(separator: ".")
        case .v6(let b):
            return stride(from: 0, to: 16, by: 2).map { String(UInt16(b[$0]) << 8 | UInt16(b[$0 + 1]), radix: 16) }.joined(separator: ":")
        }
    }
}
