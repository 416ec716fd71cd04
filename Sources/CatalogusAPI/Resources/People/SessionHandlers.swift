import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/session` and `/api/v1/welcome`: people sign in, see who they are, sign out,
/// and set a password with a one-time link.
package enum SessionHandlers {
    /// `POST /api/v1/session` `{email, password}` → 201 with the cookie.
    @Sendable package static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try CookieRequestGuard.requireSameOrigin(request, optional: true)
        let input = try PeopleInput.SignIn.decode(try RequestBody.object(request))
        let people = PeopleService(services: context.services.accounts, reader: context.reader)
        // The limits (per client, per account, server-wide) depend on whether the browser is known: see SignInGuard.
        let attempt = PeopleService.SignInAttempt(email: input.email, password: input.password, userAgent: request.headers["User-Agent"],
                                                  client: clientKey(request), cookieHeaders: request.headers.values(for: "Cookie"))
        let signedIn = try people.signIn(attempt, actor: context.actor(for: request))
        // Signing in again in the same browser replaces its session; the old one must not linger.
        if case .session(let userID, let sessionID)? = context.principal?.credential {
            try? people.signOut(sessionID: sessionID, userID: userID, actor: context.actor(for: request))
        }
        return try started(signedIn, request, context: context)
    }

    /// `GET /api/v1/session`: who is signed in, with the CSRF token (for a new tab).
    @Sendable package static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        guard let principal = context.principal, let userID = principal.userID, let csrf = context.csrfToken,
              let user = try UserRepository.find(id: userID, in: context.reader) else {
            throw AppError.unauthorized(.init(.sessionNone))
        }
        var response = HTTPResponse.json(["user": user.sessionJSON, "csrf_token": .string(csrf)])
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `DELETE /api/v1/session`: ends the session on the server and clears the cookie.
    /// Without a live session there is nothing to end; the answer is the same.
    @Sendable package static func delete(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        if case .session(let userID, let sessionID)? = context.principal?.credential {
            try PeopleService(services: context.services.accounts, reader: context.reader)
                .signOut(sessionID: sessionID, userID: userID, actor: context.actor(for: request))
        }
        var response = HTTPResponse(status: 204)
        response.headers.set(name: "Set-Cookie", value: SessionSecret.expiredCookie(secure: context.services.configuration.cookieSecure(for: request)))
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `POST /api/v1/welcome` `{code, password}` → 201, signed in as `POST /api/v1/session`.
    @Sendable package static func welcome(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try CookieRequestGuard.requireSameOrigin(request, optional: true)
        try limitAttempts(request, context)
        let input = try PeopleInput.Welcome.decode(try RequestBody.object(request))
        let signedIn = try PeopleService(services: context.services.accounts, reader: context.reader)
            .welcome(code: input.code, password: input.password, userAgent: request.headers["User-Agent"], actor: context.actor(for: request))
        return try started(signedIn, request, context: context)
    }

    /// The client's network (IPv4 address, IPv6 /64): what limits per client count by.
    package static func clientKey(_ request: HTTPRequest) -> String { request.clientNetwork?.description ?? "unknown" }

    /// A one-time link costs a password hash: a client network gets a few at once, then one
    /// every few seconds, so that nobody can keep the hashing busy for everyone else.
    package static func limitAttempts(_ request: HTTPRequest, _ context: AppContext) throws {
        if let wait = context.services.accounts.attemptsPerClient.acquire(clientKey(request)) {
            throw AppError.tooManyRequests(retryAfterSeconds: wait, message: .init(.signInTooMany, ["seconds": .integer(wait)]))
        }
    }

    package static func started(_ signedIn: PeopleService.SignedIn, _ request: HTTPRequest, context: AppContext) throws -> HTTPResponse {
        let secure = context.services.configuration.cookieSecure(for: request)
        var response = HTTPResponse.json(["user": signedIn.user.sessionJSON, "csrf_token": .string(signedIn.csrfToken)], status: 201)
        response.headers.set(name: "Set-Cookie", value: SessionSecret.cookie(signedIn.secret, maxAgeSeconds: Int(PeopleService.absoluteLifetime),
                                                                            secure: secure))
        // From now on this browser is known to the account (issue 20): locks that others cause do not apply to it.
        let key = try context.services.accounts.deviceCookieKey(context.reader)
        response.headers.add(name: "Set-Cookie", value: signedIn.device.header(key: key, secure: secure))
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }
}
