#if canImport(Glibc)
import Glibc
#endif

/// An address range in CIDR notation ("10.0.0.0/8", "2001:db8::/32", or one address,
/// "192.0.2.7" meaning /32 and "::1" meaning /128), for `--trusted-proxy`. Parsed
/// strictly: a typo in a trust setting must stop the server, not trust something else.
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    /// The address bytes with the host bits cleared: 4 for IPv4, 16 for IPv6.
    let prefix: [UInt8]
    public let prefixLength: Int

    public struct ParseError: Error, CustomStringConvertible {
        public let text: String
        public let reason: String
        public var description: String { "'\(text)' is not an address range in CIDR notation (\(reason)), e.g. 10.0.0.0/8 or 2001:db8::/32" }
    }

    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = parts.first, let bytes = IPNetwork.bytes(of: String(address)) else {
            throw ParseError(text: text, reason: "no IPv4 or IPv6 address before the '/'")
        }
        let maximum = bytes.count * 8
        var length = maximum
        if parts.count == 2 {
            let digits = parts[1]
            // Digits only: Int("+8") would be 8, and " 8" or "08" are not how anyone writes it.
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  digits == "0" || !digits.hasPrefix("0"), let parsed = Int(digits), parsed <= maximum else {
                throw ParseError(text: text, reason: "the prefix length must be 0 to \(maximum)")
            }
            length = parsed
        }
        // Host bits set ("10.0.0.1/8") usually mean a mistake about which range is meant.
        guard IPNetwork.masked(bytes, length) == bytes else {
            throw ParseError(text: text, reason: "address bits are set beyond the /\(length) prefix")
        }
        prefix = bytes
        prefixLength = length
    }

    public var description: String {
        var raw = prefix
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        let family = prefix.count == 4 ? AF_INET : AF_INET6
        let address = inet_ntop(family, &raw, &text, socklen_t(text.count)).map { _ in String(cString: text) } ?? "?"
        return "\(address)/\(prefixLength)"
    }

    /// True when `address` (IPv4 or IPv6 text; an IPv4-mapped IPv6 address counts as its
    /// IPv4 address) lies in this range.
    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address) else { return false }
        return contains(bytes: bytes)
    }

    func contains(bytes: [UInt8]) -> Bool {
        guard bytes.count == prefix.count else { return false }
        return Self.masked(bytes, prefixLength) == prefix
    }

    /// The 4 or 16 bytes of an address in text; an IPv4-mapped IPv6 address gives its 4.
    static func bytes(of address: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, address, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<12] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff] { return Array(bytes[12..<16]) }
        return bytes
    }

    private static func masked(_ bytes: [UInt8], _ length: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let bits = min(8, max(0, length - index * 8))
            return bits == 8 ? byte : byte & ~(UInt8(0xff) >> bits)
        }
    }
}

extension Array where Element == IPNetwork {
    /// True when any range holds `address`.
    public func containsAddress(_ address: String) -> Bool {
        guard !isEmpty, let bytes = IPNetwork.bytes(of: address) else { return false }
        return contains { $0.contains(bytes: bytes) }
    }
}
