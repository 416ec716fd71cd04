#if canImport(Glibc)
import Glibc
#endif

/// Addresses written one way whatever way they were read ("::ffff:192.0.2.1" and
/// "192.0.2.1" as "192.0.2.1"; "2001:DB8:0::1" as "2001:db8::1"), so that limits keyed on
/// them cannot be dodged by spelling.
enum ClientAddressText {
    static func format(_ bytes: [UInt8]) -> String? {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        var raw = bytes
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        return inet_ntop(bytes.count == 4 ? AF_INET : AF_INET6, &raw, &text, socklen_t(text.count)).map { _ in String(cString: text) }
    }
}
