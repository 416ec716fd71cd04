import CatalogusDomain
import Crypto
import Foundation

/// OWASP's device cookie ("Slow down online guessing attacks with device cookies"): a
/// browser that signed in to an account gets `catalogus_device_<id>=<id>.<nonce>.<mac>`,
/// the MAC an HMAC-SHA256 under this database's own key (`device_cookie_key`, made by
/// the migration; never a constant in the code), so that nobody can make one without
/// having signed in. One cookie per account, so a browser shared by two people is known
/// to both. Sent only to `/api/v1/session`; stateless, so it needs no table: a cookie
/// that is used for too many failures stops counting (`SignInLimits.failuresPerDevice`).
package struct DeviceCookie: Sendable, Equatable {
    package static let namePrefix = "catalogus_device_"
    package static let path = "/api/v1/session"

    package let userID: Int64
    /// 128 random bits, base64url: what the per-device failures are counted by.
    package let nonce: String

    package static func issue(for userID: Int64) -> DeviceCookie {
        let random = SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }
        return DeviceCookie(userID: userID, nonce: random.base64URLEncoded)
    }

    package func value(key: SymmetricKey) -> String {
        "\(userID).\(nonce).\(Self.mac(userID: userID, nonce: nonce, key: key))"
    }

    /// The `Set-Cookie` value: script cannot read it, other sites never send it.
    package func header(key: SymmetricKey, secure: Bool) -> String {
        "\(Self.namePrefix)\(userID)=\(value(key: key)); Path=\(Self.path); Max-Age=\(SignInLimits.deviceCookieLifetimeSeconds); "
            + "HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// The first valid device cookie for `userID` among the request's `Cookie` headers
    /// (at most four looked at), or nil.
    package static func find(in headers: [String], for userID: Int64, key: SymmetricKey) -> DeviceCookie? {
        let name = namePrefix + String(userID)
        var looked = 0
        for header in headers {
            for pair in header.split(separator: ";") where looked < 4 {
                let trimmed = pair.drop(while: { $0 == " " })
                guard let equals = trimmed.firstIndex(of: "="), trimmed[..<equals] == name else { continue }
                looked += 1
                if let cookie = parse(trimmed[trimmed.index(after: equals)...].prefix { $0 != " " }, key: key), cookie.userID == userID {
                    return cookie
                }
            }
        }
        return nil
    }

    package static func parse(_ text: Substring, key: SymmetricKey) -> DeviceCookie? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard text.utf8.count <= 100, parts.count == 3, let userID = Int64(parts[0]), parts[1].utf8.count == 22 else { return nil }
        let expected = mac(userID: userID, nonce: String(parts[1]), key: key)
        guard TokenDigest.constantTimeEquals(Array(expected.utf8), Array(parts[2].utf8)) else { return nil }
        return DeviceCookie(userID: userID, nonce: String(parts[1]))
    }

    private static func mac(userID: Int64, nonce: String, key: SymmetricKey) -> String {
        let message = Array("catalogus device v1|\(userID)|\(nonce)".utf8)
        return Data(HMAC<SHA256>.authenticationCode(for: message, using: key)).base64URLEncoded
    }
}
