import CatalogusServices
import HTTPParser
import HTTPServer

/// Responses of the pages for people: every one carries the same strict security
/// headers, whatever its status, so that no page or file of ours can run a script or
/// load a style that did not come from this server.
package enum WebResponse {
    /// CSP Level 3: nothing by default; scripts, styles and API calls only from this
    /// origin; no inline script or style (so injected markup cannot run), no framing.
    package static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "connect-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    package static let htmlContentType = "text/html; charset=utf-8"

    package static var securityHeaders: HTTPHeaders {
        var headers = HTTPHeaders()
        headers.set(name: "Content-Security-Policy", value: contentSecurityPolicy)
        headers.set(name: "X-Content-Type-Options", value: "nosniff")
        // The pages' URLs hold no secrets, but other sites need not learn them either.
        headers.set(name: "Referrer-Policy", value: "no-referrer")
        headers.set(name: "Cross-Origin-Opener-Policy", value: "same-origin")
        return headers
    }

    /// A page: revalidated on every visit (`no-cache`, RFC 9111 §5.2.2.4) against a tag
    /// of its body, so a page computed from the database is never shown stale.
    /// `private`: a page shows who is signed in, so no shared cache may keep it.
    package static func page(_ request: HTTPRequest, _ html: HTML, status: Int = 200) -> HTTPResponse {
        var headers = securityHeaders
        headers.set(name: "Cache-Control", value: "private, no-cache")
        headers.set(name: "Vary", value: "Cookie")
        let body = html.bytes
        return Conditional.respond(request, body: body, etag: Conditional.bodyTag(body), status: status,
                                   headers: headers, contentType: htmlContentType)
    }

    /// An embedded file. `no-cache` as well: the file names carry no version, so a
    /// browser must ask again after a deploy; the strong ETag makes that a bodiless 304.
    package static func asset(_ request: HTTPRequest, _ asset: WebAsset) -> HTTPResponse {
        var headers = securityHeaders
        headers.set(name: "Cache-Control", value: "no-cache")
        return Conditional.respond(request, body: asset.body, etag: asset.etag, headers: headers,
                                   contentType: asset.contentType)
    }
}
