import CatalogusStorage
import HTTPServer

/// Who a request acts as, for the audit log.
extension AppContext {
    package func actor(for request: HTTPRequest) -> AuditLog.Actor {
        AuditLog.Actor(tokenID: principal?.tokenID, userID: principal?.userID, name: principal?.name ?? "anonymous", requestID: request.id,
                       clientRequestID: request.clientRequestID)
    }
}
