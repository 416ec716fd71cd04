import Synchronization

/// Request ids: a random per-process prefix and a counter, so that ids are unique
/// without asking the kernel for randomness on every request.
public final class RequestIdentifier: Sendable {
    private let prefix: String
    private let counter = Atomic<UInt64>(0)

    public init() {
        var generator = SystemRandomNumberGenerator()
        prefix = String(generator.next() & 0xFFFF_FFFF, radix: 16)
    }

    public func next() -> String {
        let value = counter.wrappingAdd(1, ordering: .relaxed).newValue
        return prefix + "-" + String(value, radix: 16)
    }

    /// A one-off random id, for the rare responses made outside the middleware chain.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next(), radix: 16)
    }

    /// A client's own id is kept when it is short and printable (it goes into logs).
    public static func isAcceptable(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 128 && id.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }
}
