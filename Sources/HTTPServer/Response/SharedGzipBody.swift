import Synchronization

/// The gzip form of one body, made on first demand and then shared by every response
/// that carries the same bytes (a cached representation), so that a body read by many
/// gzip clients is compressed once, not once per request. `negotiateEncoding` uses it.
public final class SharedGzipBody: Sendable {
    /// nil until made; then the compressed bytes, or nil when gzip would not be smaller
    /// or is not used for this body.
    private let made = Mutex<[UInt8]??>(nil)

    public init() {}

    /// Compresses under the lock, so that concurrent first readers wait for one
    /// compression instead of each doing it.
    func compressed(_ body: [UInt8]) -> [UInt8]? {
        made.withLock { made in
            if let made { return made }
            let compressed = Gzip.compress(body).flatMap { $0.count < body.count ? $0 : nil }
            made = .some(compressed)
            return compressed
        }
    }

    /// Records that this body is never sent compressed (too small, or not a compressible
    /// type), so that it counts as ready.
    func decline() {
        made.withLock { made in if made == nil { made = .some(nil) } }
    }

    /// Whether a response carrying this body can be encoded for `acceptEncoding` without
    /// compressing (nor waiting for a compression): what an event loop may do.
    public func isReady(for acceptEncoding: String?) -> Bool {
        !Gzip.isAccepted(acceptEncoding) || made.withLock { $0 != nil }
    }
}
