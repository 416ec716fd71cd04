import CatalogusDomain
import CatalogusStorage
import HTTPParser
import HTTPServer
import JSON

/// One operation of the API, declared once beside its resource: the router serves it,
/// enforces its `access` and refuses query parameters it does not declare, and
/// `OpenAPIDocument` describes it, all from this value, so the running server and
/// `/openapi.json` cannot drift apart.
package struct Endpoint: Sendable {
    package enum Method: String, Sendable { case get = "GET", post = "POST", put = "PUT", patch = "PATCH", delete = "DELETE" }

    package let method: Method
    package let path: String
    package let operationID: String
    package let tag: APITag
    package let summary: String
    package let description: String?
    package let access: Access
    /// What the document names instead of `access`'s permission, where finer permissions of
    /// the service decide who can succeed (an order's `confirm`: `orders.write` passes the
    /// gate, so that the state machine answers 409 before its 403). Nil: `access`.
    package let documentedPermissions: [Permission]?
    /// Path, query and header parameters in document order; the query ones are the only
    /// query parameters the endpoint accepts.
    package let parameters: [Parameter]
    /// The request body's schema (`OpenAPIDocument.schemaRef(…)`), if it reads one.
    package let body: JSONValue?
    package let bodyRequired: Bool
    /// Further request media types besides JSON (e.g. `text/csv` for a bulk import).
    package let alsoAccepts: [(String, JSONValue)]
    /// The handler's own answers; the common ones (400, 401, 429, 503, and 403/413/415
    /// where they apply) are added by `OpenAPIDocument.operation`.
    package let responses: [(String, JSONValue)]
    /// A fixed answer cheap enough for the event loop itself (`/healthz`).
    package let inline: Bool
    /// A read whose 200 depends only on the database and on what the caller may see: its
    /// encoded answers are kept in `RepresentationCache` until the next commit.
    package let cached: Bool
    package let handler: RouteHandler<AppContext>

    package init(_ method: Method, _ path: String, id operationID: String, tag: APITag, summary: String, description: String? = nil,
         access: Access, documentedPermissions: [Permission]? = nil, parameters: [Parameter] = [], body: JSONValue? = nil, bodyRequired: Bool = true,
         alsoAccepts: [(String, JSONValue)] = [], responses: [(String, JSONValue)], inline: Bool = false,
         cached: Bool = false, handler: @escaping RouteHandler<AppContext>) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.tag = tag
        self.summary = summary
        self.description = description
        self.access = access
        self.documentedPermissions = documentedPermissions
        self.parameters = parameters
        self.body = body
        self.bodyRequired = bodyRequired
        self.alsoAccepts = alsoAccepts
        self.responses = responses
        self.inline = inline
        precondition(!cached || method == .get, "only reads are cached: \(path)")
        self.cached = cached
        self.handler = handler
    }

    /// Query names accepted but not documented, for compatibility with what clients
    /// already send (e.g. paging parameters to a list that is always one page).
    package var toleratedQueryNames: Set<String> = []

    /// The query parameters this endpoint reads; any other is a 422.
    package var queryNames: Set<String> { Set(parameters.compactMap { $0.location == .query ? $0.name : nil }).union(toleratedQueryNames) }
}

/// Who may call an endpoint.
package enum Access: Sendable, Equatable {
    /// No credential needed; a valid token or session whose role may `browse` is accepted too.
    case anyone
    /// A token or session whose role holds this permission (docs/api.md#authentication-and-roles); 401 without one, 403 without it.
    case permission(Permission)
    /// As `permission`, unless the server runs with `--public-metrics` (a scrape on a private network).
    case permissionUnlessMetricsArePublic(Permission)

    /// The permission asked for; nil for `anyone`.
    package var permission: Permission? {
        switch self {
        case .anyone: nil
        case .permission(let permission), .permissionUnlessMetricsArePublic(let permission): permission
        }
    }
}

/// The sections of the API, in the document's order (`tags` of OpenAPI).
package enum APITag: String, CaseIterable, Sendable {
    case operations = "Operations"
    case reference = "Reference data"
    case catalogue = "Catalogue"
    case prices = "Prices"
    case orders = "Orders"
    case registrations = "Registrations"
    case keyFigures = "Key figures"
    case statistics = "Statistics"
    case reports = "Reports"
    case people = "People"
    case administration = "Administration"
}

/// A parameter of an endpoint: its name and place, and its OpenAPI description (often
/// a `$ref` to `components/parameters`).
package struct Parameter: Sendable {
    package enum Location: String, Sendable { case path, query, header }

    package let name: String
    package let location: Location
    package let openAPI: JSONValue

    package static func query(_ name: String, _ schema: JSONValue, _ description: String, required: Bool = false) -> Parameter {
        Parameter(name: name, location: .query, openAPI: OpenAPIDocument.queryParameter(name, schema, description, required: required))
    }

    package static func path(_ name: String, _ schema: JSONValue, _ description: String) -> Parameter {
        Parameter(name: name, location: .path, openAPI: OpenAPIDocument.pathParameter(name, schema, description))
    }

    /// A parameter of `components/parameters`, by its component name.
    package static func shared(_ component: String, name: String, in location: Location) -> Parameter {
        Parameter(name: name, location: location, openAPI: OpenAPIDocument.parameterRef(component))
    }

    package static let limit = shared("Limit", name: "limit", in: .query)
    package static let cursor = shared("Cursor", name: "cursor", in: .query)
    package static let modifiedSince = shared("ModifiedSince", name: "modified_since", in: .query)
    package static let output = shared("Output", name: "output", in: .query)
    package static let separator = shared("Separator", name: "sep", in: .query)
    package static let ifNoneMatch = shared("IfNoneMatch", name: "If-None-Match", in: .header)
    package static let ifMatch = shared("IfMatch", name: "If-Match", in: .header)
    package static let idempotencyKey = shared("IdempotencyKey", name: "Idempotency-Key", in: .header)
    package static let yearPath = shared("YearPath", name: "year", in: .path)
    package static let activityPath = shared("ActivityPath", name: "id", in: .path)

    /// `municipality=`: a slug, as `QueryDecoder.municipality` checks it.
    package static func municipalityFilter(_ description: String = "A municipality's slug; an unknown one is 422.") -> Parameter {
        .query("municipality", OpenAPIDocument.municipalitySlug(), description)
    }
    /// `activity=`: an id or a code.
    package static let activityFilter = query("activity", OpenAPIDocument.activityReference(), "An activity's id or code; an unknown one is 422.")

    /// `limit`, `cursor`: every paginated list.
    package static let paging: [Parameter] = [.limit, .cursor]
    /// `output`, `sep`: every list that also speaks CSV.
    package static let csvOutput: [Parameter] = [.output, .separator]
}
