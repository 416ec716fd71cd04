#if canImport(Glibc)
import Glibc
#endif

/// Nanoseconds from CLOCK_MONOTONIC: deadlines must not jump with the wall clock.
enum MonotonicClock {
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Saturating: a timeout configured as huge or infinite means "never", not a trap
    /// (`UInt64(1e30)` and `UInt64(.nan)` trap).
    static func nanoseconds(_ seconds: Double) -> UInt64 {
        guard seconds > 0 else { return 0 }  // also NaN
        let nanoseconds = seconds * 1_000_000_000
        return nanoseconds < 18_446_744_073_709_549_568 ? UInt64(nanoseconds) : .max
    }

    /// `now + seconds`, saturating at the end of time.
    static func deadline(after seconds: Double, from now: UInt64 = now()) -> UInt64 {
        let (sum, overflow) = now.addingReportingOverflow(nanoseconds(seconds))
        return overflow ? .max : sum
    }
}
