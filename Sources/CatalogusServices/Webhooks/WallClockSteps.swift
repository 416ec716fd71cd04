/// Notices that the wall clock was stepped (NTP, an operator, a VM resumed) by comparing
/// it with the monotonic clock between two looks. Deliveries are scheduled in wall-clock
/// milliseconds, since the schedule must survive a restart; a step back of an hour would
/// then hold every retry an hour, and a step forward fire them all at once. The worker
/// shifts the pending schedule by the step, so that each retry keeps its relative delay,
/// as the kernel does for relative timers.
package struct WallClockSteps {
    /// Drift and scheduling noise below this are no step.
    package static let toleranceMs: Int64 = 2_000

    private var lastWallMs: Int64
    private var lastMonotonic: ContinuousClock.Instant

    package init(wallMs: Int64, monotonic: ContinuousClock.Instant = .now) {
        lastWallMs = wallMs
        lastMonotonic = monotonic
    }

    /// How far the wall clock jumped since the last look, beyond the time that passed
    /// (negative: back); 0 within the tolerance.
    package mutating func step(wallMs: Int64, monotonic: ContinuousClock.Instant = .now) -> Int64 {
        let elapsed = lastMonotonic.duration(to: monotonic).components
        let elapsedMs = elapsed.seconds.multipliedReportingOverflow(by: 1000).partialValue &+ elapsed.attoseconds / 1_000_000_000_000_000
        let (expected, overflow) = lastWallMs.addingReportingOverflow(elapsedMs)
        lastWallMs = wallMs
        lastMonotonic = monotonic
        guard !overflow else { return 0 }
        let (step, stepOverflow) = wallMs.subtractingReportingOverflow(expected)
        guard !stepOverflow, step > Self.toleranceMs || step < -Self.toleranceMs else { return 0 }
        return step
    }
}
