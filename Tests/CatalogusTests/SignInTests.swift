@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// People sign in with e-mail and password and hold a session cookie (issue 11).
@Suite struct SignInTests {
    @Test func signingInSetsAStrictHttpOnlyCookieAndReturnsThePerson() throws {
        try withDemoApp { app in
            _ = try app.signedInPerson(email: "Beleid@Assen.nl", name: "Bea Beleid", role: "municipality", municipality: "assen")
            // Another case and surrounding spaces: addresses are compared without case.
            let response = try app.signIn("  beleid@ASSEN.nl ", PeopleTest.password)
            #expect(response.status == 201, "\(response)")
            let cookie = try #require(response.header("Set-Cookie"))
            let attributes = Set(cookie.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(attributes.isSuperset(of: ["HttpOnly", "SameSite=Strict", "Path=/"]), "\(cookie)")
            #expect(!attributes.contains("Secure"), "no TLS here: \(cookie)")
            #expect(response.header("Cache-Control") == "no-store")
            let body = try response.json()
            #expect(body["user"]?["name"]?.stringValue == "Bea Beleid")
            #expect(body["user"]?["email"]?.stringValue == "beleid@assen.nl")
            #expect(body["user"]?["role"]?.stringValue == "municipality")
            #expect(body["user"]?["municipality"]?.stringValue == "assen")
            let csrf = try #require(body["csrf_token"]?.stringValue)
            #expect(csrf.count >= 43)

            let value = try #require(PeopleTest.cookieValue(response))
            let me = try app.client().get("/api/v1/session", headers: ["Cookie: other=1; catalogus_session=\(value)"])
            #expect(me.status == 200, "\(me)")
            #expect(try me.json()["user"]?["name"]?.stringValue == "Bea Beleid")
            #expect(try me.json()["csrf_token"]?.stringValue == csrf)
        }
    }

    @Test func theCookieIsSecureWhenTheServerRunsBehindTLS() throws {
        try withDemoApp(configure: { $0.cookieSecure = true }) { app in
            _ = try app.invite(email: "a@b.nl", role: "viewer")
            let session = try app.signedInPerson(email: "c@b.nl", role: "viewer")
            let response = try app.signIn("c@b.nl", PeopleTest.password)
            #expect(response.header("Set-Cookie")?.hasSuffix("; Secure") == true, "\(response)")
            let out = try app.client().request("DELETE", "/api/v1/session", headers: session.changeHeaders)
            #expect(out.header("Set-Cookie")?.contains("Max-Age=0") == true)
            #expect(out.header("Set-Cookie")?.hasSuffix("; Secure") == true)
        }
    }

    @Test func nobodySignedInIs401AndAStaleCookieCountsAsNobody() throws {
        try withDemoApp { app in
            let none = try app.client().get("/api/v1/session")
            #expect(none.status == 401)
            let stale = try app.client().get("/api/v1/session", headers: ["Cookie: catalogus_session=" + String(repeating: "A", count: 43)])
            #expect(stale.status == 401)
            // Public reads still work with a cookie that is no longer live.
            let catalogue = try app.client().get("/api/v1/activities", headers: ["Cookie: catalogus_session=nonsense"])
            #expect(catalogue.status == 200)
        }
    }

    @Test func signingOutDeletesTheSessionOnTheServer() throws {
        try withDemoApp { app in
            let session = try app.signedInPerson(email: "weg@x.nl", role: "staff")
            #expect(try app.client().get("/api/v1/session", headers: session.readHeaders).status == 200)
            let out = try app.client().request("DELETE", "/api/v1/session", headers: session.changeHeaders)
            #expect(out.status == 204, "\(out)")
            #expect(out.header("Set-Cookie")?.hasPrefix("catalogus_session=;") == true)
            // The browser could keep the old cookie: the server no longer knows it.
            #expect(try app.client().get("/api/v1/session", headers: session.readHeaders).status == 401)
            let rows: Int64? = try app.writer.withConnection { db in try db.scalar("SELECT count(*) FROM user_session") }
            #expect(rows == 0)
        }
    }

    @Test func aSessionEndsAfterEightIdleHoursAndAfterSevenDaysInAnyCase() throws {
        try withDemoApp { app in
            let idle = try app.signedInPerson(email: "idle@x.nl", role: "viewer")
            let old = try app.signedInPerson(email: "old@x.nl", role: "viewer")
            let nineHoursAgo = Timestamp.format(Date().addingTimeInterval(-9 * 3600))
            let sevenHoursAgo = Timestamp.format(Date().addingTimeInterval(-7 * 3600))
            try app.execute("UPDATE user_session SET last_seen_at = ? WHERE user_id = ?", nineHoursAgo, idle.userID)
            try app.execute("UPDATE user_session SET last_seen_at = ?, expires_at = ? WHERE user_id = ?", sevenHoursAgo,
                            Timestamp.format(Date().addingTimeInterval(-1)), old.userID)
            #expect(try app.client().get("/api/v1/session", headers: idle.readHeaders).status == 401)
            #expect(try app.client().get("/api/v1/session", headers: old.readHeaders).status == 401)

            // Seven idle hours are within the limit.
            let active = try app.signedInPerson(email: "active@x.nl", role: "viewer")
            try app.execute("UPDATE user_session SET last_seen_at = ? WHERE user_id = ?", sevenHoursAgo, active.userID)
            #expect(try app.client().get("/api/v1/session", headers: active.readHeaders).status == 200)
        }
    }

    @Test func aWrongEmailAndAWrongPasswordGetTheSameAnswer() throws {
        try withDemoApp { app in
            _ = try app.signedInPerson(email: "echt@x.nl", role: "viewer")
            let wrongPassword = try app.signIn("echt@x.nl", "niet het goede wachtwoord")
            let unknownEmail = try app.signIn("bestaat-niet@x.nl", PeopleTest.password)
            #expect(wrongPassword.status == 401)
            #expect(unknownEmail.status == 401)
            #expect(try wrongPassword.json()["detail"] == unknownEmail.json()["detail"])
            #expect(wrongPassword.header("Set-Cookie") == nil)
            // A person who has not set a password yet, and a disabled one, fail the same way.
            _ = try app.invite(email: "nieuw@x.nl", role: "viewer")
            #expect(try app.signIn("nieuw@x.nl", PeopleTest.password).json()["detail"] == unknownEmail.json()["detail"])
            try CommandLineAccounts(writer: app.writer).disable("echt@x.nl")
            // A blocked account fails like any other with a wrong password; only the right one learns it is blocked (issue 23).
            let disabledWrong = try app.signIn("echt@x.nl", "niet het goede wachtwoord")
            #expect(disabledWrong.status == 401)
            #expect(try disabledWrong.json()["detail"] == unknownEmail.json()["detail"])
            let disabled = try app.signIn("echt@x.nl", PeopleTest.password)
            #expect(disabled.status == 403)
            #expect(try disabled.json()["code"]?.stringValue == "sign_in.blocked")
            #expect(disabled.header("Set-Cookie") == nil)
        }
    }

    @Test func tenUnknownFailuresInAnHourLockTheAccountToUnknownClientsAndTheAuditLogRecordsIt() throws {
        try withDemoApp { app in
            _ = try app.signedInPerson(email: "doel@x.nl", role: "staff")
            let limit = SignInLimits().unknownFailuresPerAccount
            for attempt in 1...limit {
                let response = try app.signIn("doel@x.nl", "fout wachtwoord \(attempt)")
                #expect(response.status == (attempt < limit ? 401 : 429), "attempt \(attempt): \(response)")
            }
            // Locked: even the right password is refused (unchecked), until the first failure is an hour old.
            let locked = try app.signIn("DOEL@x.nl", PeopleTest.password)
            #expect(locked.status == 429, "\(locked)")
            let wait = try #require(locked.header("Retry-After").flatMap(Int.init))
            #expect((3540...3600).contains(wait), "\(wait)")
            #expect(try app.auditCount("sign_in.locked") == 1)
            // Other accounts are not affected.
            _ = try app.signedInPerson(email: "ander@x.nl", role: "staff")
            #expect(try app.signIn("ander@x.nl", PeopleTest.password).status == 201)
        }
    }

    @Test func anUnknownAddressLocksJustTheSameSoLockingRevealsNothing() throws {
        try withDemoApp { app in
            for _ in 1...SignInLimits().unknownFailuresPerAccount { _ = try app.signIn("niemand@x.nl", "wat dan ook hier") }
            let response = try app.signIn("niemand@x.nl", "wat dan ook hier")
            #expect(response.status == 429)
            #expect(response.header("Retry-After") != nil)
        }
    }

    @Test func aSuccessFromAnUnknownClientDoesNotClearTheFailuresSoGuessesStayBounded() throws {
        try withDemoApp { app in
            _ = try app.signedInPerson(email: "vergeet@x.nl", role: "staff")
            for _ in 1...4 { #expect(try app.signIn("vergeet@x.nl", "bijna goed wachtwoord").status == 401) }
            #expect(try app.signIn("vergeet@x.nl", PeopleTest.password).status == 201)
            for _ in 1...5 { #expect(try app.signIn("vergeet@x.nl", "bijna goed wachtwoord").status == 401) }
            #expect(try app.signIn("vergeet@x.nl", PeopleTest.password).status == 201)
            // The tenth failure of the hour locks, successes in between notwithstanding.
            #expect(try app.signIn("vergeet@x.nl", "bijna goed wachtwoord").status == 429)
            #expect(try app.signIn("vergeet@x.nl", PeopleTest.password).status == 429)
        }
    }

    @Test func signInFromAnotherSiteIsRefused() throws {
        try withDemoApp { app in
            _ = try app.signedInPerson(email: "x@x.nl", role: "viewer")
            let foreign = try app.signIn("x@x.nl", PeopleTest.password, headers: ["Origin: https://evil.example"])
            #expect(foreign.status == 403, "\(foreign)")
            #expect(foreign.header("Set-Cookie") == nil)
            let own = try app.signIn("x@x.nl", PeopleTest.password, headers: ["Origin: http://127.0.0.1"])
            #expect(own.status == 201)
        }
    }

    @Test func theSignInBodyIsValidated() throws {
        try withDemoApp { app in
            let missing = try app.client().request("POST", "/api/v1/session", json: ["email": "a@b.nl"])
            #expect(missing.status == 422)
            let extra = try app.client().request("POST", "/api/v1/session", json: ["email": "a@b.nl", "password": "x", "remember": true])
            #expect(extra.status == 422)
            let huge = try app.client().request("POST", "/api/v1/session",
                                                json: ["email": "a@b.nl", "password": .string(String(repeating: "x", count: 300))])
            #expect(huge.status == 422)
        }
    }
}

/// Sign-in attempts per client address are limited, so that nobody can keep the
/// password hashing busy for everyone else (a wrong address costs a hash too).
@Suite struct SignInAttemptLimitTests {
    @Test func oneAddressGetsABurstOfAttemptsThen429() throws {
        // A burst of 3 and (for the length of a test) no refill.
        try withDemoApp(configure: { $0.signInAttemptsPerMinute = 0.0001; $0.signInAttemptBurst = 3 }) { app in
            for attempt in 1...3 {
                #expect(try app.signIn("iemand\(attempt)@x.nl", "een fout wachtwoord").status == 401, "attempt \(attempt)")
            }
            let limited = try app.signIn("nog-iemand@x.nl", "een fout wachtwoord")
            #expect(limited.status == 429, "\(limited)")
            #expect(limited.header("Retry-After").flatMap(Int.init).map { $0 > 0 } == true)
            let welcome = try app.client().request("POST", "/api/v1/welcome", json: ["code": "x", "password": "een lang wachtwoord"])
            #expect(welcome.status == 429, "a one-time link costs a hash too")
            // Everything else goes on.
            #expect(try app.client().get("/api/v1/activities").status == 200)
        }
    }

    @Test func aLinkUsedAfterALockEndsTheLockAndDisablingEndsOpenLinks() throws {
        try withDemoApp { app in
            let (id, code) = try app.invite(email: "slot@x.nl", role: "staff")
            for _ in 1...SignInLimits().unknownFailuresPerAccount { _ = try app.signIn("slot@x.nl", "iemand anders probeert") }
            #expect(try app.signIn("slot@x.nl", PeopleTest.password).status == 429)
            #expect(try app.client().request("POST", "/api/v1/welcome", json: ["code": .string(code), "password": .string(PeopleTest.password)]).status == 201)
            #expect(try app.signIn("slot@x.nl", PeopleTest.password).status == 201)

            let link = try CommandLineAccounts(writer: app.writer).reset(String(id))
            let fresh = String(link.path.split(separator: "=", maxSplits: 1)[1])
            try CommandLineAccounts(writer: app.writer).disable(String(id))
            try app.execute("UPDATE app_user SET active = 1 WHERE id = ?", id)
            #expect(try app.client().request("POST", "/api/v1/welcome", json: ["code": .string(fresh), "password": .string(PeopleTest.password)]).status == 410)
        }
    }

    @Test func signingInAgainEndsTheBrowsersOldSessionAndCookieAnswersAreNotShared() throws {
        try withDemoApp { app in
            let first = try app.signedInPerson(email: "twee@x.nl", role: "staff")
            let again = try app.signIn("twee@x.nl", PeopleTest.password, headers: first.readHeaders)
            #expect(again.status == 201)
            #expect(try app.client().get("/api/v1/session", headers: first.readHeaders).status == 401)
            let sessions: Int64? = try app.writer.withConnection { db in try db.scalar("SELECT count(*) FROM user_session") }
            #expect(sessions == 1)
            let cookie = try #require(PeopleTest.cookieValue(again))
            let list = try app.client().get("/api/v1/registrations", headers: ["Cookie: catalogus_session=\(cookie)"])
            #expect(list.status == 200)
            // Not kept by any cache, the browser's own included: it must not outlive the session.
            #expect(list.header("Cache-Control") == "no-store")
            #expect(list.header("Vary")?.contains("Cookie") == true)
            // Signing out needs the CSRF token like every other change.
            let out = try app.client().request("DELETE", "/api/v1/session", headers: ["Cookie: catalogus_session=\(cookie)", "Origin: http://evil.example"])
            #expect(out.status == 403)
        }
    }

    @Test func theSignInAddressMustBeAnAddress() throws {
        try withDemoApp { app in
            let response = try app.signIn("<img src=x onerror=alert(1)>", "een fout wachtwoord")
            #expect(response.status == 422)
        }
    }
}
