import HTTPServer
import JSON
import SQLite

/// `POST /api/v1/orders/{id}/submit|confirm|reopen|cancel` (If-Match required).
enum OrderTransitionHandlers {
    static func handler(_ action: OrderAction) -> RouteHandler<AppContext> {
        { request, context in try perform(action, request, context) }
    }

    private static func perform(_ action: OrderAction, _ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let principal = try context.require(.municipality, .admin)
        var reason: String?
        if !request.body.isEmpty {
            let body = try RequestBody.object(request)
            var v = FieldValidator(body)
            v.rejectUnknown(allowed: action == .cancel ? ["reason"] : [])
            if action == .cancel { reason = v.string("reason", required: false, maxLength: 1000) }
            try v.finish()
        }
        return try context.services.writer.write { db in
            let order = try OrderRepository.require(context.parameters["id"] ?? "", for: context, in: db)
            try Conditional.requireMatch(request, current: order.version)
            let target: OrderStatus
            switch action.transition(from: order.status, by: principal.role) {
            case .success(let status): target = status
            case .failure(.wrongState(let current, let allowed)):
                throw AppError.conflict("\(action.rawValue) is allowed from \(allowed.map(\.rawValue).joined(separator: " or ")); this order is \(current.rawValue).")
            case .failure(.wrongRole(let role)):
                throw AppError.forbidden("A \(role.rawValue) token may not \(action.rawValue) a \(order.status.rawValue) order.")
            }
            if action == .cancel && order.status == .confirmed && reason == nil {
                throw AppError.validation([.init(field: "reason", message: "is required to cancel a confirmed order")])
            }
            let before = try OrderPresenter.json(order, in: db)
            switch action {
            case .submit:
                let net = try OrderWorkflow.freezePrices(order, in: db)
                try OrderWorkflow.checkSubmit(order, net: net, role: principal.role, today: CalendarDate.todayInAmsterdam(), in: db)
            case .reopen:
                try OrderWorkflow.unfreezePrices(order, in: db)
            case .confirm, .cancel:
                break
            }
            let now = Timestamp.now()
            try db.run("UPDATE purchase_order SET status = ?, cancel_reason = coalesce(?, cancel_reason) WHERE id = ?",
                       target.rawValue, action == .cancel ? reason : nil, order.id)
            try OrderRepository.touch(order, expectedVersion: order.version, now: now, in: db)
            let actor = context.actor(for: request)
            try OrderRepository.appendHistory(order.id, status: target, actor: actor, reason: reason, at: now, in: db)
            let updated = try OrderRepository.load(order.id, in: db)!
            let rendered = try OrderPresenter.render(updated, in: db, shownTo: principal.role)
            try AuditLog.record(db, actor: actor, action: action.rawValue, entity: "order", id: String(order.id),
                                before: before, after: rendered.audit)
            return Conditional.resource(request, body: rendered.body, version: updated.version)
        }
    }
}
