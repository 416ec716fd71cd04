import HTTPServer
import JSON

/// The endpoints of Registrations, in the order of the document.
enum RegistrationEndpoints {
    static let all: [Endpoint] = []
}
