import HTTPParser
import HTTPServer

/// A 200 answer of a cacheable read as its handler made it, before anything per request
/// (request id, CORS, cookie headers, Date, compression) is added around it.
package struct CachedRepresentation: Sendable {
    /// The only header fields a stored answer may carry: each is a function of the data
    /// and the key. An answer with any other field (Set-Cookie, Retry-After, …) may hold a
    /// per-request value, so it is not stored.
    package static let storableFields: Set<String> = ["content-type", "etag", "content-disposition", "link"]

    package let headers: HTTPHeaders
    package let body: [UInt8]
    package let etag: String
    /// Shared by every answer from this entry: gzip clients cost one compression.
    package let gzip: SharedGzipBody
    /// `DatabaseWriter.dataVersion` read before the handler began to read.
    package let version: UInt64

    package init(headers: HTTPHeaders, body: [UInt8], etag: String, gzip: SharedGzipBody, version: UInt64) {
        self.headers = headers
        self.body = body
        self.etag = etag
        self.gzip = gzip
        self.version = version
    }

    /// The body, room for its gzip form (never larger: a larger one is not kept) and the
    /// header bytes, plus a little for the key and the bookkeeping.
    package var cost: Int {
        2 * body.count + headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 } + 256
    }

    /// Nil for an answer that must not be stored: not a 200, no ETag, already encoded, or a field outside `storableFields`.
    package init?(_ response: HTTPResponse, version: UInt64) {
        guard response.status == 200, response.sharedGzip == nil, let etag = response.headers["ETag"],
              response.headers.allSatisfy({ Self.storableFields.contains($0.name.lowercased()) })
        else { return nil }
        headers = response.headers
        body = response.body
        self.etag = etag
        gzip = SharedGzipBody()
        self.version = version
    }

    /// The answer to `request`: a 304 when its If-None-Match names the ETag (with the
    /// fields the handler's own 304 has: all but Content-Type), otherwise the 200.
    package func response(to request: HTTPRequest) -> HTTPResponse {
        if Conditional.noneMatchHits(request, etag: etag) {
            var notModified = headers
            notModified.remove(name: "Content-Type")
            return HTTPResponse(status: 304, headers: notModified)
        }
        var response = HTTPResponse(status: 200, headers: headers, body: body)
        response.sharedGzip = gzip
        return response
    }
}
