import Foundation
import Hummingbird

/// The two read endpoints, with the SQL catalogus runs for them (default filter:
/// active activities; keyset order by name then id; one row more than the page to
/// know whether there is a next one).
enum Routes {
    static func add(to router: Router<BasicRequestContext>, pool: ConnectionPool) {
        router.get("/api/v1/activities") { request, _ -> ActivityPage in
            let limit = request.uri.queryParameters.get("limit", as: Int.self) ?? 50
            guard (1...500).contains(limit) else { throw HTTPError(.badRequest, message: "limit must be 1 to 500") }
            let sql = "SELECT \(Activity.columns) FROM activity a WHERE a.active = ? ORDER BY a.name, a.id LIMIT ?"
            var items: [Activity] = []
            try pool.withConnection { db in
                try db.query(sql, [1, Int64(limit + 1)]) { items.append(Activity(row: $0)) }
            }
            var nextCursor: String?
            if items.count > limit {
                items.removeLast()
                nextCursor = items.last.map { cursor(name: $0.name, id: $0.id) }
            }
            return ActivityPage(items: items, nextCursor: nextCursor)
        }

        router.get("/api/v1/activities/{id}") { _, context -> Activity in
            let id = try context.parameters.require("id", as: Int64.self)
            let sql = "SELECT \(Activity.columns) FROM activity a WHERE a.id = ?"
            let found = try pool.withConnection { db in
                var found: Activity?
                try db.query(sql, [id]) { found = Activity(row: $0) }
                return found
            }
            guard let found else { throw HTTPError(.notFound) }
            return found
        }
    }

    /// The same opaque cursor catalogus returns: base64url of name, U+001F, id.
    static func cursor(name: String, id: Int64) -> String {
        Data((name + "\u{1F}" + String(id)).utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
