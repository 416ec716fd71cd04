import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/password-reset`, `/api/v1/users/{id}/mail-preferences` and `/api/v1/mail`.
package enum MailHandlers {
    /// `POST /api/v1/password-reset` `{email}` → 202, the same for every address.
    @Sendable package static func requestPasswordReset(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try CookieRequestGuard.requireSameOrigin(request, optional: true)
        try SessionHandlers.limitAttempts(request, context)
        let input = try PeopleInput.PasswordReset.decode(try RequestBody.object(request))
        try PeopleService(services: context.services.accounts, reader: context.reader)
            .requestPasswordReset(email: input.email, actor: context.actor(for: request))
        let notice = Message(.passwordResetRequested)
        var response = HTTPResponse.json(["code": .string(notice.code.rawValue), "message": .string(DutchMessages.render(notice))],
                                         status: 202)
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    @Sendable package static func preferences(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let id = try UserHandlers.ownOrAdmin(context)
        guard let preferences = try MailRecipientRepository.preferences(of: id, in: context.reader) else {
            throw AppError.notFound(.init(.userUnknown, ["id": .integer(id)]))
        }
        var response = HTTPResponse.json(bytes: preferences.jsonBytes)
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `PUT /api/v1/users/{id}/mail-preferences` `{orders, reminders}`: both, booleans. Audited.
    @Sendable package static func setPreferences(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let id = try UserHandlers.ownOrAdmin(context)
        let wanted = try PeopleInput.mailPreferences(try RequestBody.object(request))
        let actor = context.actor(for: request)
        let stored = try context.services.writer.write { db in
            guard let before = try MailRecipientRepository.preferences(of: id, in: db) else {
                throw AppError.notFound(.init(.userUnknown, ["id": .integer(id)]))
            }
            if before != wanted {
                try MailRecipientRepository.setPreferences(wanted, of: id, in: db)
                try AuditLog.record(db, actor: actor, action: "user.mail_preferences", entity: "user", id: String(id),
                                    before: before, after: wanted)
            }
            return wanted
        }
        var response = HTTPResponse.json(bytes: stored.jsonBytes)
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `GET /api/v1/mail?status=` (admin): the outbox, newest first, never a mail's text.
    @Sendable package static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let page = query.page()
        let status = query.oneOf("status", MailRepository.statuses)
        try query.finish()
        var response = ListRendering.json(request, try MailRepository.list(status: status, page: page, in: context.reader))
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }
}
