import _CryptoExtras
import CatalogusDomain
import Crypto
import Foundation

/// scrypt (RFC 7914), memory-hard, with a random 16-byte salt per password. The stored
/// form names its own parameters — `scrypt$N$r$p$salt$hash` — so that the cost can be
/// raised later without invalidating existing passwords.
public struct PasswordHasher: Sendable {
    public struct Cost: Sendable, Equatable {
        /// log2 of N (CPU/memory cost), r (block size), p (parallelism).
        public var logN: Int
        public var blockSize: Int
        public var parallelism: Int

        /// OWASP's Password Storage Cheat Sheet: N=2^17, r=8, p=1 (128 MiB per hash).
        /// We take its equivalent N=2^15, r=8, p=3: the same work, 32 MiB of memory, so
        /// that the few hashes allowed at once stay within a small, fixed memory budget.
        public static let owasp = Cost(logN: 15, blockSize: 8, parallelism: 3)
        /// For tests only: the same code path at a fraction of the cost.
        public static let testing = Cost(logN: 10, blockSize: 8, parallelism: 1)

        /// What one hash holds at once: 128·r·N bytes (the p lanes run one after another).
        public var memoryBytes: Int { 128 * blockSize * (1 << logN) }
    }

    public let cost: Cost

    public init(cost: Cost = .owasp) { self.cost = cost }

    package static let saltBytes = 16
    package static let keyBytes = 32

    public func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: Self.saltBytes)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: .min ... .max, using: &generator) }
        let key = try Self.derive(password, salt: salt, cost: cost)
        return ["scrypt", String(1 << cost.logN), String(cost.blockSize), String(cost.parallelism),
                Data(salt).base64EncodedString(), Data(key).base64EncodedString()].joined(separator: "$")
    }

    /// Whether `password` matches `stored`; false for a stored form we cannot read.
    /// The digests are compared in constant time.
    public func verify(_ password: String, against stored: String) -> Bool {
        guard let parsed = Self.parse(stored),
              let key = try? Self.derive(password, salt: parsed.salt, cost: parsed.cost) else { return false }
        return TokenDigest.constantTimeEquals(key, parsed.key)
    }

    /// A hash of nothing in particular, made once, that sign-in checks unknown e-mail
    /// addresses against, so that they take as long as a wrong password.
    public func decoy() -> String {
        (try? hash("decoy-\(UInt64.random(in: .min ... .max))")) ?? ""
    }

    package static func parse(_ stored: String) -> (cost: Cost, salt: [UInt8], key: [UInt8])? {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "scrypt", let n = Int(parts[1]), n > 1, n.nonzeroBitCount == 1,
              let r = Int(parts[2]), let p = Int(parts[3]),
              let salt = Data(base64Encoded: String(parts[4])), let key = Data(base64Encoded: String(parts[5])) else { return nil }
        let cost = Cost(logN: n.trailingZeroBitCount, blockSize: r, parallelism: p)
        // Never let a stored value (or a tampered database) ask for an unbounded amount of work.
        guard (1...20).contains(cost.logN), (1...16).contains(r), (1...16).contains(p),
              cost.memoryBytes <= 256 << 20, key.count == keyBytes else { return nil }
        return (cost, Array(salt), Array(key))
    }

    package static func derive(_ password: String, salt: [UInt8], cost: Cost) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(from: Array(password.utf8), salt: salt, outputByteCount: keyBytes,
                                           rounds: 1 << cost.logN, blockSize: cost.blockSize, parallelism: cost.parallelism)
        return key.withUnsafeBytes { Array($0) }
    }
}
