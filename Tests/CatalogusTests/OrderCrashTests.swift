import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import SQLite
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `catalogus serve` as a child process that the test can SIGKILL at any moment.
private final class OrderTestServerProcess {
    let process = Process()
    let port: UInt16

    init(database: String, errorLog: String) throws {
        guard FileManager.default.createFile(atPath: errorLog, contents: nil) else {
            throw HTTPTestClientError(description: "cannot create \(errorLog)")
        }
        let stderr = try FileHandle(forWritingTo: URL(fileURLWithPath: errorLog))
        defer { try? stderr.close() }
        process.executableURL = try RepositoryLayout.executable(named: "catalogus")
        process.arguments = ["serve", "--db", database, "--migrations", RepositoryLayout.migrations, "--port", "0",
                             "--workers", "2", "--rate-limit", "0", "--no-access-log"]
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CATALOGUS_") }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()

        // "catalogus listening on http://127.0.0.1:PORT (…)" (ServeCommand).
        let deadline = ContinuousClock.now + .seconds(30)
        var found: UInt16?
        while found == nil, process.isRunning, ContinuousClock.now < deadline {
            let log = (try? String(contentsOfFile: errorLog, encoding: .utf8)) ?? ""
            if let range = log.range(of: #"listening on http://[^:\s]+:([0-9]+)"#, options: .regularExpression) {
                found = log[range].split(separator: ":").last.flatMap { UInt16($0) }
            } else {
                usleep(20_000)
            }
        }
        guard let found else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
            let log = (try? String(contentsOfFile: errorLog, encoding: .utf8)) ?? ""
            throw HTTPTestClientError(description: "catalogus serve did not say where it listens: \(log)")
        }
        port = found
    }

    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

private struct OrderTestAcknowledged: Sendable {
    let id: Int64
    let number: String
}

/// What the client threads of the burst share: the orders answered 201, anything else
/// they were answered, and the signal to stop.
private final class OrderTestBurst: Sendable {
    let acknowledged = Mutex<[OrderTestAcknowledged]>([])
    let unexpected = Mutex<[String]>([])
    let stop = Atomic<Bool>(false)
}

@Suite struct OrderCrashTests {
    static let linesPerOrder = 3
    static let threads = 4

    /// SIGKILL in the middle of a burst of creations: every order the client was told
    /// about (201) is there with all its lines, nothing is half-written, numbers are gapless.
    @Test func killDashNineMidBurstLosesNoAcknowledgedOrder() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/orders.sqlite"
            let seeded = try ChildProcess.catalogus(["seed", "--demo"], database: database)
            try #require(seeded.exitCode == 0, "\(seeded)")
            let created = try ChildProcess.catalogus(["token", "create", "--role", "admin", "--name", "crash-burst"], database: database)
            try #require(created.exitCode == 0, "\(created)")
            let token = try #require(created.outputLines.last?.trimmingCharacters(in: .whitespaces))

            let server = try OrderTestServerProcess(database: database, errorLog: directory + "/serve.log")
            let burst = OrderTestBurst()
            let finished = DispatchGroup()
            let port = server.port
            for thread in 0..<Self.threads {
                finished.enter()
                Thread {
                    defer { finished.leave() }
                    guard let client = try? HTTPTestClient(port: port, timeoutSeconds: 5) else { return }
                    var index = 0
                    while !burst.stop.load(ordering: .acquiring) {
                        index += 1
                        let lines: JSONValue = .array((1...Self.linesPerOrder).map { line in
                            ["activity": .integer(Int64((thread * 7 + index + line) % 43 + 1)), "quantity": .integer(Int64(line)),
                             "note": .string("thread \(thread), order \(index), line \(line)")]
                        })
                        let body: JSONValue = ["municipality": "midden-drenthe", "year": 2026, "reference": .string("burst \(thread)/\(index)"),
                                               "lines": lines]
                        // Once the server is gone the connection fails: that ends this thread.
                        guard let response = try? client.request("POST", "/api/v1/orders", token: token, json: body) else { return }
                        guard response.status == 201, let json = try? response.json(), let id = json["id"]?.int64Value,
                              let number = json["number"]?.stringValue else {
                            burst.unexpected.withLock { $0.append("\(response)") }
                            return
                        }
                        burst.acknowledged.withLock { $0.append(OrderTestAcknowledged(id: id, number: number)) }
                    }
                }.start()
            }

            // Kill once a good number of orders is in, while all threads are still sending.
            let deadline = ContinuousClock.now + .seconds(30)
            while burst.acknowledged.withLock({ $0.count }) < 80, burst.unexpected.withLock({ $0.isEmpty }), ContinuousClock.now < deadline {
                usleep(2_000)
            }
            server.killHard()
            burst.stop.store(true, ordering: .releasing)
            #expect(finished.wait(timeout: .now() + 30) == .success, "the client threads end once the server is gone")
            #expect(server.process.terminationReason == .uncaughtSignal)
            #expect(server.process.terminationStatus == SIGKILL)
            #expect(burst.unexpected.withLock { $0 } == [])
            let acked = burst.acknowledged.withLock { $0 }
            #expect(acked.count >= 80, "the burst got going before the kill: \(acked.count)")

            let db = try Connection(path: database, mode: .readOnly)
            defer { db.close() }
            #expect(try db.integrityCheck() == "ok")
            #expect(try db.foreignKeyViolationCount() == 0)
            for order in acked {
                let number: String? = try db.scalar("SELECT number FROM purchase_order WHERE id = ?", order.id)
                #expect(number == order.number, "acknowledged order \(order.id) must survive")
                let lines = try db.scalar("SELECT count(*) FROM order_line WHERE order_id = ?", order.id, as: Int.self)
                #expect(lines == Self.linesPerOrder, "order \(order.id) with all its lines")
            }
            let withoutLines = try db.scalar(
                "SELECT count(*) FROM purchase_order p WHERE NOT EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = p.id)", as: Int.self)
            #expect(withoutLines == 0, "no order without lines")
            let withoutHistory = try db.scalar(
                "SELECT count(*) FROM purchase_order p WHERE NOT EXISTS (SELECT 1 FROM order_history h WHERE h.order_id = p.id)", as: Int.self)
            #expect(withoutHistory == 0, "no order without history")
            let shortOrders = try db.scalar("""
                SELECT count(*) FROM purchase_order p WHERE p.year = 2026
                AND (SELECT count(*) FROM order_line l WHERE l.order_id = p.id) != ?
                """, Self.linesPerOrder, as: Int.self)
            #expect(shortOrders == 0, "every burst order has all its lines, acknowledged or not")

            let numbers = try db.query("SELECT number FROM purchase_order WHERE municipality = 'midden-drenthe' AND year = 2026 ORDER BY number")
                .map { try $0.column(0, as: String.self) }
            #expect(numbers == (0..<numbers.count).map { "2026-GM1731-" + String(format: "%04d", $0 + 1) }, "gapless numbers: \(numbers)")
            #expect(numbers.count >= acked.count)
            #expect(numbers.count <= acked.count + Self.threads, "at most one unanswered order per client was in flight")
            let counter = try db.scalar("SELECT last_number FROM order_counter WHERE municipality = 'midden-drenthe' AND year = 2026", as: Int.self)
            #expect(counter == numbers.count, "the counter gives no number twice and skips none")
        }
    }
}
