#if canImport(Glibc)
import Glibc
#endif

/// The network a client address belongs to, the unit of every limit per client (body
/// budget, sign-in attempts, lockouts): an IPv4 address stands for itself, an IPv6 address
/// counts by its /64, since one subscriber is routinely handed a whole /64 and could
/// otherwise rotate through 2^64 addresses. An IPv4-mapped IPv6 address is its IPv4 one.
public struct ClientNetwork: Hashable, Sendable, CustomStringConvertible {
    /// "192.0.2.7" or "2001:db8:1:2::/64"; text that is no address stays as it was.
    public let description: String

    public init(address: String) {
        description = Self.networkText(of: address)
    }

    private static func networkText(of address: String) -> String {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 { return format(AF_INET, &v4) ?? address }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, address, &v6) == 1 else { return address }
        return withUnsafeMutableBytes(of: &v6) { bytes -> String in
            let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]
            if Array(bytes[0..<12]) == mappedPrefix {
                var mapped = in_addr()
                withUnsafeMutableBytes(of: &mapped) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[12..<16])) }
                return format(AF_INET, &mapped) ?? address
            }
            for index in 8..<16 { bytes[index] = 0 }
            guard let base = bytes.baseAddress, let text = format(AF_INET6, base) else { return address }
            return text + "/64"
        }
    }

    private static func format(_ family: Int32, _ raw: UnsafeRawPointer) -> String? {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        return inet_ntop(family, raw, &text, socklen_t(text.count)).map { _ in String(cString: text) }
    }
}
