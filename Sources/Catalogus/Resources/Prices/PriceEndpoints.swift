import HTTPServer
import JSON

/// The endpoints of Prices, in the order of the document.
enum PriceEndpoints {
    static let all: [Endpoint] = []
}
