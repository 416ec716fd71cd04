import Crypto
import Foundation

/// Token generation and hashing. A token is 256 random bits, base64url without
/// padding and prefixed `cat_` so that it is recognisable in a leaked config file.
public enum TokenDigest {
    public static let prefix = "cat_"

    public static func generateToken() -> String {
        let key = SymmetricKey(size: .bits256)
        let bytes = key.withUnsafeBytes { Data($0) }
        return prefix + bytes.base64URLEncoded
    }

    public static func sha256(_ token: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(token.utf8)))
    }

    /// Compares two digests without an early exit, so timing says nothing of where they differ.
    public static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
