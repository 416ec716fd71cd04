import HTTPServer
import JSON

/// The endpoints of Reference, in the order of the document.
enum ReferenceEndpoints {
    static let all: [Endpoint] = []
}
