import HTTPServer
import JSON
import SQLite

/// `/healthz`, `/readyz`, `/metrics`, `/openapi.json`.
enum OperationsHandlers {
    /// The process is up and answering.
    @Sendable static func health(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        HTTPResponse.json(bytes: Array(#"{"status":"ok"}"#.utf8))
    }

    /// The database answers and every migration this program knows is applied (no
    /// edited or unknown ones): only then should a load balancer send traffic.
    @Sendable static func ready(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        do {
            _ = try context.reader.scalar("SELECT 1", as: Int64.self)
            try context.services.migrator.verify(context.reader)
        } catch {
            context.services.log.write("readyz: not ready: \(error)")
            throw AppError.unavailable("The database is not reachable or its migrations are not applied.", retryAfterSeconds: 5)
        }
        return HTTPResponse.json(["status": "ready"])
    }

    @Sendable static func metrics(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        HTTPResponse.text(context.services.metrics.render(), contentType: "text/plain; version=0.0.4; charset=utf-8")
    }

    @Sendable static func openAPI(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        HTTPResponse.json(bytes: OpenAPIDocument.bytes)
    }
}
