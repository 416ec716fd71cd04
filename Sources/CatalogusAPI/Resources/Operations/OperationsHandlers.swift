import CatalogusBackup
import CatalogusDomain
import CatalogusStorage
import Foundation
import HTTPServer
import JSON
import SQLite

/// `/healthz`, `/readyz`, `/metrics`, `/openapi.json`.
package enum OperationsHandlers {
    /// The process is up and answering.
    @Sendable package static func health(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        HTTPResponse.json(bytes: Array(#"{"status":"ok"}"#.utf8))
    }

    /// The database answers, every migration this program knows is applied (no edited or
    /// unknown ones) and writes have room: only then should a load balancer send traffic.
    @Sendable package static func ready(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        do {
            try context.services.migrator.verify(context.reader)  // reads the migrations table: the database answers
        } catch {
            context.services.log.write("readyz: not ready: \(error)")
            throw AppError.unavailable(.init(.serverDatabaseUnreachable), retryAfterSeconds: 5)
        }
        if context.services.writer.isStorageExhausted() {
            throw AppError.unavailable(.init(.serverNotReadyDiskFull), retryAfterSeconds: 30)
        }
        var body = JSONObject([("status", "ready")])
        let backups = context.services.backups.snapshot
        if backups.isConfigured { body["backup"] = backupDetails(backups) }
        return HTTPResponse.json(.object(body))
    }

    /// Backups never make the server unready: a server that cannot back up still serves,
    /// and taking it out of the load balancer would turn a backup problem into an outage.
    /// `overdue` (and the metric) is what to alert on.
    private static func backupDetails(_ backups: BackupStatus.Snapshot) -> JSONValue {
        var details = JSONObject([
            ("every_seconds", .integer(backups.every?.components.seconds ?? 0)),
            ("overdue", .bool(backups.isOverdue())),
            ("failures", .integer(backups.failures)),
        ])
        if let age = backups.lastSuccessAge() { details["last_success_age_seconds"] = .integer(age.components.seconds) }
        return .object(details)
    }

    /// Counts of requests and orders are business information: its endpoint needs a
    /// token unless the operator scrapes on a private network and said so (`Access.metrics`).
    @Sendable package static func metrics(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let text = context.services.metrics.render() + writerMetrics(context.services.writer)
            + context.services.representations.renderMetrics()
            + context.services.webhookMetrics.render() + webhookQueueMetrics(context.reader)
            + context.services.mailMetrics.render(waiting: (try? MailRepository.counts(in: context.reader))?["pending"] ?? 0)
            + backupMetrics(context.services.backups.snapshot) + buildInfo()
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

    private static func webhookQueueMetrics(_ reader: Connection) -> String {
        guard let waiting = try? WebhookRepository.pendingDeliveries(in: reader) else { return "" }
        return """
            # HELP catalogus_webhook_deliveries_waiting Webhook deliveries still to be made (first attempts and retries).
            # TYPE catalogus_webhook_deliveries_waiting gauge
            catalogus_webhook_deliveries_waiting \(waiting)

            """
    }

    /// Which build answers, as every exporter says it: a constant 1 with the facts as labels.
    private static func buildInfo() -> String {
        func label(_ value: String) -> String {
            value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
        }
        return """
            # HELP catalogus_build_info The running build: its API version and commit.
            # TYPE catalogus_build_info gauge
            catalogus_build_info{version="\(label(BuildInfo.version))",commit="\(label(BuildInfo.commit))"} 1

            """
    }

    /// Only when the server takes backups; the age only once one was taken.
    private static func backupMetrics(_ backups: BackupStatus.Snapshot) -> String {
        guard backups.isConfigured else { return "" }
        var text = ""
        if let age = backups.lastSuccessAge() {
            let seconds = Double(age.components.seconds) + Double(age.components.attoseconds) / 1e18
            text += """
                # HELP catalogus_backup_last_success_age_seconds Seconds since the newest backup that passed its integrity check was begun.
                # TYPE catalogus_backup_last_success_age_seconds gauge
                catalogus_backup_last_success_age_seconds \(String(format: "%.3f", seconds))

                """
        }
        return text + """
            # HELP catalogus_backups_total Scheduled backups by outcome (ok: taken and checked).
            # TYPE catalogus_backups_total counter
            catalogus_backups_total{outcome="ok"} \(backups.successes)
            catalogus_backups_total{outcome="failed"} \(backups.failures)
            # HELP catalogus_backup_overdue 1 when no good backup was taken in two intervals.
            # TYPE catalogus_backup_overdue gauge
            catalogus_backup_overdue \(backups.isOverdue() ? 1 : 0)

            """
    }

    @Sendable package static func openAPI(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        HTTPResponse.json(bytes: OpenAPIDocument.bytes)
    }
}
