import Foundation
import JSON
import Testing

/// Every item of a list endpoint, following `next_cursor` until it is null: the one
/// paging walk of the test suites (catalogue, orders and registrations use it through
/// their helpers). `get` performs one GET of a target; `limit` is added when given.
func listAllItems(_ path: String, limit: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation,
                  get: (String) throws -> TestResponse) throws -> [JSONValue] {
    var items: [JSONValue] = []
    var cursor: String?
    let separator = path.contains("?") ? "&" : "?"
    for _ in 0..<1_000 {
        var parts: [String] = []
        if let limit { parts.append("limit=\(limit)") }
        if let cursor { parts.append("cursor=" + catalogueQueryEncode(cursor)) }
        let target = parts.isEmpty ? path : path + separator + parts.joined(separator: "&")
        let response = try get(target)
        try #require(response.status == 200, "\(target): \(response)", sourceLocation: sourceLocation)
        let body = try response.json()
        let page = try #require(body["items"]?.arrayValue, "\(target): no items", sourceLocation: sourceLocation)
        if let limit { #expect(page.count <= limit, sourceLocation: sourceLocation) }
        items += page
        guard let next = body["next_cursor"]?.stringValue else { return items }
        cursor = next
    }
    Issue.record("the list did not end after 1,000 pages", sourceLocation: sourceLocation)
    return items
}
