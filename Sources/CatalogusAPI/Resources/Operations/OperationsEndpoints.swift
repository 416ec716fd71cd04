import HTTPServer
import JSON

/// `/healthz`, `/readyz`, `/metrics`, `/openapi.json`: for load balancers and monitoring.
package enum OperationsEndpoints {
    package typealias Doc = OpenAPIDocument

    package static let all: [Endpoint] = [
        Endpoint(.get, "/healthz", id: "health", tag: .operations, summary: "The process is up.", access: .anyone,
                 responses: [("200", Doc.json("Up.", Doc.closedObject([("status", Doc.enumeration(["ok"]))])))],
                 inline: true,  // a fixed answer: on the event loop
                 handler: OperationsHandlers.health),
        Endpoint(.get, "/readyz", id: "readiness", tag: .operations,
                 summary: "The database is reachable and every migration is applied.", access: .anyone,
                 responses: [
                     ("200", Doc.json("Ready for traffic; with `serve --backup-dir`, how the scheduled backups fare (never a reason to be unready).",
                                      Doc.closedObject([
                                          ("status", Doc.enumeration(["ready"])),
                                          ("backup", Doc.closedObject([
                                              ("every_seconds", Doc.integer(1)), ("overdue", ["type": "boolean"]),
                                              ("failures", Doc.integer(0)), ("last_success_age_seconds", Doc.integer(0)),
                                          ], optional: ["last_success_age_seconds"])),
                                      ], optional: ["backup"]))),
                     ("503", Doc.responseRef("Unavailable")),
                 ], handler: OperationsHandlers.ready),
        Endpoint(.get, "/metrics", id: "metrics", tag: .operations, summary: "Metrics in the Prometheus text format.",
                 description: "Needs an admin or metrics token, unless the server runs with --public-metrics.",
                 access: .permissionUnlessMetricsArePublic(.metricsRead),
                 responses: [("200", Doc.response("Prometheus text format 0.0.4.", content: [("text/plain", ["type": "string"])]))],
                 handler: OperationsHandlers.metrics),
        Endpoint(.get, "/openapi.json", id: "openapi", tag: .operations, summary: "This document.", access: .anyone,
                 responses: [("200", Doc.json("OpenAPI 3.1.", ["type": "object", "required": ["openapi", "info", "paths"]]))],
                 handler: OperationsHandlers.openAPI),
    ]
}
