#if canImport(Glibc)
import Glibc
#endif

/// One IP address of a receiver, as bytes in network order.
public enum WebhookAddress: Hashable, Sendable {
    case v4([UInt8])
    case v6([UInt8])

    /// The address if `text` is an IPv4 or IPv6 literal (without brackets), else nil.
    public init?(literal text: String) {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            self = .v4(withUnsafeBytes(of: &v4) { Array($0) })
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            self = .v6(withUnsafeBytes(of: &v6) { Array($0) })
            return
        }
        return nil
    }

    /// Dotted or colon form, as libcurl's `CURLOPT_RESOLVE` and the server log want it.
    public var text: String {
        switch self {
        case .v4(let b): return b.map(String.init).joined(separator: ".")
        case .v6(let b):
            return stride(from: 0, to: 16, by: 2).map { String(UInt16(b[$0]) << 8 | UInt16(b[$0 + 1]), radix: 16) }.joined(separator: ":")
        }
    }
}

/// Where a receiver's host name is looked up: the system's resolver in the server, a
/// scripted one in tests (a name that answers a public address first and loopback
/// after, as DNS rebinding does).
public protocol WebhookResolver: Sendable {
    /// Every address of `host`; empty when it does not resolve.
    func addresses(of host: String) -> [WebhookAddress]
}

/// getaddrinfo, as libcurl itself would ask.
public struct SystemWebhookResolver: WebhookResolver {
    public init() {}

    public func addresses(of host: String) -> [WebhookAddress] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [WebhookAddress] = []
        var next: UnsafeMutablePointer<addrinfo>? = first
        while let info = next {
            if let address = info.pointee.ai_addr.flatMap({ WebhookAddress(socketAddress: UnsafeRawPointer($0)) }),
               !addresses.contains(address) {
                addresses.append(address)
            }
            next = info.pointee.ai_next
        }
        return addresses
    }
}

extension WebhookAddress {
    /// The address of a `sockaddr_in` or `sockaddr_in6`; nil for other families.
    package init?(socketAddress pointer: UnsafeRawPointer) {
        switch Int32(pointer.load(as: sockaddr.self).sa_family) {
        case AF_INET:
            var raw = pointer.loadUnaligned(as: sockaddr_in.self).sin_addr
            self = .v4(withUnsafeBytes(of: &raw) { Array($0) })
        case AF_INET6:
            var raw = pointer.loadUnaligned(as: sockaddr_in6.self).sin6_addr
            self = .v6(withUnsafeBytes(of: &raw) { Array($0) })
        default:
            return nil
        }
    }
}
