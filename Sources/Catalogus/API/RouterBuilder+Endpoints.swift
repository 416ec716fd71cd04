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
            on(endpoint.method.rawValue, endpoint.path, inline: endpoint.inline) { request, context in
                if case .roles(let roles) = access { try context.require(roles) }
                try QueryDecoder.rejectUnknown(request.query, allowed: allowed)
                return try handler(request, context)
            }
        }
    }
}
