import CatalogusAPI
import CatalogusServices
import HTTPServer
import SQLite

/// The application as the HTTP server sees it: each handler thread (and each event loop,
/// for the few inline routes) gets its own read-only connection; every request runs
/// through the frozen route table.
public struct CatalogusApp: HTTPResponder {
    public let services: AppServices
    package let router: Router<AppContext>

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
    /// used), and nothing that waits may run on an event loop. Besides the inline routes,
    /// an anonymous read the representation cache holds a fresh answer for: a copy of
    /// bytes. (Without a cookie too: a session is looked up in the database. Should a
    /// commit land between this check and the lookup, that one read runs on the loop.)
    public func runsInline(_ request: HTTPRequest) -> Bool {
        guard request.headers["Authorization"] == nil else { return false }
        if router.runsInline(request) { return true }
        let cache = services.representations
        guard cache.isEnabled, request.method == "GET" || request.method == "HEAD", request.headers["Cookie"] == nil
        else { return false }
        return cache.holdsReadyEntry(for: RepresentationKey(request, visibility: .anonymous), version: services.writer.dataVersion,
                                     acceptEncoding: request.headers["Accept-Encoding"])
    }

    public func respond(to request: HTTPRequest, state: WorkerResources) -> HTTPResponse {
        router.respond(to: request, context: AppContext(reader: state.reader, services: services))
    }
}
