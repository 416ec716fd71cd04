import Crypto
import Foundation

/// Secrets and signatures of the Standard Webhooks specification (standardwebhooks.com):
/// `whsec_` + base64 of 32 random bytes; `v1,` + base64 of HMAC-SHA256 over
/// `id.timestamp.body` keyed with the decoded bytes. swift-crypto is already built for the
/// app (SHA-256 of migrations, sessions), so its HMAC costs no extra build.
package enum WebhookSignature {
    package static let secretPrefix = "whsec_"

    /// 32 bytes from the system's CSPRNG (swift-crypto's `SymmetricKey`, as session ids are made).
    package static func newSecret() -> String {
        let key = SymmetricKey(size: .bits256)
        return secretPrefix + key.withUnsafeBytes { Data($0) }.base64EncodedString()
    }

    package static func keyBytes(of secret: String) -> Data? {
        guard secret.hasPrefix(secretPrefix) else { return nil }
        return Data(base64Encoded: String(secret.dropFirst(secretPrefix.count)))
    }

    /// The `webhook-id` of an event: the same for every attempt and every hook.
    package static func messageID(event: Int64) -> String { "msg_\(event)" }

    package static func sign(id: String, timestamp: Int64, body: [UInt8], secret: String) -> String? {
        guard let key = keyBytes(of: secret) else { return nil }
        var message = Array("\(id).\(timestamp).".utf8)
        message += body
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        return "v1," + Data(mac).base64EncodedString()
    }
}
