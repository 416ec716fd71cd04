import HTTPServer
import JSON

/// The endpoints of People, in the order of the document.
enum PeopleEndpoints {
    static let all: [Endpoint] = []
}
