import CatalogusDomain
import HTTPServer
import JSON

/// Refuses a query that names a parameter twice (400). No parameter of this API is a
/// list, and with two values one part of the code may check the first while another
/// echoes the last (as the `Link` of a CSV page once did).
package struct QueryStrictnessMiddleware: Middleware {
    package init() {}

    package func handle(_ request: HTTPRequest, context: AppContext,
                next: (HTTPRequest, AppContext) throws -> HTTPResponse) throws -> HTTPResponse {
        if !request.queryString.isEmpty, let name = Self.firstRepeatedName(request.query) {
            throw AppError.malformed(.init(.requestRepeatedParameter, ["name": .string(name)]))
        }
        return try next(request, context)
    }

    package static func firstRepeatedName(_ query: QueryParameters) -> String? {
        var seen = Set<String>()
        for (name, _) in query where !seen.insert(name).inserted { return name }
        return nil
    }
}
