import Foundation

/// An e-mail address with an optional display name, as a header carries it. The address
/// is checked strictly (one `@`, no spaces, controls, quotes or angle brackets), so that
/// nothing a person typed can end a header or add one; the name may hold anything and is
/// encoded when written (`MailHeader`).
package struct MailAddress: Sendable, Equatable {
    package let name: String?
    package let address: String

    package enum Fault: Error, Equatable {
        case invalidAddress(String)
    }

    package init(name: String? = nil, address: String) throws {
        guard Self.isValid(address) else { throw Fault.invalidAddress(address) }
        self.name = name.flatMap { $0.isEmpty ? nil : $0 }
        self.address = address
    }

    /// `Naam <adres>` or a bare address, as `--mail-from` takes it.
    package init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let unquoted = name.count >= 2 && name.hasPrefix("\"") && name.hasSuffix("\"") ? String(name.dropFirst().dropLast()) : name
            try self.init(name: unquoted, address: String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]))
        } else {
            try self.init(address: trimmed)
        }
    }

    /// The part after `@`: the domain of the Message-IDs this sender writes.
    package var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]) }

    /// A practical subset of RFC 5321's mailbox: printable ASCII local part without the
    /// characters that end or quote a header field, one `@`, a dotted domain.
    package static func isValid(_ address: String) -> Bool {
        let bytes = Array(address.utf8)
        guard (3...254).contains(bytes.count), let at = bytes.firstIndex(of: UInt8(ascii: "@")),
              at > 0, at < bytes.count - 1, bytes.lastIndex(of: UInt8(ascii: "@")) == at else { return false }
        let forbidden: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("),
                                     UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\\"),
                                     UInt8(ascii: "["), UInt8(ascii: "]")]
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !forbidden.contains($0) }) else { return false }
        let domain = bytes[(at + 1)...]
        return domain.contains(UInt8(ascii: ".")) && domain.first != UInt8(ascii: ".") && domain.last != UInt8(ascii: ".")
            && !domain.contains(UInt8(ascii: "@"))
    }
}
