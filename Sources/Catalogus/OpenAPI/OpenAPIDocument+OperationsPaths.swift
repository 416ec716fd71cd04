import JSON

/// `/healthz`, `/readyz`, `/metrics`, `/openapi.json`: for load balancers and monitoring.
extension OpenAPIDocument {
    static let operationsPaths: [(String, JSONValue)] = [
        ("/healthz", ["get": operation("health", tag: "Operations", summary: "The process is up.", access: .anyone, responses: [
            ("200", json("Up.", closedObject([("status", enumeration(["ok"]))]))),
        ])]),
        ("/readyz", ["get": operation(
            "readiness", tag: "Operations", summary: "The database is reachable and every migration is applied.",
            access: .anyone, responses: [
                ("200", json("Ready for traffic.", closedObject([("status", enumeration(["ready"]))]))),
                ("503", responseRef("Unavailable")),
            ])]),
        ("/metrics", ["get": operation("metrics", tag: "Operations", summary: "Metrics in the Prometheus text format.",
                                       description: "Needs an admin or metrics token, unless the server runs with --public-metrics.",
                                       access: .roles(["admin", "metrics"]), responses: [
            ("200", response("Prometheus text format 0.0.4.", content: [("text/plain", ["type": "string"])])),
        ])]),
        ("/openapi.json", ["get": operation("openapi", tag: "Operations", summary: "This document.", access: .anyone, responses: [
            ("200", json("OpenAPI 3.1.", ["type": "object", "required": ["openapi", "info", "paths"]])),
        ])]),
    ]
}
