@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
@testable import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Issue 23: every mail reaches a real SMTP server (aiosmtpd) once, for the right people,
/// and reads right when Python's `email` package parses it as a mail client would.
@Suite(.serialized) struct MailFlowTests {
    /// A demo app whose mail goes to a fresh sink, with a running worker.
    static func withMailApp(_ body: (RunningApp, MailSMTPTests.Sink) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let sink = try MailSMTPTests.Sink(directory: directory)
            try withDemoApp(configure: {
                $0.mail.sendSMTP(url: "smtp://127.0.0.1:\(sink.port)", user: nil, password: nil)
                $0.mail.pollSeconds = 0.05
                $0.publicURL = "https://catalogus.example.nl"
                $0.rateLimitPerSecond = 0
            }) { app in
                let worker = MailWorker(services: app.services)
                worker.start()
                defer { worker.stop() }
                try body(app, sink)
            }
        }
    }

    /// The mails received, parsed; waits until there are `count`, then a little longer to see that no more come.
    static func mails(_ sink: MailSMTPTests.Sink, count: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> [ReceivedMail] {
        #expect(MailOutboxTests.waitFor { sink.received().count >= count }, sourceLocation: sourceLocation)
        usleep(300_000)
        let received = sink.received()
        #expect(received.count == count, "\(received.map { $0.envelope })", sourceLocation: sourceLocation)
        return try received.map { try ReceivedMail($0.envelope, $0.message) }
    }

    struct ReceivedMail {
        let to: [String]
        let subject: String
        let text: String
        let html: String

        init(_ envelope: JSONValue, _ message: String) throws {
            to = envelope["to"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let parsed = try MailMessageTests.parsedByPython(message)
            subject = parsed["Subject"] ?? ""
            text = parsed["_plain"] ?? ""
            html = parsed["_html"] ?? ""
            #expect(parsed["_defects"] == "0")
        }

        /// The one link under the public URL in the plain text.
        var link: String? {
            text.split(whereSeparator: \.isNewline).first { $0.hasPrefix("https://catalogus.example.nl/") }.map(String.init)
        }
    }

    @Test func orderStepsMailTheirPeopleOnce() throws {
        try Self.withMailApp { app, sink in
            // People, invited from the command line without mail: only the order mails reach the sink.
            _ = try app.invite(email: "anna@biblionet.nl", name: "Anna Beheer", role: "admin")
            let quiet = try app.signedInPerson(email: "otto@biblionet.nl", name: "Otto Stil", role: "admin")
            _ = try app.invite(email: "mila@middendrenthe.nl", name: "Mila Midden", role: "municipality", municipality: "midden-drenthe")
            _ = try app.invite(email: "alex@assen.nl", name: "Alex Assen", role: "municipality", municipality: "assen")
            _ = try app.invite(email: "sam@biblionet.nl", name: "Sam Medewerker", role: "staff")
            let client = try app.client()
            // Otto turns the order mails off on /account.
            let off = try client.request("PUT", "/api/v1/users/\(quiet.userID)/mail-preferences", json: ["orders": false, "reminders": true],
                                         headers: quiet.changeHeaders)
            #expect(off.status == 200, "\(off)")
            #expect(try off.json() == ["orders": false, "reminders": true])
            #expect(try app.auditCount("user.mail_preferences") == 1)

            let actors = try OrderTestActors(app)
            let order = try client.orderTestCreated(token: actors.municipality)
            let submitted = try client.orderTestDrive(order, through: ["submit"], token: actors.municipality)
            let id = try #require(submitted["id"]?.int64Value)
            let number = try #require(submitted["number"]?.stringValue)
            let gross = try #require(submitted["totals"]?["gross_cents"]?.int64Value)

            let first = try Self.mails(sink, count: 1)
            #expect(first[0].to == ["anna@biblionet.nl"], "the admins who want it; not Otto, not the municipality or staff")
            #expect(first[0].subject == "Bestelling \(number) van Midden-Drenthe voor 2026 is ingediend")
            #expect(first[0].text.hasPrefix("Beste Anna Beheer,"))
            #expect(first[0].text.contains("Totaal incl. btw: \(DutchText.money(cents: gross))"))
            #expect(first[0].link == "https://catalogus.example.nl/orders/\(id)")
            #expect(first[0].html.contains("href=\"https://catalogus.example.nl/orders/\(id)\""))

            let confirmed = try client.orderTestDrive(submitted, through: ["confirm"], token: actors.admin)
            try client.orderTestDrive(confirmed, through: ["cancel"], token: actors.admin, reason: "Dubbel besteld")
            let all = try Self.mails(sink, count: 3)
            #expect(all[1].to == ["mila@middendrenthe.nl"], "the municipality's own people only")
            #expect(all[1].subject == "Uw bestelling \(number) voor 2026 is bevestigd")
            #expect(all[2].to == ["mila@middendrenthe.nl"])
            #expect(all[2].subject == "Bestelling \(number) voor 2026 is geannuleerd")
            #expect(all[2].text.contains("Reden: Dubbel besteld"))
            #expect(try registrationTestColumn(app, "SELECT kind FROM mail_outbox ORDER BY id") == ["order.submitted", "order.confirmed", "order.cancelled"])
        }
    }

    @Test func aForgottenPasswordEndsInANewOneAndOtherSessionsEnd() throws {
        try Self.withMailApp { app, sink in
            let person = try app.signedInPerson(email: "vera@biblionet.nl", name: "Vera Vergeet", role: "staff")
            let client = try app.client()
            let known = try client.request("POST", "/api/v1/password-reset", json: ["email": " Vera@Biblionet.nl "])
            let unknown = try client.request("POST", "/api/v1/password-reset", json: ["email": "niemand@biblionet.nl"])
            // The same from outside: status, body, and the headers that could tell them apart.
            #expect(known.status == 202 && unknown.status == 202)
            #expect(known.body == unknown.body)
            #expect(known.header("Content-Length") == unknown.header("Content-Length"))
            #expect(try known.json()["code"]?.stringValue == "password_reset.requested")
            #expect(try app.auditCount("user.password_reset_requested") == 2)
            // The longest address the API takes (254 characters) is audited too (the column keeps 200).
            let longest = String(repeating: "a", count: 64) + "@" + String(repeating: "b", count: 185) + ".nl"
            #expect(longest.count == 253)
            #expect(try client.request("POST", "/api/v1/password-reset", json: ["email": .string(longest + "x")]).status == 202)
            #expect(try app.auditCount("user.password_reset_requested") == 3)

            let mail = try #require(try Self.mails(sink, count: 1).first)
            #expect(mail.to == ["vera@biblionet.nl"])
            #expect(mail.subject == "Nieuw wachtwoord voor de Activiteitencatalogus van Biblionet Drenthe")
            #expect(mail.text.contains("De link werkt 60 minuten en één keer."))
            let link = try #require(mail.link)
            #expect(link.hasPrefix("https://catalogus.example.nl/welcome#code="))
            let code = String(link.dropFirst("https://catalogus.example.nl/welcome#code=".count))

            // Asking changes nothing yet: the old password still works (someone else may have asked).
            #expect(try app.signIn("vera@biblionet.nl", PeopleTest.password).status == 201)
            let newPassword = "een nieuwe lange zin om mee te werken"
            let set = try client.request("POST", "/api/v1/welcome", json: ["code": .string(code), "password": .string(newPassword)])
            #expect(set.status == 201, "\(set)")
            #expect(try client.request("GET", "/api/v1/session", headers: person.readHeaders).status == 401, "the other session ended")
            #expect(try app.signIn("vera@biblionet.nl", PeopleTest.password).status == 401)
            #expect(try app.signIn("vera@biblionet.nl", newPassword).status == 201)
            #expect(try client.request("POST", "/api/v1/welcome", json: ["code": .string(code), "password": "nog een andere lange zin"]).status == 410,
                    "the link works once")
        }
    }

    @Test func resetLinksPerAddressAreBoundedAndABlockedAccountGetsNone() throws {
        try Self.withMailApp { app, sink in
            _ = try app.signedInPerson(email: "wim@biblionet.nl", name: "Wim Veel", role: "staff")
            let blocked = try app.signedInPerson(email: "bea@biblionet.nl", name: "Bea Blok", role: "staff")
            let admin = try app.createToken(role: .admin, name: "beheer").token
            let client = try app.client()
            let etag = try #require(try client.request("GET", "/api/v1/users/\(blocked.userID)", token: admin).header("ETag"))
            #expect(try client.request("PATCH", "/api/v1/users/\(blocked.userID)", token: admin, json: ["active": false],
                                       headers: ["If-Match: \(etag)"]).status == 200)
            for n in 0..<5 {
                // Each from its own client network: the per-address bound is what is tested.
                let asked = try app.client(from: "127.0.7.\(n + 1)").request("POST", "/api/v1/password-reset", json: ["email": "wim@biblionet.nl"])
                #expect(asked.status == 202)
            }
            #expect(try client.request("POST", "/api/v1/password-reset", json: ["email": "bea@biblionet.nl"]).status == 202)
            let mails = try Self.mails(sink, count: PeopleService.resetRequestsPerAddressPerHour)
            #expect(mails.allSatisfy { $0.to == ["wim@biblionet.nl"] })
            #expect(try registrationTestColumn(app, "SELECT json_extract(after_json, '$.outcome') FROM audit_log WHERE action = 'user.password_reset_requested' ORDER BY id")
                    == ["mailed", "mailed", "mailed", "throttled", "throttled", "inactive"])

            // A blocked person who knows the password is told so; a wrong password says nothing more.
            let right = try app.signIn("bea@biblionet.nl", PeopleTest.password)
            #expect(right.status == 403)
            #expect(try right.json()["code"]?.stringValue == "sign_in.blocked")
            #expect(try app.signIn("bea@biblionet.nl", "een verkeerde lange zin").status == 401)
        }
    }
}
