import HTTPServer
import SQLite

/// The application as the HTTP server sees it: each handler thread (and each event loop,
/// for the few inline routes) gets its own read-only connection; every request runs
/// through the frozen route table.
public struct CatalogusApp: HTTPResponder {
    public let services: AppServices
    let router: Router<AppContext>

    public init(services: AppServices) {
        self.services = services
        router = Routes.build(services: services)
    }

    /// Called on the thread that will use the state (HandlerPool's threads, EventLoop.init
    /// on its loop's thread), so the reader is owned by its thread from the start and is
    /// never handed over: no `adoptOwnership()` is needed.
    public func makeWorkerState(workerIndex: Int) throws -> WorkerResources {
        WorkerResources(reader: try Connection(path: services.configuration.databasePath, mode: .readOnly))
    }

    /// Only without a token: authentication may wait for the writer (to mark the token
    /// used), and nothing that waits may run on an event loop.
    public func runsInline(_ request: HTTPRequest) -> Bool {
        request.headers["Authorization"] == nil && router.runsInline(request)
    }

    public func respond(to request: HTTPRequest, state: WorkerResources) -> HTTPResponse {
        router.respond(to: request, context: AppContext(reader: state.reader, services: services))
    }
}
