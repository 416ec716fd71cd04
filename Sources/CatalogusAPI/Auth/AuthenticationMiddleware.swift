import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import Foundation
import HTTPServer
import JSON

/// Who is calling. Programs: Bearer tokens (RFC 6750) — no header → anonymous; a header
/// with an unknown, revoked or malformed token → 401 on every endpoint, public ones
/// included. People: the session cookie, used only when there is no Authorization
/// header; a cookie that is no longer live counts as nobody (the pages then offer to
/// sign in). A cookie request that changes something must prove it comes from our own
/// pages (`CookieRequestGuard`).
package struct AuthenticationMiddleware: Middleware {
    /// The permissions each endpoint path asks for: a caller whose role may not `browse`
    /// (a metrics token) reaches only the paths of its own permissions, and nothing public.
    package let permissionsByPath: [String: Set<Permission>]

    package init(endpoints: [Endpoint]) {
        permissionsByPath = endpoints.reduce(into: [:]) { paths, endpoint in
            if let permission = endpoint.access.permission { paths[endpoint.path, default: []].insert(permission) }
        }
    }

    package func handle(_ request: HTTPRequest, context: AppContext,
                next: (HTTPRequest, AppContext) throws -> HTTPResponse) throws -> HTTPResponse {
        let headers = request.headers.values(for: "Authorization")
        // Two credentials are ambiguous: a proxy may check one while we would use the other.
        guard headers.count <= 1 else {
            throw AppError.malformed(.init(.authSeveralAuthorizations, ["count": .integer(headers.count)]))
        }
        var context = context
        if let header = headers.first {
            context.principal = try bearer(header, request: request, context: context)
        } else if let (principal, csrf) = try session(request, context: context) {
            if !(request.method == "POST" && CookieRequestGuard.signInPaths.contains(String(request.path))) {
                try CookieRequestGuard.check(request, csrfToken: csrf)
            }
            try confine(principal, to: request)
            context.principal = principal
            context.csrfToken = csrf
            // What a person's cookie unlocks is theirs alone, and must not outlive the session:
            // no cache may keep it, not even the browser's own (Back after "Afmelden" would show
            // it again; `private, no-cache` still lets the back/forward cache restore a page).
            // Public answers (assets) keep their own caching.
            var response = try next(request, context)
            if (response.headers["Cache-Control"] ?? "private").contains("private") {
                response.headers.set(name: "Cache-Control", value: "no-store")
            }
            response.headers.vary(on: "Cookie")
            return response
        }
        return try next(request, context)
    }

    private func bearer(_ header: String, request: HTTPRequest, context: AppContext) throws -> Principal {
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw AppError.unauthorized(.init(.authBearerExpected))
        }
        let token = String(parts[1].trimmingWhitespace())
        guard token.utf8.count <= 256, let principal = try TokenStore.authenticate(token, in: context.reader) else {
            throw AppError.unauthorized(.init(.authTokenUnknown))
        }
        if context.services.tokenUsage.shouldRecord(principal.credential), let id = principal.tokenID {
            // Best effort: a busy writer must not fail the request that used the token.
            try? context.services.writer.write { db in try TokenStore.markUsed(tokenID: id, in: db) }
        }
        try confine(principal, to: request)
        return principal
    }

    private func confine(_ principal: Principal, to request: HTTPRequest) throws {
        guard !principal.may(.browse) else { return }
        guard (permissionsByPath[String(request.path)] ?? []).contains(where: principal.may) else {
            throw AppError.forbidden(.init(.authMetricsOnly))
        }
    }

    /// The live session among the request's cookies, with its CSRF token.
    private func session(_ request: HTTPRequest, context: AppContext) throws -> (Principal, String)? {
        let candidates = SessionSecret.candidates(in: request.headers.values(for: "Cookie"))
        guard !candidates.isEmpty else { return nil }
        let people = PeopleService(services: context.services.accounts, reader: context.reader)
        for secret in candidates {
            guard let (user, session) = try people.authenticate(secret: secret) else { continue }
            let principal = Principal(credential: .session(userID: user.id, sessionID: session.id), name: user.name,
                                      role: user.role, municipality: user.municipality)
            if context.services.tokenUsage.shouldRecord(principal.credential) {
                // Keeps the session from idling out; best effort, as for tokens.
                try? context.services.writer.write { db in
                    try UserRepository.touchSession(session.id, now: people.nowText, in: db)
                }
            }
            return (principal, SessionSecret.csrfToken(for: String(secret)))
        }
        return nil
    }
}

/// CSRF defence for cookie requests (OWASP's CSRF cheat sheet): a request that changes
/// something must carry the session's token in `X-CSRF-Token` (another site cannot
/// read it) and come from our own origin (`Origin`, else `Referer`). SameSite=Strict
/// is a third layer, not the only one.
package enum CookieRequestGuard {
    package static let safeMethods: Set<String> = ["GET", "HEAD", "OPTIONS"]
    /// Starting a session (POST) needs no token, there is none yet; these check the origin themselves.
    package static let signInPaths: Set<String> = ["/api/v1/session", "/api/v1/welcome"]

    package static func check(_ request: HTTPRequest, csrfToken: String) throws {
        guard !safeMethods.contains(request.method) else { return }
        let sent = request.headers.values(for: "X-CSRF-Token")
        guard sent.count == 1, TokenDigest.constantTimeEquals(Array(sent[0].utf8), Array(csrfToken.utf8)) else {
            throw AppError.forbidden(.init(.authCSRFMissing))
        }
        try requireSameOrigin(request)
    }

    /// The request's `Origin` (or, without one, its `Referer`) must be this server as
    /// the client addressed it (`Host`). Also used by sign-in, which has no session yet.
    package static func requireSameOrigin(_ request: HTTPRequest, optional: Bool = false) throws {
        let host = request.headers["Host"] ?? ""
        let origins = request.headers.values(for: "Origin")
        if let origin = origins.first {
            guard origins.count == 1, !host.isEmpty, origin == "http://" + host || origin == "https://" + host else {
                throw AppError.forbidden(.init(.authOtherOrigin, ["origin": .string(String(origin.prefix(100)))]))
            }
            return
        }
        if let referer = request.headers["Referer"] {
            guard !host.isEmpty, referer.hasPrefix("http://" + host + "/") || referer.hasPrefix("https://" + host + "/") else {
                throw AppError.forbidden(.init(.authOtherOrigin))
            }
            return
        }
        if !optional { throw AppError.forbidden(.init(.authOriginMissing)) }
    }
}

/// Limits each token's (and session's) request rate; anonymous reads are not limited here.
package struct RateLimitMiddleware: Middleware {

    package init() {
    }
    package func handle(_ request: HTTPRequest, context: AppContext,
                next: (HTTPRequest, AppContext) throws -> HTTPResponse) throws -> HTTPResponse {
        if let principal = context.principal, let wait = context.services.rateLimiter.acquire(principal.credential) {
            throw AppError.tooManyRequests(retryAfterSeconds: wait)
        }
        return try next(request, context)
    }
}
