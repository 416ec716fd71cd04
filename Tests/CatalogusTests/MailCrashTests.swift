import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Issue 23: the mail outbox survives `kill -9`. A mail committed with its change, never
/// sent because the process died, arrives once from the next server process — as does
/// the mail `catalogus user create` left in the outbox while no server ran.
@Suite struct MailCrashTests {
    @Test func killDashNineAfterTheCommitSendsOnceAfterRestart() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/mail.sqlite"
            let seeded = try ChildProcess.catalogus(["seed", "--demo"], database: database)
            try #require(seeded.exitCode == 0, "\(seeded)")
            let created = try ChildProcess.catalogus(["token", "create", "--role", "admin", "--name", "beheer"], database: database)
            try #require(created.exitCode == 0, "\(created)")
            let token = try #require(created.outputLines.last?.trimmingCharacters(in: .whitespaces))
            let cli = try ChildProcess.catalogus(["user", "create", "--email", "cli@biblionet.nl", "--name", "Cor Commandoregel", "--role", "staff",
                                                  "--public-url", "https://catalogus.example.nl"], database: database)
            try #require(cli.exitCode == 0, "\(cli)")
            let printed = try #require(cli.outputLines.last)

            // The relay is not there until after the crash: nothing can be sent before it.
            let port = try MailSMTPTests.freePort()
            let arguments = ["--db", database, "--migrations", RepositoryLayout.migrations, "--no-access-log",
                             "--smtp-url", "smtp://127.0.0.1:\(port)", "--public-url", "https://catalogus.example.nl",
                             // Ten attempts: however slow the machine, the mail cannot be given up before the relay is back.
                             "--mail-retry-delays", Array(repeating: "0.1", count: 10).joined(separator: ",")]
            let first = try ServeProcess(directory: directory, arguments: arguments)
            #expect(first.log.contains("mail goes to smtp://127.0.0.1:\(port)"))
            let invited = try first.client().request("POST", "/api/v1/users", token: token,
                                                     json: ["email": "api@biblionet.nl", "name": "Anne Api", "role": "viewer"])
            try #require(invited.status == 201, "\(invited)")
            first.killHard()  // right after the 201

            let sink = try MailSMTPTests.Sink(directory: directory + "/sink", port: port, create: true)
            let second = try ServeProcess(directory: directory, arguments: arguments)
            #expect(MailOutboxTests.waitFor { sink.received().count >= 2 }, "\(second.log)")
            usleep(500_000)
            let received = sink.received()
            #expect(received.count == 2, "each mail once")
            let recipients = Set(received.compactMap { $0.envelope["to"]?.arrayValue?.first?.stringValue })
            #expect(recipients == ["cli@biblionet.nl", "api@biblionet.nl"])
            let cliMail = try #require(received.first { $0.envelope["to"]?.arrayValue?.first?.stringValue == "cli@biblionet.nl" })
            let text = try MailMessageTests.parsedByPython(cliMail.message)["_plain"] ?? ""
            #expect(text.contains(printed), "the mail holds the link the command printed")
            #expect(second.terminate() == 0)
            // Nothing secret in the log: the links' codes never appear.
            let code = String(printed.split(separator: "=").last ?? "")
            #expect(!code.isEmpty && !first.log.contains(code) && !second.log.contains(code))
        }
    }
}
