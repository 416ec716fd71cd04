import CatalogusServices
import HTTPServer

/// The services a handler calls, made from the request context.
extension AppContext {
    package func referenceService(_ request: HTTPRequest) -> ReferenceService {
        ReferenceService(writer: services.writer, actor: actor(for: request))
    }
}
