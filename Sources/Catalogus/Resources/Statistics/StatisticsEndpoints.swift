import HTTPServer
import JSON

/// The endpoints of Statistics, in the order of the document.
enum StatisticsEndpoints {
    static let all: [Endpoint] = []
}
