@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Changes made with the session cookie must carry the CSRF token and come from our own
/// origin; tokens are unaffected; a municipality person sees only their own orders.
@Suite struct CookieRequestTests {
    static let budget: JSONValue = ["net_cents": 500_000_00]

    @Test func aChangeWithoutTheCSRFTokenOrFromAnotherOriginIsRefused() throws {
        try withDemoApp { app in
            let admin = try app.signedInPerson(email: "beheer@x.nl", name: "Anne Beheer", role: "admin")
            let path = "/api/v1/municipalities/assen/budgets/2026"
            let cookie = "Cookie: catalogus_session=\(admin.cookie)"
            let cases: [(String, [String])] = [
                ("no token", [cookie, "Origin: http://127.0.0.1"]),
                ("wrong token", [cookie, "X-CSRF-Token: \(String(admin.csrf.reversed()))", "Origin: http://127.0.0.1"]),
                ("two tokens", [cookie, "X-CSRF-Token: \(admin.csrf)", "X-CSRF-Token: \(admin.csrf)", "Origin: http://127.0.0.1"]),
                ("foreign origin", [cookie, "X-CSRF-Token: \(admin.csrf)", "Origin: https://evil.example"]),
                ("origin of another port", [cookie, "X-CSRF-Token: \(admin.csrf)", "Origin: http://127.0.0.1:9999"]),
                ("null origin", [cookie, "X-CSRF-Token: \(admin.csrf)", "Origin: null"]),
                ("no origin or referer", [cookie, "X-CSRF-Token: \(admin.csrf)"]),
                ("foreign referer", [cookie, "X-CSRF-Token: \(admin.csrf)", "Referer: https://evil.example/page"]),
            ]
            for (name, headers) in cases {
                let response = try app.client().request("PUT", path, json: Self.budget, headers: headers)
                #expect(response.status == 403, "\(name): \(response)")
            }
            let none: Int64? = try app.writer.withConnection { db in try db.scalar("SELECT count(*) FROM budget WHERE municipality = 'assen' AND year = 2026") }
            #expect(none == 0, "a refused change saved nothing")

            let ok = try app.client().request("PUT", path, json: Self.budget, headers: admin.changeHeaders)
            #expect(ok.status == 201, "\(ok)")
            let viaReferer = try app.client().request("PUT", path, json: Self.budget,
                                                      headers: [cookie, "X-CSRF-Token: \(admin.csrf)", "Referer: http://127.0.0.1/admin/budgets"])
            #expect(viaReferer.status == 200, "\(viaReferer)")
            // Reads need neither.
            #expect(try app.client().get(path, headers: admin.readHeaders).status == 200)
        }
    }

    @Test func bearerRequestsNeedNoCSRFTokenAndTheTokenWinsOverACookie() throws {
        try withDemoApp { app in
            let token = try app.createToken(role: .admin, name: "script").token
            let viewer = try app.signedInPerson(email: "kijk@x.nl", role: "viewer")
            let response = try app.client().request("PUT", "/api/v1/municipalities/assen/budgets/2026", token: token, json: Self.budget,
                                                    headers: ["Origin: https://elsewhere.example"] + viewer.readHeaders)
            #expect(response.status == 201, "\(response)")
            let entry: String? = try app.writer.withConnection { db in
                try db.scalar("SELECT token_name FROM audit_log WHERE entity = 'budget' ORDER BY id DESC LIMIT 1")
            }
            #expect(entry == "script")
        }
    }

    @Test func theAuditLogAndOrderHistoryNameThePerson() throws {
        try withDemoApp { app in
            let person = try app.signedInPerson(email: "inkoop@md.nl", name: "Mieke Inkoop", role: "municipality",
                                                municipality: "midden-drenthe")
            let created = try app.client().request("POST", "/api/v1/orders", json: [
                "municipality": "midden-drenthe", "year": 2026, "lines": [["activity": 1, "quantity": 2]],
            ], headers: person.changeHeaders)
            #expect(created.status == 201, "\(created)")
            let order = try created.json()
            #expect(order["history"]?.arrayValue?.first?["by"]?.stringValue == "Mieke Inkoop")
            let row = try app.writer.withConnection { db in
                try db.queryRow("SELECT token_name, user_id, token_id FROM audit_log WHERE entity = 'order' ORDER BY id DESC LIMIT 1")
            }
            let audit = try #require(row)
            #expect(try audit.column("token_name", as: String.self) == "Mieke Inkoop")
            #expect(try audit.column("user_id", as: Int64?.self) == person.userID)
            #expect(try audit.column("token_id", as: Int64?.self) == nil)
            let orderID = try #require(order["id"]?.int64Value)
            let history: Int64? = try app.writer.withConnection { db in try db.scalar("SELECT user_id FROM order_history WHERE order_id = ?", orderID) }
            #expect(history == person.userID)
        }
    }

    @Test func aMunicipalityPersonCannotReadOrChangeAnotherMunicipalitysOrders() throws {
        try withDemoApp { app in
            let admin = try app.createToken(role: .admin, name: "beheer").token
            let client = try app.client()
            let other = try client.orderTestCreated(token: admin, municipality: "assen")
            let otherID = try #require(other["id"]?.int64Value)
            let person = try app.signedInPerson(email: "md@md.nl", role: "municipality", municipality: "midden-drenthe")

            #expect(try app.client().get("/api/v1/orders/\(otherID)", headers: person.readHeaders).status == 404)
            let patch = try app.client().request("PATCH", "/api/v1/orders/\(otherID)", json: ["reference": "van mij"],
                                                 headers: person.changeHeaders + ["If-Match: \"1\""])
            #expect(patch.status == 404, "\(patch)")
            let cancel = try app.client().request("POST", "/api/v1/orders/\(otherID)/cancel", json: ["reason": "x"],
                                                  headers: person.changeHeaders + ["If-Match: \"1\""])
            #expect(cancel.status == 404, "\(cancel)")
            let list = try app.client().get("/api/v1/orders?municipality=assen", headers: person.readHeaders)
            let listed = list.status == 200 ? try list.json()["items"]?.arrayValue : []
            #expect(list.status == 403 || listed?.isEmpty == true, "\(list)")
            let create = try app.client().request("POST", "/api/v1/orders", json: [
                "municipality": "assen", "year": 2026, "lines": [["activity": 1, "quantity": 1]],
            ], headers: person.changeHeaders)
            #expect(create.status == 403, "\(create)")
            #expect(try app.client().get("/api/v1/stats/municipalities/assen?year=2024", headers: person.readHeaders).status == 403)
        }
    }

    /// A phone that lost the answer sends "save" again: with the same key, nothing is saved twice.
    @Test func idempotencyKeysWorkForSignedInPeopleAndArePerPerson() throws {
        try withDemoApp { app in
            let worker = try app.signedInPerson(email: "balie@x.nl", role: "staff")
            let colleague = try app.signedInPerson(email: "collega@x.nl", role: "staff")
            let token = try app.createToken(role: .staff, name: "script").token
            let body = registrationTestBody()
            let before: Int64? = try app.writer.withConnection { db in try db.scalar("SELECT count(*) FROM registration") }
            let first = try app.client().request("POST", "/api/v1/registrations", json: body, headers: worker.changeHeaders + ["Idempotency-Key: k1"])
            #expect(first.status == 201, "\(first)")
            let again = try app.client().request("POST", "/api/v1/registrations", json: body, headers: worker.changeHeaders + ["Idempotency-Key: k1"])
            #expect(again.status == 201)
            #expect(again.header("Idempotent-Replayed") == "true")
            #expect(again.body == first.body)
            // Another person, and a token, have keys of their own.
            let other = try app.client().request("POST", "/api/v1/registrations", json: body, headers: colleague.changeHeaders + ["Idempotency-Key: k1"])
            #expect(other.status == 201)
            #expect(other.header("Idempotent-Replayed") == nil)
            let script = try app.client().request("POST", "/api/v1/registrations", token: token, json: body, headers: ["Idempotency-Key: k1"])
            #expect(script.header("Idempotent-Replayed") == nil)
            let changed = try app.client().request("POST", "/api/v1/registrations", json: registrationTestBody(["participants": 12]),
                                                   headers: worker.changeHeaders + ["Idempotency-Key: k1"])
            #expect(changed.status == 422, "\(changed)")
            let after: Int64? = try app.writer.withConnection { db in try db.scalar("SELECT count(*) FROM registration") }
            #expect(after == before.map { $0 + 3 }, "the worker's, the colleague's and the script's; the replay saved nothing")
            let keys: Int64? = try app.writer.withConnection { db in try db.scalar("SELECT count(*) FROM idempotency_key WHERE key = 'k1'") }
            #expect(keys == 3)
        }
    }

    @Test func noPasswordSessionIdOrLinkCodeIsStoredInClear() throws {
        try withDemoApp { app in
            let (_, code) = try app.invite(email: "kluis@x.nl", role: "staff")
            let password = "Zeer geheim wachtwoord 91"
            let welcome = try app.client().request("POST", "/api/v1/welcome", json: ["code": .string(code), "password": .string(password)])
            #expect(welcome.status == 201)
            let first = try #require(PeopleTest.cookieValue(welcome))
            let again = try app.signIn("kluis@x.nl", password)
            let second = try #require(PeopleTest.cookieValue(again))
            let csrf = try #require(try again.json()["csrf_token"]?.stringValue)
            let stored: String? = try app.writer.withConnection { db in try db.scalar("SELECT password_hash FROM app_user") }
            #expect(stored?.hasPrefix("scrypt$") == true)

            var bytes = [UInt8]()
            for suffix in ["", "-wal"] {
                if let data = FileManager.default.contents(atPath: app.databasePath + suffix) { bytes += data }
            }
            #expect(bytes.count > 10_000)
            for secret in [password, first, second, code, csrf] {
                #expect(!contains(bytes, Array(secret.utf8)), "\(secret.prefix(6))… is in the database file")
            }
            // The scan can find what is there: the e-mail address is stored.
            #expect(contains(bytes, Array("kluis@x.nl".utf8)))
        }
    }

    func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle { return true }
            index += 1
        }
        return false
    }
}
