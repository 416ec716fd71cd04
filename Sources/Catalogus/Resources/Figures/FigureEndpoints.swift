import HTTPServer
import JSON

/// The endpoints of Figures, in the order of the document.
enum FigureEndpoints {
    static let all: [Endpoint] = []
}
