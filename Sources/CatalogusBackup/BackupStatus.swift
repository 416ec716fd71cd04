import Synchronization

/// How scheduled backups fare, for `/metrics` and `/readyz`: written by the backup
/// thread, read by handlers. Ages are measured on the monotonic clock.
public final class BackupStatus: Sendable {
    public struct Snapshot: Sendable {
        /// nil when the server takes no backups (no `--backup-dir`).
        public var every: Duration?
        /// When the schedule began (the first backup is due then).
        public var configuredAt: ContinuousClock.Instant?
        /// When the newest backup that passed its integrity check was taken.
        public var lastSuccess: ContinuousClock.Instant?
        public var successes = 0
        public var failures = 0
        public var lastError: String?

        public var isConfigured: Bool { every != nil }

        public func lastSuccessAge(at now: ContinuousClock.Instant = .now) -> Duration? {
            lastSuccess.map { now - $0 }
        }

        /// Backups are configured and no good one was taken in two intervals (one run
        /// missed): what to alert on. Since the schedule began when there is none yet.
        public func isOverdue(at now: ContinuousClock.Instant = .now) -> Bool {
            guard let every, let since = lastSuccess ?? configuredAt else { return false }
            return now - since > every * 2
        }
    }

    private let state = Mutex(Snapshot())

    public init() {}

    public var snapshot: Snapshot { state.withLock { $0 } }

    package func configure(every: Duration, lastSuccess: ContinuousClock.Instant?) {
        state.withLock {
            $0.every = every
            $0.configuredAt = .now
            $0.lastSuccess = lastSuccess
        }
    }

    package func recordSuccess(at instant: ContinuousClock.Instant) {
        state.withLock {
            $0.lastSuccess = instant
            $0.successes += 1
            $0.lastError = nil
        }
    }

    package func recordFailure(_ error: any Error) {
        state.withLock {
            $0.failures += 1
            $0.lastError = String(describing: error)
        }
    }
}
