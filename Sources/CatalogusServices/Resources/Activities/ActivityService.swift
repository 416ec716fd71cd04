import CatalogusDomain
import CatalogusStorage
import Foundation
import JSON
import SQLite

/// The catalogue's rules: reading activities by id or code, and creating, changing
/// and archiving them (admin only) in one transaction each, audited with the values
/// before and after.
package enum ActivityService {
    package static func list(_ filter: ActivityRepository.Filter, page: PageRequest, in db: Connection) throws -> Page<ListedActivity> {
        try ActivityRepository.list(filter, page: page, in: db)
    }

    /// One activity, with that year's price (or null) when `year` is given.
    package static func read(_ reference: String, year: Int64?, in db: Connection) throws -> (activity: Activity, price: PricedActivity?) {
        let activity = try ActivityRepository.require(reference, in: db)
        guard let year else { return (activity, nil) }
        return (activity, PricedActivity(activity: activity, price: try PriceRepository.price(of: activity, year: year, in: db)))
    }

    /// Creates from a POST body, inside the caller's transaction (`Idempotency.perform`).
    package static func create(_ body: JSONObject, actor: AuditLog.Actor, in db: Connection) throws -> Activity {
        let activity = try ActivityInput.decode(body, onto: .new(now: Timestamp.now()), creating: true, in: db)
        let id = try ActivityRepository.insert(activity, in: db)
        let created = try ActivityRepository.require(String(id), in: db)
        try AuditLog.record(db, actor: actor, action: "create", entity: "activity", id: String(id), before: nil, after: created)
        return created
    }

    /// Applies a PATCH body under `precondition` (the If-Match check of the version read).
    package static func update(_ reference: String, with body: JSONObject, actor: AuditLog.Actor, writer: DatabaseWriter,
                       precondition: (Int64) throws -> Void) throws -> Activity {
        try modify(reference, action: "update", actor: actor, writer: writer, precondition: precondition) { activity, db in
            activity = try ActivityInput.decode(body, onto: activity, creating: false, in: db)
        }
    }

    /// Archives: an activity is never removed, since orders and registrations may refer to it.
    package static func archive(_ reference: String, actor: AuditLog.Actor, writer: DatabaseWriter,
                        precondition: (Int64) throws -> Void) throws -> Activity {
        try modify(reference, action: "archive", actor: actor, writer: writer, precondition: precondition) { activity, _ in
            activity.active = false
        }
    }

    private static func modify(_ reference: String, action: String, actor: AuditLog.Actor, writer: DatabaseWriter,
                               precondition: (Int64) throws -> Void,
                               change: (inout Activity, Connection) throws -> Void) throws -> Activity {
        try writer.write { db in
            let current = try ActivityRepository.require(reference, in: db)
            try precondition(current.version)
            var changed = current
            changed.updatedAt = Timestamp.now()
            try change(&changed, db)
            try ActivityRepository.update(changed, expectedVersion: current.version, in: db)
            let updated = try ActivityRepository.require(String(current.id), in: db)
            try AuditLog.record(db, actor: actor, action: action, entity: "activity", id: String(current.id),
                                before: current, after: updated)
            return updated
        }
    }
}
