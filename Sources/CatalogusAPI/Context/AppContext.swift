import CatalogusDomain
import CatalogusServices
import HTTPServer
import SQLite

/// What a handler gets besides the request: route parameters, the caller, and the
/// thread's own read connection plus the shared services.
public struct AppContext: RequestContext {
    public var parameters = PathParameters()
    public var route: String?
    public var principal: Principal?
    /// For a caller signed in by session cookie: the token its changes must carry (`X-CSRF-Token`).
    public var csrfToken: String?
    /// This thread's read-only connection: only used on the thread that runs the request.
    public let reader: Connection
    public let services: AppServices

    public init(reader: Connection, services: AppServices) {
        self.reader = reader
        self.services = services
    }

    /// What a service needs of this request.
    package var caller: Caller { Caller(principal: principal, reader: reader, writer: services.writer, mailer: services.accounts.mailer) }
}

/// Per-thread state: made on a handler thread (or event loop), used only there.
public final class WorkerResources {
    public let reader: Connection

    package init(reader: Connection) { self.reader = reader }
}
