import Crypto
import Foundation

/// One schema change: the file `NNNN_name.sql` of the migrations folder.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String

    /// SHA-256 of the SQL, in lowercase hex, recorded when the migration is
    /// applied so that a later edit of the file is noticed. Line endings are
    /// normalised to LF first: a checkout with CRLF is not an edit. Computed once
    /// here, as `verify` runs on every readiness probe. Databases in the field store
    /// these values: the text hashed and the hex form must never change.
    public let checksum: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
        let normalised = sql.replacingOccurrences(of: "\r\n", with: "\n")
        self.checksum = Self.hexSHA256(Array(normalised.utf8))
    }

    private static func hexSHA256(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var text = String.UnicodeScalarView()
        for byte in SHA256.hash(data: bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(text)
    }

    /// `0002_orders`, as the file is named.
    static func identifier(version: Int, name: String) -> String {
        let digits = String(version)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "_" + name
    }
}
