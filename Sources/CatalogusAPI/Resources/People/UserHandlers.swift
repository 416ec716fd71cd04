import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/users` (admin): invite people, change their role, disable them, send a new
/// link; and the sessions of an account (the person themself or an admin).
package enum UserHandlers {
    @Sendable package static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let page = query.page()
        try query.finish()
        return ListRendering.json(request, try UserRepository.list(page, in: context.reader))
    }

    @Sendable package static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let user = try find(context)
        return Representation.resource(request, user, version: user.version)
    }

    /// `POST /api/v1/users` `{email, name, role, municipality?}` → 201 with the one-time link.
    @Sendable package static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let invitation = try PeopleInput.invitation(try RequestBody.object(request))
        let welcome = try PeopleService(services: context.services.accounts, reader: context.reader)
            .invite(invitation, actor: context.actor(for: request))
        var response = HTTPResponse.json(bytes: welcomeJSON(welcome), status: 201)
        response.headers.set(name: "Location", value: "/api/v1/users/\(welcome.user.id)")
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `PATCH /api/v1/users/{id}` `{name?, role?, municipality?, active?}` with If-Match.
    @Sendable package static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let current = try find(context)
        try Conditional.requireMatch(request, current: current.version)
        let change = try PeopleInput.change(try RequestBody.object(request))
        let user = try PeopleService(services: context.services.accounts, reader: context.reader)
            .update(current.id, change, expectedVersion: current.version, actor: context.actor(for: request))
        var response = HTTPResponse.json(bytes: user.jsonBytes)
        response.headers.set(name: "ETag", value: Conditional.versionTag(user.version))
        return response
    }

    /// `POST /api/v1/users/{id}/reset`: a new one-time link; the old password and sessions end.
    @Sendable package static func reset(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let user = try find(context)
        let welcome = try PeopleService(services: context.services.accounts, reader: context.reader)
            .reset(user.id, actor: context.actor(for: request))
        var response = HTTPResponse.json(bytes: welcomeJSON(welcome))
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `GET /api/v1/users/{id}/sessions`: the person's live sessions (their own, or any for an admin).
    @Sendable package static func sessions(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let id = try ownOrAdmin(context)
        let sessions = try PeopleService(services: context.services.accounts, reader: context.reader).sessions(of: id)
        var current: Int64?
        if case .session(_, let sessionID)? = context.principal?.credential { current = sessionID }
        return ListRendering.json(request, Page(items: sessions, nextCursor: nil)) { session, w in w.value(session.json(current: current)) }
    }

    /// `DELETE /api/v1/users/{id}/sessions/{session}`: signs that browser out.
    @Sendable package static func revokeSession(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let id = try ownOrAdmin(context)
        guard let sessionID = Int64(context.parameters["session"] ?? "") else { throw AppError.notFound(.init(.sessionUnknown)) }
        try PeopleService(services: context.services.accounts, reader: context.reader)
            .revoke(session: sessionID, of: id, actor: context.actor(for: request))
        return HTTPResponse(status: 204)
    }

    package static func welcomeJSON(_ welcome: PeopleService.Welcome) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("user"); welcome.user.write(to: &w)
        w.key("welcome"); w.value(["url": .string(welcome.path), "expires_at": .string(welcome.expiresAt)])
        w.endObject()
        return w.bytes
    }

    private static func find(_ context: AppContext) throws -> UserAccount {
        guard let id = Int64(context.parameters["id"] ?? ""), let user = try UserRepository.find(id: id, in: context.reader) else {
            throw AppError.notFound(.init(.userUnknown, ["id": .string(context.parameters["id"] ?? "")]))
        }
        return user
    }

    package static func ownOrAdmin(_ context: AppContext) throws -> Int64 {
        // The route admits every role; which account's sessions is decided here.
        guard let principal = context.principal else { throw AppError.unauthorized(.init(.sessionNone)) }
        guard let id = Int64(context.parameters["id"] ?? "") else { throw AppError.notFound(.init(.userUnknown)) }
        guard principal.may(.peopleManage) || principal.userID == id else {
            throw AppError.forbidden(.init(.sessionOwnOnly))
        }
        return id
    }
}
