import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Buffers log lines and writes them to a descriptor (stderr by default) in batches:
/// the event loops flush after each round of events, so a busy server makes one
/// `write` per round instead of one per request.
public final class LogSink: Sendable {
    private let buffer = Mutex<[UInt8]>([])
    /// Lets `flush` skip the lock when nothing was written: every loop flushes after
    /// every round of events, and an idle lock must not be fought over.
    private let hasPending = Atomic<Bool>(false)
    private let descriptor: Int32
    private let enabled: Bool

    public init(descriptor: Int32 = 2, enabled: Bool = true) {
        self.descriptor = descriptor
        self.enabled = enabled
    }

    public func write(_ line: String) {
        guard enabled else { return }
        let full = buffer.withLock { buffer in
            buffer.append(contentsOf: line.utf8)
            buffer.append(10)
            return buffer.count >= 64 * 1024
        }
        hasPending.store(true, ordering: .releasing)
        if full { flush() }
    }

    public func flush() {
        guard enabled, hasPending.exchange(false, ordering: .acquiringAndReleasing) else { return }
        let pending: [UInt8] = buffer.withLock { buffer in
            defer { buffer.removeAll(keepingCapacity: true) }
            return buffer
        }
        guard !pending.isEmpty else { return }
        pending.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }
}
