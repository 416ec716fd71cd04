import Catalogus
import CatalogusAPI
import CatalogusDomain
@testable import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Synchronization
import Testing

/// Issue 23: mail goes through a transactional outbox. An invitation is queued in the
/// same transaction as the account (none for a refused one), and the worker sends it once,
/// through retries when the relay is down.
@Suite(.serialized) struct MailOutboxTests {
    /// Fails the first `failures` attempts, then keeps what it was given.
    final class FlakyTransport: MailTransport {
        private let state = Mutex<(failuresLeft: Int, sent: [(messageID: String, to: [String], rendered: String)])>((0, []))

        init(failures: Int) { state.withLock { $0.failuresLeft = failures } }

        var sent: [(messageID: String, to: [String], rendered: String)] { state.withLock { $0.sent } }

        func send(_ rendered: String, messageID: String, from: String, to recipients: [String]) -> MailTransportOutcome {
            state.withLock { state in
                if state.failuresLeft > 0 {
                    state.failuresLeft -= 1
                    return .failed("could not reach the mail server", detail: "scripted")
                }
                state.sent.append((messageID, recipients, rendered))
                return .sent
            }
        }
    }

    static func waitFor(_ condition: () throws -> Bool) rethrows -> Bool {
        // Waits for the worker, bounded; what is asserted is the outcome, not how long it took.
        for _ in 0..<600 {
            if try condition() { return true }
            usleep(20_000)
        }
        return try condition()
    }

    @Test func anInvitationIsMailedOnceAndARefusedOneNot() throws {
        let transport = FlakyTransport(failures: 2)
        try withDemoApp(configure: {
            $0.mail.transport = transport
            $0.mail.pollSeconds = 0.02
            $0.mail.retryDelaysSeconds = [0.05, 0.05, 0.05]
            $0.publicURL = "https://catalogus.example.nl"
        }) { app in
            let worker = MailWorker(services: app.services)
            worker.start()
            defer { worker.stop() }
            let token = try app.createToken(role: .admin, name: "beheer").token
            let client = try app.client()
            let created = try client.request("POST", "/api/v1/users", token: token,
                                             json: ["email": "anne@example.nl", "name": "Anne \"de Baas\" <mallory@example.com>, Eve", "role": "viewer"])
            try #require(created.status == 201, "\(created)")
            let path = try #require(try created.json()["welcome"]?["url"]?.stringValue)
            // Refused (the address is taken): its transaction rolls back, and its mail with it.
            #expect(try client.request("POST", "/api/v1/users", token: token,
                                       json: ["email": "anne@example.nl", "name": "Anne twee", "role": "viewer"]).status == 409)

            #expect(Self.waitFor { transport.sent.count == 1 }, "the mail arrives after two failed attempts")
            let mail = try #require(transport.sent.first)
            #expect(mail.to == ["anne@example.nl"])
            #expect(mail.rendered.contains("Subject: Uitnodiging voor de Activiteitencatalogus van Biblionet Drenthe"))
            // The link as the admin saw it, made whole with --public-url (soft line breaks undone).
            let body = mail.rendered.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=3D", with: "=")
            #expect(body.contains("https://catalogus.example.nl" + path), "\(path)")
            // A name cannot add a recipient: it is a quoted display name of the one address.
            #expect(mail.rendered.contains("To: \"Anne \\\"de Baas\\\" <mallory@example.com>, Eve\" <anne@example.nl>\r\n"), "\(mail.rendered.prefix(400))")
            let row = try registrationTestColumn(app, "SELECT status || ' ' || attempts || ' ' || kind FROM mail_outbox")
            #expect(row == ["sent 3 invitation"])
            // Sent once: later polls leave it alone.
            usleep(200_000)
            #expect(transport.sent.count == 1)
        }
    }

    @Test func aMailThatKeepsFailingIsGivenUpAndCounted() throws {
        let transport = FlakyTransport(failures: 100)
        try withDemoApp(configure: {
            $0.mail.transport = transport
            $0.mail.pollSeconds = 0.02
            $0.mail.retryDelaysSeconds = [0.02]
        }) { app in
            let worker = MailWorker(services: app.services)
            worker.start()
            defer { worker.stop() }
            let token = try app.createToken(role: .admin, name: "beheer").token
            #expect(try app.client().request("POST", "/api/v1/users", token: token,
                                             json: ["email": "bert@example.nl", "name": "Bert", "role": "viewer"]).status == 201)
            #expect(try Self.waitFor { try registrationTestColumn(app, "SELECT status FROM mail_outbox") == ["failed"] })
            #expect(try registrationTestColumn(app, "SELECT attempts || ' ' || last_error FROM mail_outbox") == ["2 could not reach the mail server"])
            #expect(transport.sent.isEmpty)
            #expect(app.services.mailMetrics.failed.load(ordering: .relaxed) == 2)
        }
    }

    @Test func theFileTransportWritesEachMailOnceByItsMessageID() throws {
        try withTemporaryDirectory { directory in
            let transport = FileMailTransport(folder: directory + "/mail")
            #expect(transport.send("Subject: a\r\n\r\nx\r\n", messageID: "<abc@example.nl>", from: "a@example.nl", to: ["b@example.nl"]) == .sent)
            // A retry after a crash: the same file, not a second one.
            #expect(transport.send("Subject: a\r\n\r\nx\r\n", messageID: "<abc@example.nl>", from: "a@example.nl", to: ["b@example.nl"]) == .sent)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory + "/mail")
            #expect(files == ["abc@example.nl.eml"])
            #expect(FileMailTransport.fileName("<../../etc/passwd@x>") == "__etcpasswd@x.eml")
        }
    }
}
