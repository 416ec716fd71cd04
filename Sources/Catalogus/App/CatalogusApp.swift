import HTTPServer
import SQLite

/// The application as the HTTP server sees it: each loop gets its own read-only
/// connection; every request runs through the frozen route table.
public struct CatalogusApp: HTTPResponder {
    public let services: AppServices
    let router: Router<AppContext>

    public init(services: AppServices) {
        self.services = services
        router = Routes.build(services: services)
    }

    public func makeLoopState(loopIndex: Int) throws -> LoopResources {
        LoopResources(reader: try Connection(path: services.configuration.databasePath, mode: .readOnly))
    }

    public func respond(to request: HTTPRequest, state: LoopResources) -> HTTPResponse {
        router.respond(to: request, context: AppContext(reader: state.reader, services: services))
    }
}
