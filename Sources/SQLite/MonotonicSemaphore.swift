#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// A counting semaphore whose timed wait runs on CLOCK_MONOTONIC. On Linux,
/// `DispatchSemaphore.wait(timeout:)` turns its monotonic `DispatchTime` into a
/// CLOCK_REALTIME deadline for `sem_timedwait`: when the wall clock steps back an hour
/// during the wait (NTP), the wait lasts an hour longer (`chaos/README.md`). Here the
/// deadline is a CLOCK_MONOTONIC one (`pthread_condattr_setclock`), which no step moves.
/// The same calls as `DispatchSemaphore` where it is used for timed waits.
public final class MonotonicSemaphore: @unchecked Sendable {
    // Guarded by `mutex`; the pointers never change after init.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var value: Int

    public init(value: Int = 0) {
        self.value = value
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        condition = .allocate(capacity: 1)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    public func signal() {
        pthread_mutex_lock(mutex)
        value += 1
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    public func wait() {
        pthread_mutex_lock(mutex)
        while value <= 0 { pthread_cond_wait(condition, mutex) }
        value -= 1
        pthread_mutex_unlock(mutex)
    }

    /// Waits for a signal until `deadline` (measured as `DispatchTime` measures it, from
    /// now, then on CLOCK_MONOTONIC).
    public func wait(timeout deadline: DispatchTime) -> DispatchTimeoutResult {
        let now = DispatchTime.now().uptimeNanoseconds
        let remaining = deadline.uptimeNanoseconds > now ? deadline.uptimeNanoseconds - now : 0
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        let start = UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
        let (sum, overflow) = start.addingReportingOverflow(remaining)
        let end = overflow ? UInt64(Int64.max) : min(sum, UInt64(Int64.max))
        var until = timespec(tv_sec: Int(end / 1_000_000_000), tv_nsec: Int(end % 1_000_000_000))
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while value <= 0 {
            if pthread_cond_timedwait(condition, mutex, &until) == ETIMEDOUT, value <= 0 { return .timedOut }
        }
        value -= 1
        return .success
    }
}
