import HTTPServer
import JSON
import SQLite

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
        let text = context.services.metrics.render() + writerMetrics(context.services.writer)
            + context.services.representations.renderMetrics()
            + context.services.webhookMetrics.render()
        return HTTPResponse.text(text, contentType: "text/plain; version=0.0.4; charset=utf-8")
    }

    /// Group commit at work: writes per transaction is the second counter over the first.
    private static func writerMetrics(_ writer: DatabaseWriter) -> String {
        let counts = writer.commitCounts
        return """
            # HELP catalogus_write_transactions_total Transactions the database writer committed (one sync each).
            # TYPE catalogus_write_transactions_total counter
            catalogus_write_transactions_total \(counts.transactions)
            # HELP catalogus_write_requests_total Writes those transactions carried (group commit).
            # TYPE catalogus_write_requests_total counter
            catalogus_write_requests_total \(counts.writes)
            # HELP catalogus_write_waiting Requests waiting for their turn on the database writer.
            # TYPE catalogus_write_waiting gauge
            catalogus_write_waiting \(writer.waitingTurns)

            """
    }

    @Sendable static func openAPI(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        HTTPResponse.json(bytes: OpenAPIDocument.bytes)
    }
}
