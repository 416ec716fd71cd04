import CatalogusStorage
import HTTPServer

extension PageRequest {
    /// RFC 8288 `Link` to the next page: the same request with the new cursor, for CSV
    /// clients that have no `next_cursor` field to read.
    /// Built from the parsed parameters, each percent-encoded again, never from the raw
    /// query: nothing a client sends can close the `<…>` or add a parameter of its own.
    package static func nextLink(_ request: HTTPRequest, cursor: String) -> String {
        let kept = request.query.filter { $0.name != "cursor" } + [(name: "cursor", value: cursor)]
        let query = kept.map { QueryEncoding.encode($0.name) + "=" + QueryEncoding.encode($0.value) }.joined(separator: "&")
        return "<\(request.path)?\(query)>; rel=\"next\""
    }
}
