@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `/api/v1/users` (admin) and `catalogus user …`: invite, change, disable, reset, sessions.
@Suite struct UserAdministrationTests {
    @Test func anAdminInvitesAPersonWhoSetsAPasswordWithTheLink() throws {
        try withDemoApp { app in
            let admin = try app.signedInPerson(email: "beheer@x.nl", name: "Anne Beheer", role: "admin")
            let created = try app.client().request("POST", "/api/v1/users", json: [
                "email": " Piet@Gemeente.NL ", "name": "Piet Plan", "role": "municipality", "municipality": "emmen",
            ], headers: admin.changeHeaders)
            #expect(created.status == 201, "\(created)")
            let body = try created.json()
            #expect(body["user"]?["email"]?.stringValue == "piet@gemeente.nl")
            #expect(body["user"]?["has_password"]?.boolValue == false)
            let url = try #require(body["welcome"]?["url"]?.stringValue)
            #expect(url.hasPrefix("/welcome#code="))
            let code = String(url.dropFirst("/welcome#code=".count))
            let welcome = try app.client().request("POST", "/api/v1/welcome", json: ["code": .string(code), "password": .string(PeopleTest.password)])
            #expect(welcome.status == 201)
            #expect(try welcome.json()["user"]?["municipality"]?.stringValue == "emmen")

            let audit: Int64? = try app.writer.withConnection { db in
                try db.scalar("SELECT count(*) FROM audit_log WHERE action = 'user.created' AND token_name = 'Anne Beheer' AND user_id = ?", admin.userID)
            }
            #expect(audit == 1)
            let list = try app.client().get("/api/v1/users", headers: admin.readHeaders)
            #expect(try list.json()["items"]?.arrayValue?.count == 2)
        }
    }

    @Test func invitationsAreValidated() throws {
        try withDemoApp { app in
            let token = try app.createToken(role: .admin, name: "beheer").token
            let client = try app.client()
            func invite(_ body: JSONValue) throws -> TestResponse { try client.request("POST", "/api/v1/users", token: token, json: body) }
            #expect(try invite(["email": "a@x.nl", "name": "A", "role": "viewer"]).status == 201)
            #expect(try invite(["email": "A@X.nl", "name": "A again", "role": "viewer"]).status == 409)
            #expect(try invite(["email": "geen-adres", "name": "B", "role": "viewer"]).status == 422)
            #expect(try invite(["email": "b@x.nl", "name": "B", "role": "municipality"]).status == 422)
            #expect(try invite(["email": "b@x.nl", "name": "B", "role": "municipality", "municipality": "atlantis"]).status == 422)
            #expect(try invite(["email": "b@x.nl", "name": "B", "role": "staff", "municipality": "emmen"]).status == 422)
            #expect(try invite(["email": "b@x.nl", "name": "B", "role": "metrics"]).status == 422)
            let staff = try app.createToken(role: .staff, name: "medewerker").token
            #expect(try client.request("POST", "/api/v1/users", token: staff, json: ["email": "c@x.nl", "name": "C", "role": "viewer"]).status == 403)
            #expect(try client.request("GET", "/api/v1/users", token: staff).status == 403)
        }
    }

    @Test func disablingOrChangingTheRoleEndsThePersonsSessions() throws {
        try withDemoApp { app in
            let token = try app.createToken(role: .admin, name: "beheer").token
            let person = try app.signedInPerson(email: "p@x.nl", role: "staff")
            let user = try app.client().request("GET", "/api/v1/users/\(person.userID)", token: token)
            let etag = try #require(user.header("ETag"))
            let noMatch = try app.client().request("PATCH", "/api/v1/users/\(person.userID)", token: token, json: ["role": "viewer"])
            #expect(noMatch.status == 428)
            let changed = try app.client().request("PATCH", "/api/v1/users/\(person.userID)", token: token, json: ["role": "viewer"],
                                                   headers: ["If-Match: \(etag)"])
            #expect(changed.status == 200, "\(changed)")
            #expect(try changed.json()["role"]?.stringValue == "viewer")
            #expect(try app.client().get("/api/v1/session", headers: person.readHeaders).status == 401)
            let stale = try app.client().request("PATCH", "/api/v1/users/\(person.userID)", token: token, json: ["active": false],
                                                 headers: ["If-Match: \(etag)"])
            #expect(stale.status == 412)

            let again = try app.signIn("p@x.nl", PeopleTest.password)
            #expect(again.status == 201)
            let cookie = try #require(PeopleTest.cookieValue(again))
            let current = try #require(changed.header("ETag"))
            let disabled = try app.client().request("PATCH", "/api/v1/users/\(person.userID)", token: token, json: ["active": false],
                                                    headers: ["If-Match: \(current)"])
            #expect(disabled.status == 200)
            #expect(try app.client().get("/api/v1/session", headers: ["Cookie: catalogus_session=\(cookie)"]).status == 401)
            #expect(try app.signIn("p@x.nl", PeopleTest.password).status == 403, "blocked, and told so")
        }
    }

    @Test func anAdminCannotLockThemselvesOut() throws {
        try withDemoApp { app in
            let admin = try app.signedInPerson(email: "ik@x.nl", role: "admin")
            let me = try app.client().get("/api/v1/users/\(admin.userID)", headers: admin.readHeaders)
            let etag = try #require(me.header("ETag"))
            let response = try app.client().request("PATCH", "/api/v1/users/\(admin.userID)", json: ["active": false],
                                                    headers: admin.changeHeaders + ["If-Match: \(etag)"])
            #expect(response.status == 409, "\(response)")
        }
    }

    @Test func aResetEndsThePasswordAndTheSessionsAndGivesANewLink() throws {
        try withDemoApp { app in
            let token = try app.createToken(role: .admin, name: "beheer").token
            let person = try app.signedInPerson(email: "r@x.nl", role: "staff")
            let reset = try app.client().request("POST", "/api/v1/users/\(person.userID)/reset", token: token)
            #expect(reset.status == 200, "\(reset)")
            #expect(try app.client().get("/api/v1/session", headers: person.readHeaders).status == 401)
            #expect(try app.signIn("r@x.nl", PeopleTest.password).status == 401)
            let url = try #require(try reset.json()["welcome"]?["url"]?.stringValue)
            let code = String(url.dropFirst("/welcome#code=".count))
            let welcome = try app.client().request("POST", "/api/v1/welcome", json: ["code": .string(code), "password": "nieuw lang wachtwoord"])
            #expect(welcome.status == 201)
        }
    }

    @Test func aPersonListsAndEndsTheirOwnSessionsOnly() throws {
        try withDemoApp { app in
            let person = try app.signedInPerson(email: "s@x.nl", role: "staff")
            let second = try #require(PeopleTest.cookieValue(try app.signIn("s@x.nl", PeopleTest.password)))
            let list = try app.client().get("/api/v1/users/\(person.userID)/sessions", headers: person.readHeaders)
            let items = try #require(try list.json()["items"]?.arrayValue)
            #expect(items.count == 2)
            #expect(items.filter { $0["current"]?.boolValue == true }.count == 1)
            let other = try #require(items.first { $0["current"]?.boolValue == false }?["id"]?.int64Value)
            let ended = try app.client().request("DELETE", "/api/v1/users/\(person.userID)/sessions/\(other)", headers: person.changeHeaders)
            #expect(ended.status == 204)
            #expect(try app.client().get("/api/v1/session", headers: ["Cookie: catalogus_session=\(second)"]).status == 401)
            #expect(try app.client().get("/api/v1/session", headers: person.readHeaders).status == 200)

            let someoneElse = try app.signedInPerson(email: "t@x.nl", role: "staff")
            #expect(try app.client().get("/api/v1/users/\(person.userID)/sessions", headers: someoneElse.readHeaders).status == 403)
        }
    }

    @Test func theCommandLineInvitesListsDisablesAndResets() throws {
        try withDemoApp { app in
            let accounts = CommandLineAccounts(writer: app.writer)
            let link = try accounts.create(email: "Eerste@Beheer.nl", name: "Eerste Beheerder", role: "admin", municipality: nil)
            #expect(link.path.hasPrefix("/welcome#code="))
            #expect(throws: CommandLineAccounts.Failure.self) {
                try accounts.create(email: "eerste@beheer.nl", name: "Dubbel", role: "admin", municipality: nil)
            }
            #expect(throws: CommandLineAccounts.Failure.self) {
                try accounts.create(email: "x@y.nl", name: "X", role: "municipality", municipality: nil)
            }
            let rows = try accounts.list()
            #expect(rows.count == 1)
            #expect(rows[0][1] == "eerste@beheer.nl")
            try accounts.disable("eerste@beheer.nl")
            #expect(try accounts.list()[0][5] == "no")
            let audit: Int64? = try app.writer.withConnection { db in
                try db.scalar("SELECT count(*) FROM audit_log WHERE entity = 'user' AND token_name = 'command line'")
            }
            #expect(audit == 2)
        }
    }
}
