import HTTPServer
import JSON

/// The endpoints of Operations, in the order of the document.
enum OperationsEndpoints {
    static let all: [Endpoint] = []
}
