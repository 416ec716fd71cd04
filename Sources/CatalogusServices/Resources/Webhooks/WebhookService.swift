import CatalogusDomain
import CatalogusStorage
import JSON
import SQLite

/// Hooks: creating, changing, rotating, deleting (all audited), the test event and
/// manual retries.
package enum WebhookService {
    /// The delivery worker fans every event out to each listening hook (in its own small
    /// writes): the number of hooks bounds that work and the sender threads' queue.
    package static let maxHooks = 100

    package static func require(_ text: String?, in db: Connection) throws -> Webhook {
        guard let id = Int64(text ?? ""), let hook = try WebhookRepository.find(id, in: db) else {
            throw AppError.notFound(.init(.webhookUnknown, ["id": .string(text ?? "")]))
        }
        return hook
    }

    /// `input`: `Webhook.new` with the body's fields (`WebhookInput.create`).
    package static func create(_ input: Webhook, actor: AuditLog.Actor, writer: DatabaseWriter) throws -> WebhookWithSecret {
        try writer.write { db in
            if let slug = input.municipality, try MunicipalityRepository.find(slug, in: db) == nil {
                throw AppError.validation([.init(field: "municipality", Message(.municipalityUnknown, ["slug": .string(slug)]))])
            }
            guard try WebhookRepository.count(in: db) < maxHooks else {
                throw AppError.conflict(.init(.webhookLimit, ["max": .integer(maxHooks)]))
            }
            let secret = WebhookSignature.newSecret()
            let id = try WebhookRepository.insert(input, secret: secret, now: Timestamp.now(), in: db)
            guard let hook = try WebhookRepository.find(id, in: db) else { throw AppError.notFound(.init(.webhookUnknown)) }
            try AuditLog.record(db, actor: actor, action: "create", entity: "webhook", id: String(id), before: nil, after: hook)
            return WebhookWithSecret(webhook: hook, secret: secret)
        }
    }

    package static func update(_ idText: String?, _ change: WebhookChange, actor: AuditLog.Actor, writer: DatabaseWriter,
                       checkVersion: (Int64) throws -> Void) throws -> Webhook {
        try writer.write { db in
            let before = try require(idText, in: db)
            try checkVersion(before.version)
            let hook = before.changed(by: change.values, in: change.given)
            try WebhookRepository.update(hook, now: Timestamp.now(), in: db)
            let after = try require(idText, in: db)
            try AuditLog.record(db, actor: actor, action: "update", entity: "webhook", id: String(hook.id), before: before, after: after)
            return after
        }
    }

    package static func rotate(_ idText: String?, actor: AuditLog.Actor, writer: DatabaseWriter) throws -> WebhookWithSecret {
        try writer.write { db in
            let before = try require(idText, in: db)
            let secret = WebhookSignature.newSecret()
            try WebhookRepository.setSecret(before.id, secret, now: Timestamp.now(), in: db)
            let after = try require(idText, in: db)
            try AuditLog.record(db, actor: actor, action: "rotate_secret", entity: "webhook", id: String(before.id), before: before, after: after)
            return WebhookWithSecret(webhook: after, secret: secret)
        }
    }

    package static func delete(_ idText: String?, actor: AuditLog.Actor, writer: DatabaseWriter, checkVersion: (Int64) throws -> Void) throws {
        try writer.write { db in
            let before = try require(idText, in: db)
            try checkVersion(before.version)
            try WebhookRepository.delete(before.id, in: db)
            try AuditLog.record(db, actor: actor, action: "delete", entity: "webhook", id: String(before.id), before: before, after: nil as Webhook?)
        }
    }

    /// A `webhook.test` event to this hook alone (even an inactive one is not sent to: the worker skips inactive hooks).
    package static func test(_ idText: String?, writer: DatabaseWriter) throws -> WebhookDelivery {
        try writer.write { db in
            let hook = try require(idText, in: db)
            try Outbox.test(hook: hook, in: db, now: WebhookClock.system.now())
            guard let delivery = try WebhookRepository.deliveries(of: hook.id, PageRequest(limit: 1), in: db).items.first else {
                throw AppError.notFound(.init(.webhookDeliveryUnknown))
            }
            return delivery
        }
    }

    package static func retry(_ idText: String?, delivery deliveryText: String?, writer: DatabaseWriter) throws -> WebhookDelivery {
        try writer.write { db in
            let hook = try require(idText, in: db)
            guard let id = Int64(deliveryText ?? ""), let delivery = try WebhookRepository.findDelivery(id, of: hook.id, in: db) else {
                throw AppError.notFound(.init(.webhookDeliveryUnknown, ["webhook": .integer(hook.id), "id": .string(deliveryText ?? "")]))
            }
            guard delivery.status != .succeeded else { throw AppError.conflict(.init(.webhookDeliverySucceeded, ["id": .integer(id)])) }
            try WebhookRepository.retry(id, at: WebhookClock.system.now(), in: db)
            return try WebhookRepository.findDelivery(id, of: hook.id, in: db) ?? delivery
        }
    }
}
