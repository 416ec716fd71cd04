import CatalogusDomain
import CatalogusStorage
import HTTPServer
import JSON
import SQLite

/// Orders: who sees and changes which, the write transactions, the history entries
/// and the audit records. The rules of a submit live in `OrderWorkflow`, the states in
/// `OrderAction`.
package enum OrderService {
    // MARK: Reading

    /// The order as `context`'s caller reads it, or 404 — also when it belongs to another
    /// municipality than the caller's, so that its existence does not leak.
    package static func get(_ reference: String, for context: Caller, in db: Connection) throws -> OrderView {
        try OrderRepository.view(of: try require(reference, for: context, in: db), in: db).shown(to: context.principal?.role)
    }

    /// A page of orders; a municipality sees only its own, whatever it filters on.
    package static func list(_ query: OrderListQuery, for context: Caller, in db: Connection) throws -> Page<OrderView> {
        let principal = try caller(context)
        var filter = query.filter
        if let own = principal.ownMunicipality { filter.visibleTo = own }
        return try OrderRepository.page(filter, query.page, in: db).map { try OrderRepository.view(of: $0, in: db).shown(to: principal.role) }
    }

    // MARK: Changing

    /// A municipality orders only for itself. Checked before the transaction (and the
    /// idempotency key) is touched.
    package static func checkMayOrder(_ input: OrderInput, for context: Caller) throws {
        let principal = try caller(context)
        if !principal.actsFor(municipality: input.municipality) {
            throw AppError.forbidden(.init(.orderOwnMunicipalityOnly, ["municipality": principal.municipality.map { JSONValue.string($0) } ?? .null]))
        }
    }

    /// A new draft with the next gapless number, its lines and first history entry; runs
    /// inside `Idempotency.perform`'s transaction.
    package static func create(_ input: OrderInput, for context: Caller, actor: AuditLog.Actor, in db: Connection) throws -> OrderView {
        let principal = try caller(context)
        guard let municipality = try MunicipalityRepository.find(input.municipality, in: db) else {
            throw AppError.validation([.init(field: "municipality", Message(.municipalityUnknown, ["slug": .string(input.municipality)]))])
        }
        try OrderWorkflow.checkOrderCount(municipality: municipality.slug, year: input.year, in: db)
        let lines = try OrderWorkflow.resolveLines(input.lines, municipality: municipality.slug, year: input.year, in: db)
        let now = Timestamp.now()
        var order = input.order
        order.municipality = municipality.slug
        order.createdAt = now
        order.updatedAt = now
        let id = try OrderRepository.insert(order, cbsCode: municipality.cbsCode, in: db)
        try OrderRepository.replaceLines(id, with: lines, in: db)
        try OrderRepository.appendHistory(id, status: .draft, actor: actor, reason: nil, at: now, in: db)
        let created = try reload(id, in: db)
        try AuditLog.record(db, actor: actor, action: "create", entity: "order", id: String(id), before: nil, after: created)
        try Outbox.order(.orderCreated, id: id, municipality: municipality.slug, in: db)
        return created.shown(to: principal.role)
    }

    /// Changes reference and/or lines of a draft (`lines` replaces all lines). Audited, not a history entry.
    package static func update(_ reference: String, _ change: OrderChange, ifMatch request: HTTPRequest, for context: Caller,
                       actor: AuditLog.Actor) throws -> OrderView {
        let principal = try caller(context)
        return try context.writer.write { db in
            let order = try require(reference, for: context, in: db)
            try Conditional.requireMatch(request, current: order.version)
            guard order.status == .draft else {
                throw AppError.conflict(.init(.orderNotDraft, ["status": .string(order.status.rawValue)]))
            }
            let before = try OrderRepository.view(of: order, in: db)
            if !change.given.isEmpty { try OrderRepository.update(change.applied(to: order), in: db) }
            if let inputs = change.lines {
                let lines = try OrderWorkflow.resolveLines(inputs, municipality: order.municipality, year: order.year, in: db)
                try OrderRepository.replaceLines(order.id, with: lines, in: db)
            }
            try OrderRepository.touch(order, expectedVersion: order.version, now: Timestamp.now(), in: db)
            let updated = try reload(order.id, in: db)
            try AuditLog.record(db, actor: actor, action: "update", entity: "order", id: String(order.id), before: before, after: updated)
            return updated.shown(to: principal.role)
        }
    }

    /// `submit`, `confirm`, `reopen` or `cancel` (If-Match required): the state machine
    /// decides (409 wrong state, 403 wrong role), then the action's own checks; one
    /// history entry and one audit record.
    package static func transition(_ reference: String, _ action: OrderAction, _ input: OrderTransitionInput, ifMatch request: HTTPRequest,
                           for context: Caller, actor: AuditLog.Actor) throws -> OrderView {
        let principal = try caller(context)
        let reason = input.reason
        return try context.writer.write { db in
            let order = try require(reference, for: context, in: db)
            try Conditional.requireMatch(request, current: order.version)
            let target: OrderStatus
            switch action.transition(from: order.status, by: principal.role) {
            case .success(let status): target = status
            case .failure(.wrongState(let current, let allowed)):
                throw AppError.conflict(.init(.orderStepNotAllowed, ["action": .string(action.rawValue), "allowed": .array(allowed.map { .string($0.rawValue) }), "status": .string(current.rawValue)]))
            case .failure(.wrongRole(let role)):
                throw AppError.forbidden(.init(.orderStepForbidden, ["role": .string(role.rawValue), "action": .string(action.rawValue), "status": .string(order.status.rawValue)]))
            }
            if action == .cancel && order.status == .confirmed && reason == nil {
                throw AppError.validation([.init(field: "reason", Message(.orderReasonRequired))])
            }
            let before = try OrderRepository.view(of: order, in: db)
            switch action {
            case .submit:
                let net = try OrderWorkflow.freezePrices(order, in: db)
                try OrderWorkflow.checkSubmit(order, net: net, role: principal.role, today: CalendarDate.todayInAmsterdam(), in: db)
            case .reopen:
                try OrderRepository.unfreeze(order.id, in: db)
            case .confirm, .cancel:
                break
            }
            let now = Timestamp.now()
            try OrderRepository.setStatus(order.id, target, cancelReason: action == .cancel ? reason : nil, in: db)
            try OrderRepository.touch(order, expectedVersion: order.version, now: now, in: db)
            try OrderRepository.appendHistory(order.id, status: target, actor: actor, reason: reason, at: now, in: db)
            let updated = try reload(order.id, in: db)
            try AuditLog.record(db, actor: actor, action: action.rawValue, entity: "order", id: String(order.id), before: before, after: updated)
            try Outbox.order(action.event, id: order.id, municipality: order.municipality, in: db)
            try OrderMails.queue(updated, reached: target, reason: reason, byUser: principal.userID, mailer: context.mailer, in: db)
            return updated.shown(to: principal.role)
        }
    }

    // MARK: Helpers

    private static func require(_ reference: String, for context: Caller, in db: Connection) throws -> Order {
        guard let id = Int64(reference), let order = try OrderRepository.load(id, in: db), context.actsFor(municipality: order.municipality) else {
            throw AppError.notFound(.init(.orderUnknown, ["id": .string(reference)]))
        }
        return order
    }

    /// The order just written, as the audit log keeps it (internal names in `history[].by`).
    private static func reload(_ id: Int64, in db: Connection) throws -> OrderView {
        guard let order = try OrderRepository.load(id, in: db) else { throw AppError.notFound(.init(.orderUnknown, ["id": .integer(id)])) }
        return try OrderRepository.view(of: order, in: db)
    }

    /// The caller the endpoint's role gate let through.
    private static func caller(_ context: Caller) throws -> Principal {
        guard let principal = context.principal else {
            throw AppError.unauthorized(.init(.authTokenRequired))
        }
        return principal
    }
}
