import Dispatch
import Foundation
@testable import SQLite
import Testing

/// The writer's idle wait: DispatchSemaphore's calls, with a CLOCK_MONOTONIC deadline
/// (what a wall-clock step does to it is checked by `make chaos`, scenario C).
@Suite struct MonotonicSemaphoreTests {
    @Test func aSignalGivenBeforeTheWaitIsTakenAtOnce() {
        let semaphore = MonotonicSemaphore(value: 0)
        semaphore.signal()
        semaphore.signal()
        #expect(semaphore.wait(timeout: .now()) == .success)
        #expect(semaphore.wait(timeout: .now() + .seconds(5)) == .success)
        #expect(semaphore.wait(timeout: .now()) == .timedOut)
    }

    @Test func aTimedWaitWithoutASignalEndsAtItsDeadline() {
        let semaphore = MonotonicSemaphore(value: 0)
        let started = DispatchTime.now().uptimeNanoseconds
        #expect(semaphore.wait(timeout: .now() + .milliseconds(80)) == .timedOut)
        let waited = DispatchTime.now().uptimeNanoseconds - started
        #expect(waited >= 80_000_000)
        #expect(waited < 2_000_000_000)
    }

    @Test func aSignalFromAnotherThreadEndsTheWait() {
        let semaphore = MonotonicSemaphore(value: 0)
        let started = DispatchTime.now().uptimeNanoseconds
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.05)
            semaphore.signal()
        }
        #expect(semaphore.wait(timeout: .now() + .seconds(10)) == .success)
        #expect(DispatchTime.now().uptimeNanoseconds - started < 5_000_000_000)
        semaphore.signal()
        semaphore.wait()
    }

    @Test func aDeadlineAtTheEndOfTimeDoesNotOverflow() {
        let semaphore = MonotonicSemaphore(value: 1)
        #expect(semaphore.wait(timeout: .distantFuture) == .success)
    }
}
