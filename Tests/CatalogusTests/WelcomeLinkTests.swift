@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// One-time links (`/welcome#code=…`): single use, 72 hours, and the password rules.
@Suite struct WelcomeLinkTests {
    func welcome(_ app: RunningApp, _ code: String, _ password: String) throws -> TestResponse {
        try app.client().request("POST", "/api/v1/welcome", json: ["code": .string(code), "password": .string(password)])
    }

    @Test func aLinkSetsThePasswordSignsInAndWorksOnce() throws {
        try withDemoApp { app in
            let (_, code) = try app.invite(email: "nieuw@x.nl", name: "Nina Nieuw", role: "staff")
            let first = try welcome(app, code, PeopleTest.password)
            #expect(first.status == 201, "\(first)")
            #expect(try first.json()["user"]?["name"]?.stringValue == "Nina Nieuw")
            #expect(PeopleTest.cookieValue(first) != nil)
            let again = try welcome(app, code, "een ander lang wachtwoord")
            #expect(again.status == 410, "\(again)")
            #expect(try app.signIn("nieuw@x.nl", PeopleTest.password).status == 201)
            #expect(try app.signIn("nieuw@x.nl", "een ander lang wachtwoord").status == 401)
        }
    }

    @Test func anExpiredOrUnknownLinkIsGone() throws {
        try withDemoApp { app in
            let (id, code) = try app.invite(email: "laat@x.nl", role: "staff")
            try app.execute("UPDATE user_invitation SET expires_at = ? WHERE user_id = ?", Timestamp.format(Date().addingTimeInterval(-1)), id)
            #expect(try welcome(app, code, PeopleTest.password).status == 410)
            #expect(try welcome(app, "onbekend", PeopleTest.password).status == 410)
            #expect(try welcome(app, String(repeating: "x", count: 200), PeopleTest.password).status == 422)
        }
    }

    @Test func aNewLinkReplacesTheOldOne() throws {
        try withDemoApp { app in
            let (_, old) = try app.invite(email: "twee@x.nl", role: "viewer")
            let link = try CommandLineAccounts(writer: app.writer).reset("twee@x.nl")
            let new = String(link.path.split(separator: "=", maxSplits: 1)[1])
            #expect(try welcome(app, old, PeopleTest.password).status == 410)
            #expect(try welcome(app, new, PeopleTest.password).status == 201)
        }
    }

    @Test(arguments: [
        ("kort", "password.too_short"),
        ("wachtwoord1234", "password.too_common"),
        ("Password1234", "password.too_common"),
        ("aaaaaaaaaaaaaaaa", "password.too_common"),
        ("abcabcabcabcabc", "password.too_common"),
        ("zwak.adres@x.nl!", "password.personal"),
        ("zwak.adres is mijn naam", "password.personal"),
    ])
    func aWeakPasswordIs422AndTheLinkStaysUsable(password: String, reason: String) throws {
        try withDemoApp { app in
            let (_, code) = try app.invite(email: "zwak.adres@x.nl", name: "Zwakke Zwaan", role: "viewer")
            let weak = try welcome(app, code, password)
            #expect(weak.status == 422, "\(weak)")
            let error = try weak.json()["errors"]?.arrayValue?.first
            #expect(error?["field"]?.stringValue == "password")
            #expect(error?["code"]?.stringValue == reason, "\(weak)")
            #expect(try welcome(app, code, PeopleTest.password).status == 201)
        }
    }

    @Test func passwordPolicyAcceptsLongPassphrasesWithoutCharacterClassRules() throws {
        #expect(PasswordPolicy.problem(with: "fietsen langs de drentse aa", email: "a@b.nl", name: "An") == nil)
        #expect(PasswordPolicy.problem(with: "Zomer-2026-in-Emmen", email: "a@b.nl", name: "An") == nil)
        #expect(PasswordPolicy.problem(with: String(repeating: "ab1", count: 4), email: "a@b.nl", name: "An") != nil)
        #expect(PasswordPolicy.problem(with: "fietsenfiets", email: "a@b.nl", name: "fietsenfiets") != nil)
        // Length counts characters, not bytes: twelve letters with accents pass.
        #expect(PasswordPolicy.problem(with: "éèêëéèêëéèêx", email: "a@b.nl", name: "An") == nil)
    }
}
