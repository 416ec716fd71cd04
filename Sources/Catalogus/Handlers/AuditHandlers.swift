import HTTPServer
import JSON
import SQLite

/// `GET /api/v1/audit?entity=&id=` (admin): who changed what, newest first.
enum AuditHandlers {
    /// What the handlers record (`AuditLog.record(entity:)`).
    static let entities: Set<String> = ["activity", "price", "price_list", "municipality", "inhabitants", "location", "order",
                                        "budget", "registration", "figures"]

    @Sendable static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let query = request.query
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(query, allowed: ["entity", "id", "limit", "cursor"], errors: &errors)
        let page = PageRequest.parse(query, errors: &errors)
        if let entity = query["entity"], !entities.contains(entity) {
            errors.append(.init(field: "entity", message: "must be one of \(entities.sorted().joined(separator: ", "))"))
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        var sql = """
            SELECT id, at, token_name, action, entity, entity_id, before_json, after_json, request_id, client_request_id FROM audit_log WHERE 1 = 1
            """
        var arguments: [any SQLiteBindable] = []
        if let entity = query["entity"] { sql += " AND entity = ?"; arguments.append(entity) }
        if let id = query["id"] { sql += " AND entity_id = ?"; arguments.append(id) }
        if let after = page.after { sql += " AND id < ?"; arguments.append(after.id) }
        sql += " ORDER BY id DESC LIMIT ?"
        arguments.append(page.limit + 1)
        var w = JSONWriter(capacity: 16 * 1024)
        w.beginObject()
        w.key("items")
        w.beginArray()
        var count = 0
        var lastID: Int64?
        var more = false
        try context.reader.forEachRow(sql, arguments: arguments) { row in
            guard count < page.limit else { more = true; return }
            let id: Int64 = try row.column(0)
            w.beginObject()
            w.key("id"); w.int(id)
            w.key("at"); w.string(try row.column(1, as: String.self))
            w.key("by"); w.string(try row.column(2, as: String.self))
            w.key("action"); w.string(try row.column(3, as: String.self))
            w.key("entity"); w.string(try row.column(4, as: String.self))
            w.key("entity_id"); w.string(try row.column(5, as: String.self))
            w.key("before"); if let json: String = try row.column(6) { w.raw(json.utf8) } else { w.null() }
            w.key("after"); if let json: String = try row.column(7) { w.raw(json.utf8) } else { w.null() }
            w.key("request_id"); w.string(try row.column(8, as: String?.self))
            w.key("client_request_id"); w.string(try row.column(9, as: String?.self))
            w.endObject()
            lastID = id
            count += 1
        }
        w.endArray()
        w.key("next_cursor")
        if more, let lastID { w.string(PageRequest.encode(key: "", id: lastID)) } else { w.null() }
        w.endObject()
        return Conditional.list(request, body: w.bytes)
    }
}
