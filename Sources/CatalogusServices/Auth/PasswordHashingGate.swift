import CatalogusDomain
import Dispatch
import SQLite
import Synchronization

/// How many password hashes may run at once, server-wide: each costs tens of
/// milliseconds of a core and 32 MiB, so a flood of sign-ins must not take them all.
///
/// Two classes of work share the slots. Attempts from unknown clients (`.unknown`) may
/// hold at most `slots - reserved` of them and are refused at once (503) beyond that,
/// instead of waiting on a thread: a flood of them can fill only their share. Attempts
/// that proved something first (`.known`: a valid device cookie, a valid one-time link)
/// may take any free slot, and wait briefly for one, so that people keep signing in
/// during a flood.
public final class PasswordHashingGate: Sendable {
    public enum Priority: Sendable {
        case known
        case unknown
    }

    public let slots: Int
    public let reserved: Int
    /// How long a known attempt waits for a slot before it is refused.
    package static let knownWaitMilliseconds = 2_000

    /// Monotonic: a DispatchSemaphore timed wait is a wall-clock deadline on Linux, and a
    /// known device must not wait an hour because the clock was stepped back.
    private let free: MonotonicSemaphore
    private let unknownRunning = Atomic<Int>(0)

    /// `slots` at least 2, `reserved` between 1 and `slots - 1`, so that each class always has one.
    public init(slots: Int, reserved: Int) {
        self.slots = max(2, slots)
        self.reserved = min(max(1, reserved), self.slots - 1)
        free = MonotonicSemaphore(value: self.slots)
    }

    public func run<T>(_ priority: Priority, _ work: () throws -> T) throws -> T {
        try acquire(priority)
        defer { release(priority) }
        return try work()
    }

    private func acquire(_ priority: Priority) throws {
        switch priority {
        case .unknown:
            let before = unknownRunning.add(1, ordering: .acquiringAndReleasing).oldValue
            guard before < slots - reserved, free.wait(timeout: .now()) == .success else {
                unknownRunning.subtract(1, ordering: .acquiringAndReleasing)
                throw Self.busy
            }
        case .known:
            guard free.wait(timeout: .now() + .milliseconds(Self.knownWaitMilliseconds)) == .success else { throw Self.busy }
        }
    }

    private func release(_ priority: Priority) {
        free.signal()
        if priority == .unknown { unknownRunning.subtract(1, ordering: .acquiringAndReleasing) }
    }

    package static var busy: AppError { .unavailable(Message(.signInBusy), retryAfterSeconds: 1) }
}
