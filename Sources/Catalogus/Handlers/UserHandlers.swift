import HTTPServer
import JSON

/// `/api/v1/users` (admin): invite people, change their role, disable them, send a new
/// link; and the sessions of an account (the person themself or an admin).
enum UserHandlers {
    @Sendable static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        var errors: [Problem.FieldError] = []
        let page = PageRequest.parse(request.query, errors: &errors)
        if !errors.isEmpty { throw AppError.validation(errors) }
        let users = try UserRepository.list(after: page.after?.id, limit: page.limit + 1, in: context.reader)
        let shown = users.prefix(page.limit)
        let next = users.count > page.limit ? shown.last.map { PageRequest.encode(key: "", id: $0.id) } : nil
        return HTTPResponse.json(["items": .array(shown.map(\.json)), "next_cursor": next.map(JSONValue.string) ?? .null])
    }

    @Sendable static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let user = try find(context)
        return Conditional.respond(request, body: user.json.serialized, etag: Conditional.versionTag(user.version),
                                   contentType: HTTPResponse.jsonContentType)
    }

    /// `POST /api/v1/users` `{email, name, role, municipality?}` → 201 with the one-time link.
    @Sendable static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        var v = FieldValidator(try RequestBody.object(request))
        v.rejectUnknown(allowed: ["email", "name", "role", "municipality"])
        let email = v.email("email")
        let name = v.string("name", maxLength: 100)
        let role = v.oneOf("role", Role.forPeople.map(\.rawValue)).flatMap(Role.init(rawValue:))
        let municipality = v.string("municipality", required: false, maxLength: 64)
        try v.finish()
        let welcome = try PeopleService(services: context.services.accounts, reader: context.reader)
            .invite(.init(email: email!, name: name!, role: role!, municipality: municipality), actor: context.actor(for: request))
        var response = HTTPResponse.json(welcomeJSON(welcome), status: 201)
        response.headers.set(name: "Location", value: "/api/v1/users/\(welcome.user.id)")
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `PATCH /api/v1/users/{id}` `{name?, role?, municipality?, active?}` with If-Match.
    @Sendable static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let current = try find(context)
        try Conditional.requireMatch(request, current: current.version)
        let body = try RequestBody.object(request)
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["name", "role", "municipality", "active"])
        var change = PeopleService.Change()
        change.name = v.string("name", required: false, maxLength: 100)
        change.role = v.oneOf("role", Role.forPeople.map(\.rawValue), required: false).flatMap(Role.init(rawValue:))
        if v.isExplicitNull("municipality") { change.municipality = .some(nil) }
        else if let slug = v.string("municipality", required: false, maxLength: 64) { change.municipality = .some(slug) }
        change.active = v.boolean("active", required: false)
        try v.finish()
        let user = try PeopleService(services: context.services.accounts, reader: context.reader)
            .update(current.id, change, expectedVersion: current.version, actor: context.actor(for: request))
        var response = HTTPResponse.json(user.json)
        response.headers.set(name: "ETag", value: Conditional.versionTag(user.version))
        return response
    }

    /// `POST /api/v1/users/{id}/reset`: a new one-time link; the old password and sessions end.
    @Sendable static func reset(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let user = try find(context)
        let welcome = try PeopleService(services: context.services.accounts, reader: context.reader)
            .reset(user.id, actor: context.actor(for: request))
        var response = HTTPResponse.json(welcomeJSON(welcome))
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `GET /api/v1/users/{id}/sessions`: the person's live sessions (their own, or any for an admin).
    @Sendable static func sessions(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let id = try ownOrAdmin(context)
        let sessions = try PeopleService(services: context.services.accounts, reader: context.reader).sessions(of: id)
        var current: Int64?
        if case .session(_, let sessionID)? = context.principal?.credential { current = sessionID }
        return HTTPResponse.json(["items": .array(sessions.map { $0.json(current: current) }), "next_cursor": .null])
    }

    /// `DELETE /api/v1/users/{id}/sessions/{session}`: signs that browser out.
    @Sendable static func revokeSession(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let id = try ownOrAdmin(context)
        guard let sessionID = Int64(context.parameters["session"] ?? "") else { throw AppError.notFound("There is no such session.") }
        try PeopleService(services: context.services.accounts, reader: context.reader)
            .revoke(session: sessionID, of: id, actor: context.actor(for: request))
        return HTTPResponse(status: 204)
    }

    static func welcomeJSON(_ welcome: PeopleService.Welcome) -> JSONValue {
        ["user": welcome.user.json, "welcome": ["url": .string(welcome.path), "expires_at": .string(welcome.expiresAt)]]
    }

    private static func find(_ context: AppContext) throws -> UserAccount {
        guard let id = Int64(context.parameters["id"] ?? ""), let user = try UserRepository.find(id: id, in: context.reader) else {
            throw AppError.notFound("There is no user \(context.parameters["id"] ?? "").")
        }
        return user
    }

    private static func ownOrAdmin(_ context: AppContext) throws -> Int64 {
        let principal = try context.require(.admin, .staff, .municipality, .viewer)
        guard let id = Int64(context.parameters["id"] ?? "") else { throw AppError.notFound("There is no such user.") }
        guard principal.role == .admin || principal.userID == id else {
            throw AppError.forbidden("You may only see and end your own sessions.")
        }
        return id
    }
}

extension FieldValidator {
    /// An e-mail address, normalised (trimmed, lower-cased): one `@`, something on each side,
    /// a dot in the domain, no spaces; at most 254 characters (RFC 5321 §4.5.3.1).
    mutating func email(_ field: String) -> String? {
        guard let text = string(field, maxLength: 254) else { return nil }
        let email = PeopleService.normalisedEmail(text)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(where: { $0.isWhitespace }), email.count >= 3 else {
            fail(field, "must be an e-mail address such as name@example.nl")
            return nil
        }
        return email
    }
}
