import HTTPServer
import JSON

/// The endpoints of Activities, in the order of the document.
enum ActivityEndpoints {
    static let all: [Endpoint] = []
}
