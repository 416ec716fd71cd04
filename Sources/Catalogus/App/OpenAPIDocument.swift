import JSON

/// The OpenAPI 3.1 description served at `/openapi.json`.
enum OpenAPIDocument {
    static let bytes: [UInt8] = document.serialized

    static let problemSchema: JSONValue = [
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "properties": [
            "type": ["type": "string"],
            "title": ["type": "string"],
            "status": ["type": "integer"],
            "detail": ["type": "string"],
            "errors": [
                "type": "array",
                "items": [
                    "type": "object",
                    "required": ["field", "message"],
                    "properties": ["field": ["type": "string"], "message": ["type": "string"]],
                ],
            ],
        ],
    ]

    static func problemResponse(_ description: String) -> JSONValue {
        ["description": .string(description),
         "content": ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]]]
    }

    static func operation(_ summary: String, _ responses: [(String, JSONValue)]) -> JSONValue {
        var all = responses
        all.append(("401", problemResponse("The token is unknown or revoked.")))
        all.append(("default", problemResponse("An error, as RFC 9457 problem details.")))
        return ["summary": .string(summary), "responses": .object(JSONObject(all.map { (key: $0.0, value: $0.1) }))]
    }

    static func jsonResponse(_ description: String, _ schema: JSONValue) -> JSONValue {
        ["description": .string(description), "content": ["application/json": ["schema": schema]]]
    }

    static let statusSchema: JSONValue = [
        "type": "object", "required": ["status"], "properties": ["status": ["type": "string"]],
    ]

    static let document: JSONValue = [
        "openapi": "3.1.0",
        "info": [
            "title": "Catalogus API",
            "version": "1.0.0",
            "description": "The Activiteitencatalogus of the public libraries: catalogue, prices, orders, registrations and statistics.",
        ],
        "servers": [["url": "/"]],
        "paths": [
            "/healthz": ["get": operation("The process is up.", [("200", jsonResponse("Up.", statusSchema))])],
            "/readyz": ["get": operation("The database is reachable and migrated.", [
                ("200", jsonResponse("Ready.", statusSchema)),
                ("503", problemResponse("Not ready.")),
            ])],
            "/metrics": ["get": operation("Prometheus metrics.", [
                ("200", ["description": "Metrics in the Prometheus text format.",
                         "content": ["text/plain": ["schema": ["type": "string"]]]]),
            ])],
            "/openapi.json": ["get": operation("This document.", [("200", jsonResponse("OpenAPI 3.1.", ["type": "object"]))])],
        ],
        "components": [
            "schemas": ["Problem": problemSchema],
            "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
        ],
    ]
}
