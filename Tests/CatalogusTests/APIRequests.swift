import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import HTTPServer
import JSON

/// Requests with a token, a JSON body and extra headers, for the API's integration tests.
extension HTTPTestClient {
    func request(_ method: String, _ path: String, token: String? = nil, json: JSONValue? = nil,
                 body: String? = nil, contentType: String? = nil, headers: [String] = []) throws -> TestResponse {
        var lines = ["\(method) \(path) HTTP/1.1", "Host: 127.0.0.1"]
        if let token { lines.append("Authorization: Bearer \(token)") }
        var payload = ""
        if let json {
            payload = String(decoding: json.serialized, as: UTF8.self)
            lines.append("Content-Type: \(contentType ?? "application/json")")
        } else if let body {
            payload = body
            if let contentType { lines.append("Content-Type: \(contentType)") }
        }
        if json != nil || body != nil { lines.append("Content-Length: \(payload.utf8.count)") }
        lines.append(contentsOf: headers)
        return try send(lines.joined(separator: "\r\n") + "\r\n\r\n" + payload)
    }
}

extension RunningApp {
    /// Loads `migrations/demo/demo.sql` and `stories.sql`, as `catalogus seed --demo` does.
    func loadDemoData() throws {
        _ = try DemoData.load(into: writer, migrationsDirectory: RepositoryLayout.migrations)
    }
}

/// Starts the app on a new database with the demo data loaded.
func withDemoApp<T>(configure: (inout AppConfiguration) -> Void = { _ in }, server: (inout ServerConfiguration) -> Void = { _ in },
                   _ body: (RunningApp) throws -> T) throws -> T {
    try withRunningApp(configure: configure, server: server) { app in
        try app.loadDemoData()
        return try body(app)
    }
}
