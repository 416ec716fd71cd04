import Catalogus
import CatalogusAPI
import CatalogusDomain
@testable import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Issue 23: mail reaches a real SMTP server (aiosmtpd, `Tests/Support/smtp_sink.py`;
/// `make test` installs it), and waits in the outbox while the relay is down.
@Suite(.serialized) struct MailSMTPTests {
    /// The sink on `port` (0: any free one), writing into `directory`.
    final class Sink {
        let process = Process()
        /// Closed at the end: the sink exits when its standard input ends.
        private let input = Pipe()
        let port: Int
        let directory: String

        init(directory: String, port: Int = 0, create: Bool = false) throws {
            self.directory = directory
            if create { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", RepositoryLayout.root.appendingPathComponent("Tests/Support/smtp_sink.py").path, directory, String(port)]
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = input
            try process.run()
            var line = ""
            while !line.hasSuffix("\n") {
                let byte = output.fileHandleForReading.readData(ofLength: 1)
                guard !byte.isEmpty else { break }
                line += String(decoding: byte, as: UTF8.self)
            }
            guard line.hasPrefix("listening "), let found = Int(line.dropFirst(10).trimmingCharacters(in: .whitespacesAndNewlines)) else {
                try? input.fileHandleForWriting.close()
                throw HTTPTestClientError(description: "the SMTP sink did not start (is aiosmtpd installed? pip install aiosmtpd): \(line)")
            }
            self.port = found
        }

        deinit {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }

        /// The envelopes and messages received so far.
        func received() -> [(envelope: JSONValue, message: String)] {
            (1...100).compactMap { n in
                guard let envelope = FileManager.default.contents(atPath: "\(directory)/\(n).json"),
                      let message = FileManager.default.contents(atPath: "\(directory)/\(n).eml") else { return nil }
                return ((try? JSONParser.parse(Array(envelope))) ?? .null, String(decoding: message, as: UTF8.self))
            }
        }
    }

    /// A port where nothing listens (a listener was there a moment ago).
    static func freePort() throws -> Int {
        let placeholder = try WebhookReceiver()
        defer { placeholder.stop() }
        return Int(placeholder.port)
    }

    @Test func aMailReachesARealSMTPServer() throws {
        try withTemporaryDirectory { directory in
            let sink = try Sink(directory: directory)
            let transport = SMTPMailTransport(url: "smtp://127.0.0.1:\(sink.port)", user: nil, password: nil)
            let message = MailMessage(from: try MailAddress(parsing: "Bibliotheken Drenthe <catalogus@biblionet-drenthe.nl>"),
                                      to: [try MailAddress(name: "Anne", address: "anne@example.nl")], subject: "Uitnodiging",
                                      text: "Beste Anne,\n.\nDe link.", html: "<p>Beste Anne,</p>", messageID: "<s1@biblionet-drenthe.nl>",
                                      date: 1_796_666_400)
            #expect(transport.send(message.rendered, messageID: message.messageID, from: "catalogus@biblionet-drenthe.nl",
                                   to: ["anne@example.nl"]) == .sent)
            #expect(MailOutboxTests.waitFor { sink.received().count == 1 })
            let got = try #require(sink.received().first)
            #expect(got.envelope["from"]?.stringValue == "catalogus@biblionet-drenthe.nl")
            #expect(got.envelope["to"]?.arrayValue?.compactMap(\.stringValue) == ["anne@example.nl"])
            #expect(got.message.contains("Message-ID: <s1@biblionet-drenthe.nl>"))
            // The line that is "." alone went through SMTP's dot-stuffing unharmed (it is encoded anyway).
            #expect(got.message.contains("=2E"))

            let nobody = SMTPMailTransport(url: "smtp://127.0.0.1:\(try Self.freePort())", user: nil, password: nil)
            guard case .failed(let said, _) = nobody.send(message.rendered, messageID: message.messageID, from: "a@example.nl", to: ["b@example.nl"])
            else { Issue.record("a relay that is not there is a failure"); return }
            #expect(said == "could not reach the mail server")
        }
    }

    /// The relay is down when the invitation is made: the mail waits, and arrives once
    /// when the relay is back.
    @Test func anInvitationWaitsForARelayThatIsDownAndArrivesOnce() throws {
        try withTemporaryDirectory { directory in
            let port = try Self.freePort()
            try withDemoApp(configure: {
                $0.mail.sendSMTP(url: "smtp://127.0.0.1:\(port)", user: nil, password: nil)
                $0.mail.pollSeconds = 0.05
                $0.mail.retryDelaysSeconds = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]
                $0.publicURL = "https://catalogus.example.nl"
            }) { app in
                let down = MailWorker(services: app.services)
                down.start()
                let token = try app.createToken(role: .admin, name: "beheer").token
                let created = try app.client().request("POST", "/api/v1/users", token: token,
                                                       json: ["email": "bert@example.nl", "name": "Bert Bos", "role": "staff"])
                try #require(created.status == 201, "\(created)")
                #expect(MailOutboxTests.waitFor { (Int((try? registrationTestColumn(app, "SELECT attempts FROM mail_outbox"))?.first ?? "") ?? 0) >= 1 })
                // The worker stops while the relay comes up (a Python process, slow on a loaded
                // machine): however long that takes, the mail cannot run out of attempts meanwhile.
                down.stop()
                #expect(try registrationTestColumn(app, "SELECT status FROM mail_outbox") == ["pending"])

                let sink = try Sink(directory: directory, port: port)
                let up = MailWorker(services: app.services)
                up.start()
                defer { up.stop() }
                #expect(MailOutboxTests.waitFor { sink.received().count == 1 })
                #expect(MailOutboxTests.waitFor { (try? registrationTestColumn(app, "SELECT status FROM mail_outbox")) == ["sent"] })
                usleep(300_000)
                let got = sink.received()
                #expect(got.count == 1)
                #expect(got.first?.envelope["to"]?.arrayValue?.compactMap(\.stringValue) == ["bert@example.nl"])
                #expect(got.first?.message.contains("Subject: Uitnodiging voor de Activiteitencatalogus van Biblionet Drenthe") == true)
            }
        }
    }
}
