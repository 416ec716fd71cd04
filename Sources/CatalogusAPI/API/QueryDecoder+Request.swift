import CatalogusStorage
import HTTPServer

/// A request's query and `Accept` header as the plain values storage's decoder reads.
extension QueryDecoder {
    package init(_ request: HTTPRequest) {
        self.init(request.query.pairs, accept: request.headers["Accept"])
    }
}
