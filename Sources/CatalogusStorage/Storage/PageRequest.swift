import CatalogusDomain
import Foundation
import JSON

/// What a list request asks for: `limit` (default 50, at most 500) and an opaque
/// keyset `cursor`.
package struct PageRequest {
    package static let defaultLimit = 50
    package static let maxLimit = 500

    package let limit: Int
    /// The sort key and id of the last row of the previous page.
    package let after: (key: String, id: Int64)?

    package init(limit: Int = PageRequest.defaultLimit, after: (key: String, id: Int64)? = nil) {
        self.limit = limit
        self.after = after
    }

    /// The query's `limit` and `cursor`.
    package static func parse(limit text: String?, cursor: String?, errors: inout [FieldError]) -> PageRequest {
        var limit = defaultLimit
        if let text {
            if let value = Int(text), (1...maxLimit).contains(value) {
                limit = value
            } else {
                errors.append(.init(field: "limit", Message(.pageBadLimit, ["max": .integer(maxLimit)])))
            }
        }
        var after: (String, Int64)?
        if let cursor {
            if let decoded = decode(cursor) {
                after = decoded
            } else {
                errors.append(.init(field: "cursor", Message(.pageBadCursor)))
            }
        }
        return PageRequest(limit: limit, after: after)
    }

    package static func encode(key: String, id: Int64) -> String {
        Data((key + "\u{1F}" + String(id)).utf8).base64URLEncoded
    }

    /// What `encode` writes: unpadded base64url (RFC 4648 §5); the schema of `cursor` says the same.
    package static let cursorPattern = "^[A-Za-z0-9_-]+$"

    package static func decode(_ cursor: String) -> (String, Int64)? {
        guard cursor.matchesWhole(cursorPattern) else { return nil }
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
              let separator = text.lastIndex(of: "\u{1F}"), let id = Int64(text[text.index(after: separator)...]) else {
            return nil
        }
        return (String(text[..<separator]), id)
    }
}

/// Percent-encoding of query names and values: everything but RFC 3986's unreserved
/// characters is escaped.
package enum QueryEncoding {
    private static let hex = Array("0123456789ABCDEF".unicodeScalars)

    package static func encode(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
