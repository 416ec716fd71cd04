@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Testing

/// The webhook worker's view of the wall clock against the monotonic one: a step is what
/// the wall clock moved beyond the time that passed.
@Suite struct WallClockStepsTests {
    @Test func timePassingIsNoStep() {
        let start = ContinuousClock.now
        var steps = WallClockSteps(wallMs: 1_000_000, monotonic: start)
        #expect(steps.step(wallMs: 1_005_000, monotonic: start + .seconds(5)) == 0)
        // Drift and a late poll within the tolerance are no step either.
        #expect(steps.step(wallMs: 1_011_500, monotonic: start + .seconds(10)) == 0)
    }

    @Test func aStepBackAndForwardAreMeasured() {
        let start = ContinuousClock.now
        var steps = WallClockSteps(wallMs: 10_000_000, monotonic: start)
        #expect(steps.step(wallMs: 10_001_000 - 3_600_000, monotonic: start + .seconds(1)) == -3_600_000)
        #expect(steps.step(wallMs: 10_002_000 - 3_600_000, monotonic: start + .seconds(2)) == 0, "measured once")
        #expect(steps.step(wallMs: 10_003_000 - 3_600_000 + 86_400_000, monotonic: start + .seconds(3)) == 86_400_000)
    }

    @Test func absurdClocksDoNotTrap() {
        let start = ContinuousClock.now
        var steps = WallClockSteps(wallMs: Int64.max - 10, monotonic: start)
        #expect(steps.step(wallMs: Int64.min, monotonic: start + .seconds(1)) == 0)
        #expect(steps.step(wallMs: Int64.max, monotonic: start + .seconds(2)) == 0, "an overflowing difference is no step")
    }
}
