import HTTPServer
import Synchronization

/// The encoded answers of cacheable reads (`Endpoint.cached`), shared by every thread,
/// bounded in bytes (least recently used dropped first), and fresh by construction: each
/// entry is stored under the writer's `dataVersion` read before its handler began to read,
/// and is served only while the version is still that, so that no read after a commit
/// can be answered from before it. The first lookup or store that sees a newer version
/// drops every entry at once: they can never be served again.
public final class RepresentationCache: Sendable {
    /// An entry may take at most this share of the budget, so that one large report cannot
    /// push out every small page.
    package static let largestEntryShare = 8

    package struct Counters: Equatable {
        package var hits = 0
        package var misses = 0
        package var stores = 0
        package var evictions = 0
        /// Entries dropped because the data changed (a commit).
        package var invalidations = 0
        package var entries = 0
        package var bytes = 0
    }

    private struct State {
        var store: LRUByteStore<RepresentationKey, CachedRepresentation>
        /// The newest data version any lookup or store has seen.
        var version: UInt64 = 0
        var counters = Counters()

        /// Drops everything when `version` is newer than the entries; false when `version`
        /// is older (a request that began before a commit some other request has seen).
        mutating func advance(to version: UInt64) -> Bool {
            if version < self.version { return false }
            if version > self.version {
                counters.invalidations += store.count
                store.removeAll()
                self.version = version
            }
            return true
        }
    }

    public let capacityBytes: Int
    private let state: Mutex<State>

    /// `capacityBytes` 0 turns the cache off.
    public init(capacityBytes: Int) {
        self.capacityBytes = max(0, capacityBytes)
        state = Mutex(State(store: LRUByteStore(capacity: self.capacityBytes)))
    }

    public var isEnabled: Bool { capacityBytes > 0 }

    package var largestEntryBytes: Int { capacityBytes / Self.largestEntryShare }

    /// The entry for `key` built at `version`, counted as a hit or a miss.
    package func lookup(_ key: RepresentationKey, version: UInt64) -> CachedRepresentation? {
        state.withLock { state in
            guard state.advance(to: version), let entry = state.store.value(for: key), entry.version == version else {
                state.counters.misses += 1
                return nil
            }
            state.counters.hits += 1
            return entry
        }
    }

    /// Whether a lookup would hit now and its answer is ready for `acceptEncoding`
    /// without compressing: what lets an event loop answer it itself. Counts nothing.
    package func holdsReadyEntry(for key: RepresentationKey, version: UInt64, acceptEncoding: String?) -> Bool {
        let entry = state.withLock { state in
            state.version == version ? state.store.value(for: key) : nil
        }
        return entry.map { $0.version == version && $0.gzip.isReady(for: acceptEncoding) } ?? false
    }

    /// Keeps `entry` unless the data moved on since its version, or it is too large.
    package func store(_ entry: CachedRepresentation, for key: RepresentationKey) {
        let cost = entry.cost
        guard cost <= largestEntryBytes else { return }
        state.withLock { state in
            guard state.advance(to: entry.version), state.version == entry.version,
                  let evicted = state.store.insert(entry, for: key, cost: cost) else { return }
            state.counters.stores += 1
            state.counters.evictions += evicted
        }
    }

    /// Answers from the cache, or runs `produce` and keeps its answer when it may be kept.
    /// `version` must be read before `produce` reads anything. An If-None-Match is kept
    /// from `produce` so that its answer is the 200 to store; the 304 is made from that.
    package func respond(to request: HTTPRequest, visibility: Visibility, version: UInt64,
                 produce: (HTTPRequest) throws -> HTTPResponse) rethrows -> HTTPResponse {
        let key = RepresentationKey(request, visibility: visibility)
        if let entry = lookup(key, version: version) { return entry.response(to: request) }
        let conditional = request.headers.contains("If-None-Match")
        var unconditional = request
        if conditional { unconditional.headers.remove(name: "If-None-Match") }
        let response = try produce(unconditional)
        guard let entry = CachedRepresentation(response, version: version) else {
            // Not storable, and made without the client's condition: make it again with it.
            return conditional && response.status == 200 ? try produce(request) : response
        }
        store(entry, for: key)
        return entry.response(to: request)
    }

    package var counters: Counters {
        state.withLock { state in
            var counters = state.counters
            counters.entries = state.store.count
            counters.bytes = state.store.totalCost
            return counters
        }
    }

    /// The counters in the Prometheus text format, for `/metrics`.
    public func renderMetrics() -> String {
        let now = counters
        var text = ""
        func metric(_ name: String, _ type: String, _ help: String, _ value: Int) {
            text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n\(name) \(value)\n"
        }
        metric("catalogus_cache_hits_total", "counter", "Cacheable reads answered from the cache.", now.hits)
        metric("catalogus_cache_misses_total", "counter", "Cacheable reads that ran their handler.", now.misses)
        metric("catalogus_cache_stores_total", "counter", "Answers kept.", now.stores)
        metric("catalogus_cache_evictions_total", "counter", "Entries dropped to stay within the budget.", now.evictions)
        metric("catalogus_cache_invalidations_total", "counter", "Entries dropped because the data changed.", now.invalidations)
        metric("catalogus_cache_entries", "gauge", "Entries held now.", now.entries)
        metric("catalogus_cache_bytes", "gauge", "Bytes charged for the entries held now.", now.bytes)
        metric("catalogus_cache_capacity_bytes", "gauge", "The budget (--cache-mb).", capacityBytes)
        return text
    }
}
