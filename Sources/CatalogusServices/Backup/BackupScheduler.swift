import CatalogusStorage
import Dispatch
import Foundation
import HTTPServer
import SQLite
import Synchronization

/// `serve --backup-dir DIR --backup-every D --backup-keep N`: takes an online backup of
/// the database every D (the first at start, unless the newest in DIR is younger than
/// D), proves it (`BackupDirectory.take`), keeps the newest N good ones, and reports to
/// `BackupStatus`. On a thread of its own: a backup reads the whole file and checks every
/// page, which must hold up neither the event loops nor the handler pools. It reads
/// through its own read-only connection, so the writer goes on meanwhile.
public final class BackupScheduler: Sendable {
    public struct Configuration: Sendable {
        public var directory: String
        public var every: Duration
        public var keep: Int
        /// How soon a failed backup is tried again (at most `every`).
        public var retryAfter: Duration = .seconds(300)

        public init(directory: String, every: Duration, keep: Int) {
            self.directory = directory
            self.every = every
            self.keep = keep
        }
    }

    public let configuration: Configuration
    private let databasePath: String
    private let status: BackupStatus
    private let log: LogSink
    private let stopRequested = Atomic<Bool>(false)
    /// Monotonic: a DispatchSemaphore timed wait is a wall-clock deadline on Linux.
    private let wake = MonotonicSemaphore(value: 0)
    private let finished = DispatchGroup()
    /// One backup at a time (the schedule's and a test's `runOnce`).
    private let running = Mutex<Void>(())

    public init(configuration: Configuration, databasePath: String, status: BackupStatus, log: LogSink) {
        self.configuration = configuration
        self.databasePath = databasePath
        self.status = status
        self.log = log
        // The age of a backup taken before this start counts: its file's time, once
        // turned into the monotonic clock's terms.
        let newest = BackupDirectory(path: configuration.directory).newest()
        let lastSuccess = newest.map { ContinuousClock.now - .seconds(max(0, Date().timeIntervalSince($0.written))) }
        status.configure(every: configuration.every, lastSuccess: lastSuccess)
    }

    public func start() {
        finished.enter()
        let thread = Thread { [self] in
            defer { finished.leave() }
            run()
        }
        thread.name = "catalogus-backup"
        thread.start()
    }

    /// Stops the schedule; waits for a backup in progress to end.
    public func stop() {
        stopRequested.store(true, ordering: .releasing)
        wake.signal()
        finished.wait()
    }

    private func run() {
        var due = status.snapshot.lastSuccess.map { $0 + configuration.every } ?? .now
        while true {
            let wait = due - .now
            if wait > .zero { _ = wake.wait(timeout: .now() + Self.interval(wait)) }
            if stopRequested.load(ordering: .acquiring) { return }
            guard ContinuousClock.now >= due else { continue }
            switch runOnce() {
            case .success: due = .now + configuration.every
            case .failure: due = .now + min(configuration.every, configuration.retryAfter)
            }
        }
    }

    /// Takes, proves and prunes one backup now; logs and reports the outcome.
    @discardableResult
    public func runOnce() -> Result<String, BackupError> {
        running.withLock { _ in
            let started = ContinuousClock.now
            let directory = BackupDirectory(path: configuration.directory)
            let result = Result { () throws(BackupError) -> String in try directory.take(from: databasePath) }
            switch result {
            case .success(let path):
                status.recordSuccess(at: started)
                let removed = directory.prune(keep: configuration.keep)
                log.write("backup: \(path) taken and checked in \(started.duration(to: .now)); \(removed.count) old one(s) removed")
            case .failure(let error):
                status.recordFailure(error)
                log.write("backup: FAILED: \(error)")
            }
            log.flush()
            return result
        }
    }

    private static func interval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(Int(clamping: seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
    }
}
