import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// The outbox survives `kill -9`: an event committed with its change is delivered by
/// the next server process.
@Suite struct WebhookCrashTests {
    @Test func killDashNineAfterTheCommitDeliversAfterRestart() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/hooks.sqlite"
            let seeded = try ChildProcess.catalogus(["seed", "--demo"], database: database)
            try #require(seeded.exitCode == 0, "\(seeded)")
            let created = try ChildProcess.catalogus(["token", "create", "--role", "admin", "--name", "hooks"], database: database)
            try #require(created.exitCode == 0, "\(created)")
            let token = try #require(created.outputLines.last?.trimmingCharacters(in: .whitespaces))
            // A port where nothing listens until after the crash, so nothing can be delivered before it.
            let placeholder = try WebhookReceiver()
            let port = placeholder.port
            placeholder.stop()
            let arguments = ["--db", database, "--migrations", RepositoryLayout.migrations, "--rate-limit", "0", "--no-access-log",
                             "--webhooks-allow-private", "--webhooks-retry-delays", "0.1"]

            let first = try ServeProcess(directory: directory, arguments: arguments)
            let hook = try first.client().request("POST", "/api/v1/webhooks", token: token,
                                                  json: ["url": .string("http://127.0.0.1:\(port)/hook"), "events": ["order.confirmed"]])
            try #require(hook.status == 201, "\(hook)")
            let client = try first.client()
            let order = try client.orderTestCreated(token: token)
            let confirmed = try client.orderTestDrive(order, through: ["submit", "confirm"], token: token)
            let id = try #require(confirmed["id"]?.int64Value)
            first.killHard()  // right after the confirming 200

            let receiver = try WebhookReceiver(port: port)
            defer { receiver.stop() }
            let second = try ServeProcess(directory: directory, arguments: arguments)
            let got = receiver.wait(for: 1)
            try #require(got.count == 1, "\(second.log)")
            let body = try JSONParser.parse(got[0].body)
            #expect(body["type"]?.stringValue == "order.confirmed")
            #expect(body["data"]?["id"]?.int64Value == id)
            #expect(second.terminate() == 0)
        }
    }
}
