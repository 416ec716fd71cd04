import CatalogusDomain
import JSON
import SQLite

/// Appends to the audit table, in the same transaction as the change it records.
package enum AuditLog {
    /// The kinds of resource that changes are recorded for (`record(entity:)`), sorted:
    /// `GET /api/v1/audit?entity=` filters on them.
    package static let entities = ["activity", "budget", "figures", "foreword", "highlight", "inhabitants", "location", "municipality",
                                   "order", "price", "price_list", "registration", "report", "user"]

    package struct Actor {
        package let tokenID: Int64?
        /// The signed-in person, for requests made with a session cookie.
        package var userID: Int64? = nil
        package let name: String
        /// The server's id of the request.
        package let requestID: String?
        /// The client's `X-Request-Id`, if it sent one: kept apart, since a client may reuse it.
        package var clientRequestID: String? = nil

        package init(tokenID: Int64?, userID: Int64? = nil, name: String, requestID: String?, clientRequestID: String? = nil) {
            self.tokenID = tokenID
            self.userID = userID
            self.name = name
            self.requestID = requestID
            self.clientRequestID = clientRequestID
        }
    }

    /// The column keeps at most 200 characters (migration 0009); an address without an
    /// account (up to 254) is the entity of a refused sign-in or a reset request, cut to fit.
    package static let maxEntityIDLength = 200
    package static func entityID(_ text: String) -> String { String(text.prefix(maxEntityIDLength)) }

    /// A snapshot built in place (`["count": 3]`).
    package static func record(_ db: Connection, actor: Actor, action: String, entity: String, id: String,
                       before: JSONValue?, after: JSONValue?, at: String = Timestamp.now()) throws {
        try record(db, actor: actor, action: action, entity: entity, id: id, before: before.map { $0 as any JSONRepresentable },
                   after: after.map { $0 as any JSONRepresentable }, at: at)
    }

    /// `before` and `after` are the resource's values, written with their API representation.
    package static func record(_ db: Connection, actor: Actor, action: String, entity: String, id: String,
                       before: (any JSONRepresentable)?, after: (any JSONRepresentable)?, at: String = Timestamp.now()) throws {
        try AuditRepository.insert(at: at, actor: actor, action: action, entity: entity, id: id,
                                   beforeJSON: before.map { String(decoding: $0.jsonBytes, as: UTF8.self) },
                                   afterJSON: after.map { String(decoding: $0.jsonBytes, as: UTF8.self) }, in: db)
    }
}
