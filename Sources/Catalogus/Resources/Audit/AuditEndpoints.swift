import HTTPServer
import JSON

/// The endpoints of Audit, in the order of the document.
enum AuditEndpoints {
    static let all: [Endpoint] = []
}
