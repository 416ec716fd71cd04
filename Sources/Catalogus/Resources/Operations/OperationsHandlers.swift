import HTTPServer
import JSON

/// `/healthz`, `/readyz`, `/metrics`, `/openapi.json`.
enum OperationsHandlers {
    /// The process is up and answering.
    @Sendable static func health(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        HTTPResponse.json(bytes: Array(#"{"status":"ok"}"#.utf8))
    }

    /// The database answers, every migration this program knows is applied (no edited or
    /// unknown ones) and writes have room: only then should a load balancer send traffic.
    @Sendable static func ready(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        do {
            try context.services.migrator.verify(context.reader)  // reads the migrations table: the database answers
        } catch {
            context.services.log.write("readyz: not ready: \(error)")
            throw AppError.unavailable("The database is not reachable or its migrations are not applied.", retryAfterSeconds: 5)
        }
        if context.services.writer.isStorageExhausted() {
            throw AppError.unavailable("The database's disk is full: writes fail until space is freed.", retryAfterSeconds: 30)
        }
        return HTTPResponse.json(["status": "ready"])
    }

    /// Counts of requests and orders are business information: its endpoint needs a
    /// token unless the operator scrapes on a private network and said so (`Access.metrics`).
    @Sendable static func metrics(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        return HTTPResponse.text(context.services.metrics.render(), contentType: "text/plain; version=0.0.4; charset=utf-8")
    }

    @Sendable static func openAPI(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        HTTPResponse.json(bytes: OpenAPIDocument.bytes)
    }
}
