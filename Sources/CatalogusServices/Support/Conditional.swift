import CatalogusDomain
import Crypto
import HTTPParser
import HTTPServer
import JSON

/// ETags and conditional requests (RFC 9110 §8.8.3, §13).
/// Single resources: a strong tag of their `version`. Lists: a weak tag of the body.
package enum Conditional {
    package static func versionTag(_ version: Int64) -> String { "\"\(version)\"" }

    package static func bodyTag(_ body: [UInt8]) -> String {
        let digest = SHA256.hash(data: body)
        return "W/\"" + digest.prefix(12).map { String($0, radix: 16).leftPadded(to: 2) }.joined() + "\""
    }

    /// Entity tags listed in an If-Match / If-None-Match value; `*` is returned as is.
    package static func tags(_ header: String) -> [String] {
        header.split(separator: ",").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
    }

    private static func opaque(_ tag: String) -> String { tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag }

    /// A JSON response with its ETag; 304 when the client's If-None-Match matches (weak comparison).
    package static func respond(_ request: HTTPRequest, body: [UInt8], etag: String, status: Int = 200,
                        headers: HTTPHeaders = [:], contentType: String = HTTPResponse.jsonContentType) -> HTTPResponse {
        var headers = headers
        headers.set(name: "ETag", value: etag)
        if status == 200, noneMatchHits(request, etag: etag) {
            return HTTPResponse(status: 304, headers: headers)
        }
        headers.set(name: "Content-Type", value: contentType)
        return HTTPResponse(status: status, headers: headers, body: body)
    }

    /// Whether the request's If-None-Match names `etag` (weak comparison), so that a 200
    /// with it becomes a 304.
    package static func noneMatchHits(_ request: HTTPRequest, etag: String) -> Bool {
        guard let header = request.headers["If-None-Match"] else { return false }
        return tags(header).contains { $0 == "*" || opaque($0) == opaque(etag) }
    }

    package static func resource(_ request: HTTPRequest, body: [UInt8], version: Int64, status: Int = 200,
                         headers: HTTPHeaders = [:]) -> HTTPResponse {
        respond(request, body: body, etag: versionTag(version), status: status, headers: headers)
    }

    package static func list(_ request: HTTPRequest, body: [UInt8], contentType: String = HTTPResponse.jsonContentType) -> HTTPResponse {
        respond(request, body: body, etag: bodyTag(body), contentType: contentType)
    }

    /// `*` or a list of entity tags (RFC 9110 §13.1.1), as `/openapi.json` declares If-Match.
    package static let ifMatchPattern = #"^(\*|(W/)?"[^"]*"( *, *(W/)?"[^"]*")*)$"#

    /// The version an If-Match names; 428 without one (or with one that names no entity
    /// tag: empty or not quoted, which RFC 9110 §5.5 lets us treat as absent), 412 when
    /// it is not `current`.
    package static func requireMatch(_ request: HTTPRequest, current: Int64) throws {
        try requireMatch(request, etag: versionTag(current), version: current)
    }

    /// `requireMatch` against a strong tag of the whole representation (`contentTag`), for a
    /// resource whose body changes without its version (a story's figures).
    package static func requireMatch(_ request: HTTPRequest, etag expected: String, version: Int64) throws {
        guard let header = request.headers["If-Match"], header.matchesWhole(ifMatchPattern) else {
            throw AppError.preconditionRequired(.init(.requestIfMatchRequired))
        }
        let matches = tags(header).contains { $0 == "*" || $0 == expected }
        guard matches else {
            throw AppError.preconditionFailed(.init(.resourceChanged, ["version": .integer(version)]))
        }
    }

    /// A strong tag of a representation's bytes: for a resource computed from others, whose
    /// version alone would let a cache keep stale figures.
    package static func contentTag(_ body: [UInt8]) -> String { String(bodyTag(body).dropFirst(2)) }
}
