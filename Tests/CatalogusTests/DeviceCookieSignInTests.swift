@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Synchronization
import Testing

/// Issue 20, item 3: outsiders must not be able to lock a person out. A browser that
/// signed in to an account carries its device cookie and is spared the lock that
/// failures from unknown clients put on the account; those clients get at most 10
/// guesses per account an hour.
@Suite struct DeviceCookieSignInTests {
    @Test func anAttackerFailing50TimesFromOtherAddressesDoesNotLockOutTheOwnersBrowser() throws {
        try withDemoApp { app in
            let owner = try app.signedInPerson(email: "beheer@x.nl", role: "admin")
            let device = try #require(owner.device, "the link that set the password made this browser known")

            // 50 guesses from 50 addresses; the 31st happens to be the right password.
            var statuses: [Int: Int] = [:]
            for guess in 1...50 {
                let password = guess == 31 ? PeopleTest.password : "geraden wachtwoord \(guess)"
                let response = try app.signIn("beheer@x.nl", password, from: "127.0.20.\(guess)")
                statuses[response.status, default: 0] += 1
                if guess == 31 { #expect(response.status == 429, "the 31st guess is not even checked: \(response)") }
            }
            // 10 guesses were checked (9 × 401, the 10th locks: 429); the other 40 were not.
            #expect(statuses == [401: 9, 429: 41], "\(statuses)")
            #expect(try app.auditCount("sign_in.locked") == 1)

            // The owner's browser still signs in with the right password, from any address.
            let again = try app.signIn("beheer@x.nl", PeopleTest.password, headers: ["Cookie: \(device)"])
            #expect(again.status == 201, "\(again)")
            let renewed = try #require(PeopleTest.deviceCookie(again))
            #expect(try app.signIn("beheer@x.nl", PeopleTest.password, from: "127.0.21.1", headers: ["Cookie: other=1; \(renewed)"]).status == 201)
            // A browser without the cookie is still an unknown one.
            #expect(try app.signIn("beheer@x.nl", PeopleTest.password).status == 429)
        }
    }

    @Test func concurrentGuessesCannotSlipPastTheBound() throws {
        // Enough slots that the guesses hash side by side: each takes its place before its hash.
        try withDemoApp(configure: { $0.signInLimits.hashingSlots = 9; $0.signInLimits.reservedHashingSlots = 1 }) { app in
            _ = try app.signedInPerson(email: "tegelijk@x.nl", role: "admin")
            let statuses = Mutex<[Int]>([])
            let ready = DispatchGroup()
            let go = DispatchSemaphore(value: 0)
            let finished = DispatchGroup()
            for guess in 1...40 {
                ready.enter()
                finished.enter()
                Thread {
                    defer { finished.leave() }
                    let client = try? app.client(from: "127.0.25.\(guess)")
                    ready.leave()
                    go.wait()
                    let status = (try? client?.request("POST", "/api/v1/session",
                                                       json: ["email": "tegelijk@x.nl", "password": .string("gok nummer \(guess) hier")]).status) ?? 0
                    statuses.withLock { $0.append(status) }
                }.start()
            }
            ready.wait()
            for _ in 1...40 { go.signal() }
            finished.wait()
            let counts = statuses.withLock { Dictionary($0.map { ($0, 1) }, uniquingKeysWith: +) }
            // At most 10 were checked: 9 × 401 and the one that locked (429), the rest refused unchecked (429, or 503 from the gate).
            #expect((counts[401] ?? 0) <= 9, "\(counts)")
            #expect(Set(counts.keys).isSubset(of: [401, 429, 503]), "\(counts)")
            #expect(counts.values.reduce(0, +) == 40)
        }
    }

    @Test func aForgedOrBorrowedDeviceCookieCountsForNothing() throws {
        try withDemoApp { app in
            let owner = try app.signedInPerson(email: "eigen@x.nl", role: "staff")
            let other = try app.signedInPerson(email: "ander@x.nl", role: "staff")
            let device = try #require(owner.device)
            for guess in 1...10 { _ = try app.signIn("eigen@x.nl", "fout \(guess) fout fout", from: "127.0.22.\(guess)") }
            #expect(try app.signIn("eigen@x.nl", PeopleTest.password).status == 429)

            // Another nonce under the same MAC, a MAC of another length, another account's cookie under this name.
            let value = String(device.split(separator: "=", maxSplits: 1)[1])
            let parts = value.split(separator: ".").map(String.init)
            let otherNonce = "\(parts[0]).AAAAAAAAAAAAAAAAAAAAAA.\(parts[2])"
            let otherValue = String(try #require(other.device).split(separator: "=", maxSplits: 1)[1])
            for forged in [otherNonce, value + "A", otherValue] {
                let response = try app.signIn("eigen@x.nl", PeopleTest.password, headers: ["Cookie: catalogus_device_\(owner.userID)=\(forged)"])
                #expect(response.status == 429, "\(forged): \(response)")
            }
            #expect(try app.signIn("eigen@x.nl", PeopleTest.password, headers: ["Cookie: \(device)"]).status == 201)
        }
    }

    @Test func aDeviceCookieThatFailsFiveTimesStopsCounting() throws {
        try withDemoApp { app in
            let owner = try app.signedInPerson(email: "gestolen@x.nl", role: "viewer")
            let device = try #require(owner.device)
            for guess in 1...10 { _ = try app.signIn("gestolen@x.nl", "fout \(guess) fout fout", from: "127.0.23.\(guess)") }
            // Someone with the cookie (a stolen laptop) gets 5 guesses, no more.
            for guess in 1...5 {
                #expect(try app.signIn("gestolen@x.nl", "nog een gok \(guess)", headers: ["Cookie: \(device)"]).status == 401)
            }
            #expect(try app.auditCount("sign_in.device_distrusted") == 1)
            #expect(try app.signIn("gestolen@x.nl", PeopleTest.password, headers: ["Cookie: \(device)"]).status == 429)
        }
    }

    @Test func theDeviceCookieIsSignedPerAccountLongLivedAndOnlySentToSignIn() throws {
        try withDemoApp(configure: { $0.cookieSecure = true }) { app in
            let owner = try app.signedInPerson(email: "koekje@x.nl", role: "viewer")
            let response = try app.signIn("koekje@x.nl", PeopleTest.password)
            let header = try #require(PeopleTest.deviceCookieHeader(response))
            #expect(header.hasPrefix("catalogus_device_\(owner.userID)=\(owner.userID)."), "\(header)")
            let attributes = Set(header.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(attributes == ["Path=/api/v1/session", "Max-Age=31536000", "HttpOnly", "SameSite=Strict", "Secure"], "\(header)")
            // The session cookie comes first, as before.
            #expect(PeopleTest.cookieValue(response) != nil)
            // Each sign-in gives the browser a new nonce.
            #expect(PeopleTest.deviceCookie(try app.signIn("koekje@x.nl", PeopleTest.password)) != PeopleTest.deviceCookie(response))
        }
    }

    @Test func theKeyIsThisDatabasesOwn() throws {
        let keys = try (0..<2).map { _ in
            try withRunningApp { app in
                try app.writer.withConnection { db in try db.scalar("SELECT hex(secret) FROM device_cookie_key", as: String.self) }
            }
        }
        #expect(keys[0] != nil && keys[0]?.count == 64)
        #expect(keys[0] != keys[1])
    }

    @Test func unknownClientsShareAServerWideBudgetThatKnownDevicesDoNotNeed() throws {
        try withDemoApp(configure: { $0.signInLimits.unknownAttemptsPerSecond = 0.0001; $0.signInLimits.unknownAttemptBurst = 3 }) { app in
            let owner = try app.signedInPerson(email: "vaste@x.nl", role: "staff")
            for client in 1...3 {
                #expect(try app.signIn("iemand\(client)@x.nl", "een fout wachtwoord", from: "127.0.24.\(client)").status == 401)
            }
            let refused = try app.signIn("nog-iemand@x.nl", "een fout wachtwoord", from: "127.0.24.9")
            #expect(refused.status == 503, "\(refused)")
            #expect(refused.header("Retry-After") == "1")
            #expect(try app.signIn("vaste@x.nl", PeopleTest.password, headers: ["Cookie: \(try #require(owner.device))"]).status == 201)
            // Refused before the hash, so it cost the account no place in its window.
            #expect(!app.services.accounts.unknownFailures.isFull("nog-iemand@x.nl"))
        }
    }

    @Test func aKnownDeviceIsNotHeldToItsNetworksLimit() throws {
        try withDemoApp(configure: { $0.signInAttemptsPerMinute = 0.0001; $0.signInAttemptBurst = 3 }) { app in
            let owner = try app.signedInPerson(email: "kantoor@x.nl", role: "staff")
            // Someone else behind the same address (an office's NAT) uses up its attempts.
            for attempt in 1...3 { _ = try app.signIn("collega\(attempt)@x.nl", "een fout wachtwoord") }
            #expect(try app.signIn("kantoor@x.nl", PeopleTest.password).status == 429)
            #expect(try app.signIn("kantoor@x.nl", PeopleTest.password, headers: ["Cookie: \(try #require(owner.device))"]).status == 201)
        }
    }

    @Test func anAccountKeepsAtMost20Sessions() throws {
        try withDemoApp { app in
            let person = try app.signedInPerson(email: "veel@x.nl", role: "viewer")
            for _ in 1...25 {
                #expect(try app.signIn("veel@x.nl", PeopleTest.password, headers: ["Cookie: \(try #require(person.device))"]).status == 201)
            }
            let sessions: Int64? = try app.writer.withConnection { db in
                try db.scalar("SELECT count(*) FROM user_session WHERE user_id = ?", person.userID)
            }
            #expect(sessions == Int64(SignInLimits.maxSessionsPerAccount))
        }
    }
}

/// The hashing gate keeps a share of its slots for known devices and one-time links.
@Suite struct PasswordHashingGateTests {
    @Test func unknownAttemptsFillOnlyTheirShare() throws {
        let gate = PasswordHashingGate(slots: 2, reserved: 1)
        try gate.run(.unknown) { () throws -> Void in
            #expect(throws: AppError.self) { try gate.run(.unknown) {} }
            #expect(try gate.run(.known) { true })
        }
        #expect(try gate.run(.unknown) { true })
    }

    @Test func aKnownAttemptWaitsForASlotInsteadOfFailing() throws {
        let gate = PasswordHashingGate(slots: 2, reserved: 1)
        let started = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        // Both slots busy for 200 ms: a known attempt waits, an unknown one is refused.
        for priority in [PasswordHashingGate.Priority.known, .unknown] {
            Thread {
                _ = try? gate.run(priority) {
                    started.signal()
                    Thread.sleep(forTimeInterval: 0.2)
                }
                finished.signal()
            }.start()
            started.wait()
        }
        #expect(throws: AppError.self) { try gate.run(.unknown) {} }
        #expect(try gate.run(.known) { true })
        finished.wait()
        finished.wait()
    }
}
