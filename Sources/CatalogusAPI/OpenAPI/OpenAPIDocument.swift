import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import JSON

/// The OpenAPI 3.1 description served at `/openapi.json`. It is assembled from one
/// file per API section (`OpenAPIDocument+…Paths.swift`) plus shared schemas,
/// parameters and responses, so that each part sits beside what it describes.
/// `scripts/schemathesis.sh` checks the running server against it.
package enum OpenAPIDocument {
    package static let bytes: [UInt8] = document.serialized

    package static let document: JSONValue = [
        "openapi": "3.1.0",
        "info": info,
        "servers": [["url": "/"]],
        "tags": tags,
        "paths": object(paths),
        "webhooks": object(webhookEvents),
        "components": components,
    ]

    package static let info: JSONValue = [
        "title": "Catalogus API",
        "version": .string(BuildInfo.version),
        "description": """
            The Activiteitencatalogus of the public libraries: catalogue, prices, orders, registrations and \
            statistics. Errors are RFC 9457 problem details. Send a token as `Authorization: Bearer <token>`; \
            a wrong or revoked token is refused (401) on every endpoint, public ones included. People sign in \
            with e-mail and password instead and hold a session cookie (`cookieAuth`); their changes carry \
            `X-CSRF-Token`.
            """,
    ]

    package static let tags: JSONValue = [
        ["name": "Operations", "description": "Health, readiness, metrics and this document."],
        ["name": "Reference data", "description": "Programmes, municipalities with inhabitants, locations."],
        ["name": "Catalogue", "description": "Activities and services that municipalities can order."],
        ["name": "Prices", "description": "Yearly prices, the price list, publication, indexation and quotes."],
        ["name": "Orders", "description": "Orders (afname), their state changes, and budgets."],
        ["name": "Registrations", "description": "What was held: counts of sessions and participants, never names."],
        ["name": "Key figures", "description": "The annual report's key figures per municipality and for the organisation."],
        ["name": "Statistics", "description": "Annual report, overview and time series, in JSON or CSV."],
        ["name": "Reports", "description": "The jaarbericht's own words: its stories (highlights), foreword and publication."],
        ["name": "People", "description": "Sign-in with e-mail and password (a session cookie) and people's accounts."],
        ["name": "Administration", "description": "The audit log."],
    ]

    /// Every route of `Routes.swift`, in its order.
    package static let paths: [(String, JSONValue)] = endpointPaths(Routes.endpoints)

    package static let components: JSONValue = [
        "schemas": object(commonSchemas + referenceSchemas + catalogueSchemas + priceSchemas + orderSchemas + budgetSchemas
                          + registrationSchemas + highlightSchemas + figureSchemas + statisticsSchemas + explanationSchemas + peopleSchemas + mailSchemas + auditSchemas + webhookSchemas),
        "parameters": object(sharedParameters),
        "responses": object(sharedResponses),
        "headers": object(sharedHeaders),
        "securitySchemes": [
            "bearerAuth": [
                "type": "http", "scheme": "bearer",
                "description": "A token made with `catalogus token create --role ROLE --name NAME`.",
            ],
            "cookieAuth": [
                "type": "apiKey", "in": "cookie", "name": .string(SessionSecret.cookieName),
                "description": "The session of a signed-in person (`POST /api/v1/session`). Changes also need `X-CSRF-Token` and a same-origin `Origin`.",
            ],
        ],
    ]

    /// An object from members in the given order.
    package static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(members.map { (key: $0.0, value: $0.1) }))
    }
}
