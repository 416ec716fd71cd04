/// A fragment of HTML built by string interpolation. Interpolated `String`s are
/// escaped; only values that are `HTML` already go in as markup. So text from the
/// database can never become markup by accident: forgetting to escape needs a
/// deliberate `HTML(trusted:)`, which only the fixed templates use.
package struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    package private(set) var rendered: String

    package init(stringLiteral literal: String) { rendered = literal }
    package init(stringInterpolation: Interpolation) { rendered = stringInterpolation.output }
    /// Markup the program itself wrote (never data).
    package init(trusted markup: String) { rendered = markup }

    package static let empty = HTML(trusted: "")

    package var description: String { rendered }
    package var bytes: [UInt8] { Array(rendered.utf8) }

    package struct Interpolation: StringInterpolationProtocol {
        package var output = ""

        package init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        package mutating func appendLiteral(_ literal: String) { output += literal }
        package mutating func appendInterpolation(_ text: String) { output += HTML.escape(text) }
        package mutating func appendInterpolation(_ markup: HTML) { output += markup.rendered }
        package mutating func appendInterpolation(_ fragments: [HTML]) { for fragment in fragments { output += fragment.rendered } }
        package mutating func appendInterpolation(_ number: Int64) { output += String(number) }
        package mutating func appendInterpolation(_ number: Int) { output += String(number) }
    }

    /// Escapes the five characters that matter in text and in quoted attribute values
    /// (HTML Living Standard §13.1.2.3 and §13.5; OWASP XSS prevention rule 1 and 2).
    package static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// A path segment for an `href`: everything outside RFC 3986's unreserved set is
    /// percent-encoded (§2.3), so a code can never leave its segment or its attribute.
    package static func pathSegment(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }

    /// Joins fragments, e.g. list items.
    package static func join(_ fragments: [HTML], separator: HTML = .empty) -> HTML {
        HTML(trusted: fragments.map(\.rendered).joined(separator: separator.rendered))
    }
}
