import HTTPServer
import JSON

/// The endpoints of Orders, in the order of the document.
enum OrderEndpoints {
    static let all: [Endpoint] = []
}
