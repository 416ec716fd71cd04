import HTTPParser
import HTTPServer

extension RouterBuilder where Context == AppContext {
    /// Serves each endpoint behind the checks its declaration names: the role first
    /// (401/403), then the query's parameter names (422 for one it does not declare),
    /// so that no handler repeats either.
    mutating func register(_ endpoints: [Endpoint]) {
        for endpoint in endpoints {
            let access = endpoint.access
            let allowed = endpoint.queryNames
            let handler = endpoint.handler
            let isRead = endpoint.method == .get
            on(endpoint.method.rawValue, endpoint.path, inline: endpoint.inline) { request, context in
                switch access {
                case .anyone: break
                case .roles(let roles): try context.require(roles)
                case .rolesUnlessMetricsArePublic(let roles):
                    if !context.services.configuration.publicMetrics { try context.require(roles) }
                }
                if request.queryString.isEmpty { return try handler(request, context) }
                let unknown = QueryDecoder.unknownNames(request.query, allowed: allowed)
                if unknown.isEmpty { return try handler(request, context) }
                // A 422 lists every bad parameter at once (API.md): a read still runs, so that
                // its own query errors join these (`QueryDecoder(request, context)` starts with
                // them; another decoder's 422 is merged here), and its 404 or 403 stays what it
                // was. Whatever else it answers, the typo is refused. A change never runs with
                // a parameter it does not know.
                guard isRead else { throw AppError.validation(unknown) }
                var flagged = context
                flagged.unknownQueryErrors = unknown
                do { _ = try handler(request, flagged) } catch AppError.validation(let errors) {
                    throw AppError.validation(unknown + errors.filter { !unknown.contains($0) })
                }
                throw AppError.validation(unknown)
            }
        }
    }
}
