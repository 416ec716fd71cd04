#if canImport(Glibc)
import Glibc
#endif

/// The socket calls the tests' raw clients make, once: they play clients from many
/// loopback addresses (127.0.0.x), so each binds its source before it connects.
public enum IPv4Socket {
    /// `host` (dotted IPv4) and `port` as a socket address.
    public static func address(_ host: String, port: UInt16 = 0) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr(host)
        return address
    }

    /// Binds `fd` to `host` with any port, before it connects.
    public static func bind(_ fd: Int32, to host: String) -> Bool {
        var local = address(host)
        return withUnsafePointer(to: &local) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    /// Connects `fd` to 127.0.0.1:`port`.
    public static func connectToLoopback(_ fd: Int32, port: UInt16) -> Bool {
        var remote = address("127.0.0.1", port: port)
        return withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}
