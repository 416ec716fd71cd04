import CatalogusDomain
import Crypto
import Foundation

/// The secrets of people's sign-in: session ids and one-time codes (256 random bits,
/// base64url), of which only SHA-256 digests are stored, and the CSRF token, which is
/// derived from the session id so that it needs no storage of its own.
package enum SessionSecret {
    package static let cookieName = "catalogus_session"

    package static func generate() -> String {
        let key = SymmetricKey(size: .bits256)
        return key.withUnsafeBytes { Data($0) }.base64URLEncoded
    }

    package static func digest(_ secret: String) -> [UInt8] { TokenDigest.sha256(secret) }

    /// HMAC-SHA256 of a fixed label under the session id: only someone who has the cookie
    /// (the person's own browser) or the page the server rendered for it can know it.
    package static func csrfToken(for secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array("catalogus csrf v1".utf8), using: SymmetricKey(data: Array(secret.utf8)))
        return Data(mac).base64URLEncoded
    }

    /// A well-formed secret is 43 base64url characters; anything else is not looked up.
    package static func isWellFormed(_ text: Substring) -> Bool {
        text.utf8.count == 43 && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
        }
    }

    /// The session cookie (RFC 6265bis): script cannot read it, other sites never send it.
    package static func cookie(_ secret: String, maxAgeSeconds: Int, secure: Bool) -> String {
        "\(cookieName)=\(secret); Path=/; Max-Age=\(maxAgeSeconds); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    package static func expiredCookie(secure: Bool) -> String {
        "\(cookieName)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// Every value of our cookie in the request's `Cookie` headers (RFC 6265 §5.4), at most four.
    package static func candidates(in headers: [String]) -> [Substring] {
        var found: [Substring] = []
        for header in headers {
            for pair in header.split(separator: ";") where found.count < 4 {
                let trimmed = pair.drop(while: { $0 == " " })
                guard let equals = trimmed.firstIndex(of: "="), trimmed[..<equals] == cookieName else { continue }
                found.append(trimmed[trimmed.index(after: equals)...].prefix { $0 != " " })
            }
        }
        return found
    }
}
