import CatalogusDomain
import JSON
import SQLite

/// One change as the audit log keeps it: who, what, and the resource before and after
/// (stored as the resource's JSON, passed through as is).
package struct AuditEntry: Sendable, Equatable, JSONRepresentable {
    package enum Column: String, RecordColumn {
        case id, at
        case by = "token_name"
        case action, entity
        case entityID = "entity_id"
        case before = "before_json"
        case after = "after_json"
        case requestID = "request_id"
        case clientRequestID = "client_request_id"
    }

    package static let table = RecordTable<Column>(name: "audit_log")

    package let id: Int64
    package let at: String
    /// The token's name, or the signed-in person's.
    package let by: String
    package let action: String
    package let entity: String
    package let entityID: String
    package let before: String?
    package let after: String?
    package let requestID: String?
    package let clientRequestID: String?

    package init(_ row: RecordRow<Column>) throws {
        id = try row.int64(.id)
        at = try row.string(.at)
        by = try row.string(.by)
        action = try row.string(.action)
        entity = try row.string(.entity)
        entityID = try row.string(.entityID)
        before = try row.optionalString(.before)
        after = try row.optionalString(.after)
        requestID = try row.optionalString(.requestID)
        clientRequestID = try row.optionalString(.clientRequestID)
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.int(id)
        w.key("at"); w.string(at)
        w.key("by"); w.string(by)
        w.key("action"); w.string(action)
        w.key("entity"); w.string(entity)
        w.key("entity_id"); w.string(entityID)
        w.key("before"); if let before { w.raw(before.utf8) } else { w.null() }
        w.key("after"); if let after { w.raw(after.utf8) } else { w.null() }
        w.key("request_id"); w.string(requestID)
        w.key("client_request_id"); w.string(clientRequestID)
        w.endObject()
    }
}
