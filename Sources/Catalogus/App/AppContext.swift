import HTTPServer
import SQLite

/// What a handler gets besides the request: route parameters, the caller, and the
/// loop's own read connection plus the shared services.
public struct AppContext: RequestContext {
    public var parameters = PathParameters()
    public var route: String?
    public var principal: Principal?
    /// This event loop's read-only connection: only used on the loop's thread.
    public let reader: Connection
    public let services: AppServices

    public init(reader: Connection, services: AppServices) {
        self.reader = reader
        self.services = services
    }
}

/// Per-loop state: made on the loop's thread, used only there.
public final class LoopResources {
    public let reader: Connection

    init(reader: Connection) { self.reader = reader }
}
