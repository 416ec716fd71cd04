@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import Testing

@Suite struct PasswordHasherTests {
    @Test func theServersCostIsOWASPsScryptAndVerifies() throws {
        let hasher = PasswordHasher()
        #expect(hasher.cost == .owasp)
        // N=2^15, r=8, p=3: OWASP's N=2^17, r=8, p=1 in work, a quarter of its memory.
        #expect(PasswordHasher.Cost.owasp.memoryBytes == 32 << 20)
        let stored = try hasher.hash("correct paard batterij niet")
        #expect(stored.hasPrefix("scrypt$32768$8$3$"))
        #expect(hasher.verify("correct paard batterij niet", against: stored))
        #expect(!hasher.verify("correct paard batterij nie", against: stored))
    }

    @Test func everyHashHasItsOwnSalt() throws {
        let hasher = PasswordHasher(cost: .testing)
        let a = try hasher.hash("hetzelfde wachtwoord")
        let b = try hasher.hash("hetzelfde wachtwoord")
        #expect(a != b)
        #expect(hasher.verify("hetzelfde wachtwoord", against: a) && hasher.verify("hetzelfde wachtwoord", against: b))
    }

    @Test func aStoredHashCannotAskForUnboundedWork() throws {
        let hasher = PasswordHasher(cost: .testing)
        let good = try hasher.hash("iets langs genoeg")
        var parts = good.split(separator: "$").map(String.init)
        parts[1] = String(1 << 30)
        #expect(!hasher.verify("iets langs genoeg", against: parts.joined(separator: "$")))
        parts[1] = "1000"  // not a power of two
        #expect(!hasher.verify("iets langs genoeg", against: parts.joined(separator: "$")))
        #expect(!hasher.verify("iets langs genoeg", against: "plain text"))
        #expect(!hasher.verify("iets langs genoeg", against: ""))
    }

    @Test func aWindowTakesTenPlacesAnHourAndGivesBackThoseThatSucceeded() throws {
        let window = AttemptWindow(limit: 10, windowSeconds: 3600)
        let minute: UInt64 = 60_000_000_000
        let start = 100 * minute
        var places: [AttemptWindow.Reservation] = []
        for i in 0..<10 {
            guard case .admitted(let place) = window.reserve("a@b.nl", now: start + UInt64(i) * minute) else {
                Issue.record("attempt \(i) refused")
                return
            }
            #expect(place.isLast == (i == 9))
            places.append(place)
        }
        // Full: the next waits until the oldest (at start) leaves the hour, 50 minutes on.
        #expect(window.reserve("a@b.nl", now: start + 10 * minute) == .refused(retryAfterSeconds: 50 * 60))
        // A success gives its place back.
        window.release(places[9])
        guard case .admitted = window.reserve("a@b.nl", now: start + 10 * minute) else {
            Issue.record("a released place stays taken")
            return
        }
        // Full again: the oldest place frees an hour after it was taken, 49 minutes on.
        #expect(window.reserve("a@b.nl", now: start + 11 * minute) == .refused(retryAfterSeconds: 49 * 60))
        #expect(window.isFull("a@b.nl", now: start + 11 * minute))
        #expect(!window.isFull("a@b.nl", now: start + 60 * minute + 1))
    }

    @Test func aWindowIsBoundedAndFailsClosed() {
        let window = AttemptWindow(limit: 2, windowSeconds: 60, capacity: 100)
        for i in 0..<1_000 { _ = window.reserve("p\(i)@x.nl", now: UInt64(i)) }
        #expect(window.count <= 100)
        #expect(window.reserve("new@x.nl", now: 1_000) == .refused(retryAfterSeconds: 60))
        // A minute on, the stale keys go and a new one fits.
        #expect(window.reserve("new@x.nl", now: 62_000_000_000) != .refused(retryAfterSeconds: 60))
    }

    @Test func cookieValuesAreFoundInEveryCookieHeaderAndBounded() {
        let found = SessionSecret.candidates(in: ["a=1; catalogus_session=abc; b=2", "catalogus_session=def"])
        #expect(found == ["abc", "def"])
        #expect(SessionSecret.candidates(in: [String(repeating: "catalogus_session=x; ", count: 100)]).count == 4)
        #expect(SessionSecret.candidates(in: ["xcatalogus_session=abc"]).isEmpty)
    }
}

@Suite struct RateLimiterBoundTests {
    @Test func aFullLimiterForgetsFullBucketsAndOtherwiseFailsClosed() {
        let limiter = RateLimiter<String>(requestsPerSecond: 1, burst: 2, capacity: 3)
        for key in ["a", "b", "c"] { #expect(limiter.acquire(key, now: 0) == nil) }
        // Every bucket is in use: a fourth address waits instead of growing the map.
        #expect(limiter.acquire("d", now: 0) != nil)
        // Ten seconds on, the buckets are full again, and forgotten to make room.
        #expect(limiter.acquire("d", now: 10_000_000_000) == nil)
    }
}
