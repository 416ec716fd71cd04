import HTTPServer

/// Bearer authentication (RFC 6750): no header → anonymous; a header with an unknown,
/// revoked or malformed token → 401 on every endpoint, public ones included.
struct AuthenticationMiddleware: Middleware {
    func handle(_ request: HTTPRequest, context: AppContext,
                next: (HTTPRequest, AppContext) throws -> HTTPResponse) throws -> HTTPResponse {
        let headers = request.headers.values(for: "Authorization")
        // Two credentials are ambiguous: a proxy may check one while we would use the other.
        guard headers.count <= 1 else {
            throw AppError.malformed("The request has \(headers.count) Authorization headers; send one.")
        }
        guard let header = headers.first else { return try next(request, context) }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw AppError.unauthorized("Send the token as 'Authorization: Bearer <token>'.")
        }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard token.utf8.count <= 256, let principal = try TokenStore.authenticate(token, in: context.reader) else {
            throw AppError.unauthorized("The token is unknown or has been revoked.")
        }
        if context.services.tokenUsage.shouldRecord(principal.tokenID) {
            // Best effort: a busy writer must not fail the request that used the token.
            try? context.services.writer.write { db in try TokenStore.markUsed(tokenID: principal.tokenID, in: db) }
        }
        if principal.role == .metrics, request.path != "/metrics" {
            throw AppError.forbidden("A metrics token may read /metrics and nothing else.")
        }
        var context = context
        context.principal = principal
        return try next(request, context)
    }
}

/// Limits each token's request rate (anonymous reads are not limited per token).
struct RateLimitMiddleware: Middleware {
    func handle(_ request: HTTPRequest, context: AppContext,
                next: (HTTPRequest, AppContext) throws -> HTTPResponse) throws -> HTTPResponse {
        if let principal = context.principal, let wait = context.services.rateLimiter.acquire(principal.tokenID) {
            throw AppError.tooManyRequests(retryAfterSeconds: wait)
        }
        return try next(request, context)
    }
}

import Foundation
