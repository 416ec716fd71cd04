import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPParser
import HTTPServer

extension RouterBuilder where Context == AppContext {
    /// Serves each endpoint behind the checks its declaration names: the permission first
    /// (401/403), then the query's parameter names (422 for one it does not declare),
    /// so that no handler repeats either; a `cached` read is answered through the
    /// representation cache, behind the role check.
    package mutating func register(_ endpoints: [Endpoint]) {
        for endpoint in endpoints {
            let access = endpoint.access
            let allowed = endpoint.queryNames
            let handler = endpoint.handler
            let isRead = endpoint.method == .get
            let cached = endpoint.cached

            @Sendable func checkedQuery(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
                if request.queryString.isEmpty { return try handler(request, context) }
                let unknown = QueryDecoder.unknownNames(request.query.names, allowed: allowed)
                if unknown.isEmpty { return try handler(request, context) }
                // A 422 lists every bad parameter at once (docs/api.md#errors): a read still runs, so that
                // its own query errors join these; whatever else it answers (even a 404), the
                // typo is refused. A change never runs with a parameter it does not know.
                guard isRead else { throw AppError.validation(unknown) }
                do { _ = try handler(request, context) } catch AppError.validation(let errors) {
                    throw AppError.validation(unknown + errors)
                } catch {}
                throw AppError.validation(unknown)
            }

            on(endpoint.method.rawValue, endpoint.path, inline: endpoint.inline) { request, context in
                switch access {
                case .anyone: break
                case .permission(let permission): try context.require(permission)
                case .permissionUnlessMetricsArePublic(let permission):
                    if !context.services.configuration.publicMetrics { try context.require(permission) }
                }
                let cache = context.services.representations
                guard cached, cache.isEnabled else { return try checkedQuery(request, context) }
                // Read before the handler begins to read: an answer is stored under a version
                // no newer than the data it was made from.
                let version = context.services.writer.dataVersion
                return try cache.respond(to: request, visibility: Visibility(context.principal), version: version) { request in
                    try checkedQuery(request, context)
                }
            }
        }
    }
}
