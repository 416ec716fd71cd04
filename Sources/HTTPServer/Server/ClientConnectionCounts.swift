import Synchronization

/// Open connections per client network, so that one address (one IPv6 /64) cannot take
/// the server-wide `maxConnections` for itself, e.g. with heads it never finishes
/// (slowloris) or bodies it never sends. Connections from trusted proxies are not counted:
/// everyone behind the proxy shares its address; their limits key on the forwarded one.
final class ClientConnectionCounts: Sendable {
    let limit: Int
    /// Only networks with an open connection are present.
    private let counts = Mutex<[ClientNetwork: Int]>([:])

    init(limit: Int) { self.limit = max(0, limit) }

    /// Counts one more connection for `client`, or nothing and false when it has `limit`.
    func open(_ client: ClientNetwork) -> Bool {
        counts.withLock { counts in
            let current = counts[client] ?? 0
            guard current < limit else { return false }
            counts[client] = current + 1
            return true
        }
    }

    func close(_ client: ClientNetwork) {
        counts.withLock { counts in
            guard let current = counts[client] else { return }
            counts[client] = current > 1 ? current - 1 : nil
        }
    }

    func count(of client: ClientNetwork) -> Int { counts.withLock { $0[client] ?? 0 } }
}
