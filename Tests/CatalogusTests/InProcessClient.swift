import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import HTTPParser
import HTTPServer
import JSON

/// How a test reaches the application: over a real socket (the whole server: parser,
/// event loop, framing), or straight into the router as the server would call it (the
/// application alone, without sockets: fast, and a failure points at the application).
enum TestTransport: String, CaseIterable, Sendable, CustomStringConvertible {
    case socket
    case inProcess

    var description: String { rawValue }
}

/// Sends requests to the application's responder in this thread, with this thread's own
/// read connection, exactly as a handler thread of the server does; answers come back as
/// the `TestResponse` a socket client reads, so that one test body runs over both.
final class InProcessClient {
    private let app: CatalogusApp
    private let state: WorkerResources

    /// Call on the thread that sends the requests: the read connection belongs to it.
    init(services: AppServices) throws {
        app = CatalogusApp(services: services)
        state = try app.makeWorkerState(workerIndex: 0)
    }

    /// The same arguments as `HTTPTestClient.request`; `headers` are `Name: value` lines.
    func request(_ method: String, _ path: String, token: String? = nil, json: JSONValue? = nil,
                 body: String? = nil, contentType: String? = nil, headers: [String] = []) throws -> TestResponse {
        var fields: [(name: String, value: String)] = [("Host", "127.0.0.1")]
        if let token { fields.append(("Authorization", "Bearer \(token)")) }
        var payload: [UInt8] = []
        if let json {
            payload = json.serialized
            fields.append(("Content-Type", contentType ?? "application/json"))
        } else if let body {
            payload = Array(body.utf8)
            if let contentType { fields.append(("Content-Type", contentType)) }
        }
        if json != nil || body != nil { fields.append(("Content-Length", String(payload.count))) }
        for line in headers {
            guard let colon = line.firstIndex(of: ":") else { throw HTTPTestClientError(description: "not a header line: \(line)") }
            fields.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        let request = HTTPRequest(method: method, target: path, headers: HTTPHeaders(fields), body: payload)
        let response = app.respond(to: request, state: state)
        return TestResponse(status: response.status, headers: response.headers.map { (name: $0.name, value: $0.value) },
                            body: response.body)
    }
}
