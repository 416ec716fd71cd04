@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import Synchronization
import Testing

/// The age of Idempotency-Key records with injected clocks: the wall clock may step
/// (chaos/README.md), the monotonic one does not.
@Suite struct IdempotencyAgesTests {
    final class Clocks: Sendable {
        let monotonic = Mutex<UInt64>(1_000_000_000)
        let wall = Mutex<Date>(Date(timeIntervalSince1970: 1_796_000_000))
        func advance(seconds: Double) {
            monotonic.withLock { $0 += UInt64(seconds * 1e9) }
            wall.withLock { $0 = $0.addingTimeInterval(seconds) }
        }
        func stepWall(seconds: Double) { wall.withLock { $0 = $0.addingTimeInterval(seconds) } }
        func ages(capacity: Int = 100) -> IdempotencyAges {
            IdempotencyAges(capacity: capacity, monotonic: { self.monotonic.withLock { $0 } }, wall: { self.wall.withLock { $0 } })
        }
        var nowText: String { Timestamp.format(wall.withLock { $0 }) }
    }

    static let day: Double = 24 * 3600

    @Test func aWallClockSteppedForwardADayDoesNotExpireARecordThisProcessWrote() {
        let clocks = Clocks()
        let ages = clocks.ages()
        let record = IdempotencyAges.Record(tokenID: 1, userID: nil, key: "k", createdAt: clocks.nowText)
        ages.remember(record, lifetime: Self.day)
        clocks.advance(seconds: 5)
        clocks.stepWall(seconds: Self.day)
        #expect(!ages.isExpired(record, lifetime: Self.day))
        clocks.advance(seconds: Self.day)
        #expect(ages.isExpired(record, lifetime: Self.day))
    }

    @Test func aWallClockSteppedBackDoesNotKeepARecordLonger() {
        let clocks = Clocks()
        let ages = clocks.ages()
        let record = IdempotencyAges.Record(tokenID: nil, userID: 7, key: "k", createdAt: clocks.nowText)
        ages.remember(record, lifetime: Self.day)
        clocks.stepWall(seconds: -3600)
        clocks.advance(seconds: Self.day - 1)
        #expect(!ages.isExpired(record, lifetime: Self.day))
        clocks.advance(seconds: 1)
        #expect(ages.isExpired(record, lifetime: Self.day))
    }

    @Test func recordsFromBeforeARestartAreJudgedByTheirWallClockTime() {
        let clocks = Clocks()
        let ages = clocks.ages()
        let old = IdempotencyAges.Record(tokenID: 1, userID: nil, key: "k", createdAt: Timestamp.format(Date(timeIntervalSince1970: 1_796_000_000 - Self.day - 1)))
        #expect(ages.isExpired(old, lifetime: Self.day))
        let recent = IdempotencyAges.Record(tokenID: 1, userID: nil, key: "k", createdAt: Timestamp.format(Date(timeIntervalSince1970: 1_796_000_000 - 60)))
        #expect(!ages.isExpired(recent, lifetime: Self.day))
        #expect(ages.isExpired(.init(tokenID: 1, userID: nil, key: "k", createdAt: "garbage"), lifetime: Self.day))
    }

    @Test func aRecordRewrittenWithAnotherTimeIsNotTakenForTheRememberedOne() {
        let clocks = Clocks()
        let ages = clocks.ages()
        ages.remember(.init(tokenID: 1, userID: nil, key: "k", createdAt: clocks.nowText), lifetime: Self.day)
        let rewritten = IdempotencyAges.Record(tokenID: 1, userID: nil, key: "k", createdAt: "2000-01-01T00:00:00Z")
        #expect(ages.isExpired(rewritten, lifetime: Self.day))
    }

    @Test func staysWithinItsCapacityAndFallsBackToTheWallClock() {
        let clocks = Clocks()
        let ages = clocks.ages(capacity: 3)
        var records: [IdempotencyAges.Record] = []
        for index in 0..<5 {
            let record = IdempotencyAges.Record(tokenID: 1, userID: nil, key: "k\(index)", createdAt: clocks.nowText)
            ages.remember(record, lifetime: Self.day)
            records.append(record)
            clocks.advance(seconds: 1)
        }
        #expect(ages.count == 3)
        clocks.stepWall(seconds: Self.day)
        // Full at the 4th, it kept the newest half (k2): k0 and k1 were forgotten, and the
        // stepped wall clock now decides for them.
        #expect(ages.isExpired(records[0], lifetime: Self.day))
        #expect(!ages.isExpired(records[4], lifetime: Self.day))
        ages.forget(records[4])
        #expect(ages.isExpired(records[4], lifetime: Self.day))
    }
}
