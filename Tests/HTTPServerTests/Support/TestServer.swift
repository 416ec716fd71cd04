import Foundation
import HTTPParser
import HTTPServer
import JSON

struct TestContext: RequestContext {
    var parameters = PathParameters()
    var route: String?
}

struct TestWorkerState {}

/// Holds `/block` handlers until the test opens it; tells the test when each has started.
final class HandlerGate: Sendable {
    private let opened = DispatchSemaphore(value: 0)
    private let entered = DispatchSemaphore(value: 0)

    /// Called by a handler: announces itself, then waits for `open`.
    func pass() {
        entered.signal()
        opened.wait()
        opened.signal()  // let every later handler through too
    }

    /// Waits until `count` more handlers are inside (false after the timeout: the test fails).
    func waitForEntries(_ count: Int, timeoutSeconds: Int = 5) -> Bool {
        (0..<count).allSatisfy { _ in entered.wait(timeout: .now() + .seconds(timeoutSeconds)) == .success }
    }

    func open() { opened.signal() }
}

/// A responder with a few routes that exercise the server: echo, large bodies,
/// slow handlers, failures.
struct TestResponder: HTTPResponder {
    let router: Router<TestContext>

    init(metrics: ServerMetrics, log: LogSink, corsOrigins: Set<String> = ["https://dash.example"],
         gate: HandlerGate = HandlerGate()) {
        var builder = RouterBuilder<TestContext>()
        builder.use(RequestIDMiddleware())
        builder.use(AccessLogMiddleware(log: log))
        builder.use(MetricsMiddleware(metrics: metrics))
        builder.use(CORSMiddleware(configuration: .init(allowedOrigins: corsOrigins)))
        builder.get("/hello") { _, _ in .text("hello") }
        builder.get("/healthz", inline: true) { _, _ in .text("ok") }
        builder.get("/block") { request, _ in
            gate.pass()
            return .text("unblocked" + (request.query["tag"] ?? ""))
        }
        builder.post("/echo") { request, _ in
            HTTPResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], body: request.body)
        }
        builder.get("/whoami") { request, _ in
            .json(["client": .string(request.clientAddress ?? ""), "peer": .string(request.peerAddress ?? ""),
                   "scheme": .string(request.scheme)])
        }
        builder.get("/items/{id}") { _, context in .json(["id": .string(context.parameters["id"] ?? "")]) }
        builder.get("/large") { request, _ in
            let size = Int(request.query["size"] ?? "") ?? 4096
            return .text(String(repeating: "catalogus ", count: size / 10))
        }
        builder.get("/slow") { request, _ in
            usleep(UInt32((Double(request.query["ms"] ?? "") ?? 300) * 1000))
            return .text("slow done")
        }
        builder.get("/fail") { _, _ in
            struct Internal: Error { let secret = "SELECT * FROM secret_table /home/build/path.swift" }
            throw Internal()
        }
        router = builder.build()
    }

    func makeWorkerState(workerIndex: Int) throws -> TestWorkerState { TestWorkerState() }

    func runsInline(_ request: HTTPRequest) -> Bool { router.runsInline(request) }

    func respond(to request: HTTPRequest, state: TestWorkerState) -> HTTPResponse {
        router.respond(to: request, context: TestContext())
    }
}

/// A real server on an ephemeral port, stopped when the test ends.
final class TestServer: Sendable {
    let server: HTTPServer<TestResponder>
    let metrics = ServerMetrics()
    let gate = HandlerGate()

    init(configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.workers = 2
        configuration.writeHandlerThreads = 4
        // The tests' many clients mostly come from one address (127.0.0.1); the tests of
        // the limits per client set them (ServerPerClientLimitTests).
        configuration.maxConnectionsPerClient = 100_000
        configure(&configuration)
        let log = LogSink(enabled: false)
        server = try HTTPServer(configuration: configuration,
                                responder: TestResponder(metrics: metrics, log: log, gate: gate), metrics: metrics, log: log)
    }

    var port: UInt16 { server.port }

    func client(timeoutSeconds: Int = 5, from source: String? = nil) throws -> RawClient {
        try RawClient(port: port, timeoutSeconds: timeoutSeconds, from: source)
    }

    func stop() {
        server.shutdown()
        server.waitUntilStopped()
    }

    /// Handlers still blocked would keep `stop` waiting for them.
    deinit {
        gate.open()
        stop()
    }
}
