import Foundation

/// The encodings a mail needs for text of any kind (RFC 2045, 2047): what a person typed
/// never reaches a header or a body line as it is, so it cannot end a header, add one, or
/// break the MIME structure.
package enum MailEncoding {
    /// A header value as RFC 2047 encoded-words (`=?UTF-8?B?…?=`), unless it is plain
    /// printable ASCII, folded so that no line passes 76 characters. Never holds CR or LF
    /// except in the fold (CRLF + space), whatever the text holds.
    package static func headerText(_ text: String, firstLineUsed: Int) -> String {
        // A line break or other control has no place in a header's text, encoded or not
        // (readers differ on what a decoded CR or LF means): each becomes a space.
        let text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        if isPlainHeaderText(text), firstLineUsed + text.utf8.count <= 76 { return text }
        // Whole characters per word (a word may not split a UTF-8 sequence): at most 45
        // bytes, 60 base64 characters, 72 with the `=?UTF-8?B?` and `?=` around them.
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=")
                chunk.removeAll()
            }
            chunk += bytes.prefix(45)
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=") }
        return words.joined(separator: "\r\n ")
    }

    /// Printable ASCII without `=?` (which a reader would take for an encoded word).
    static func isPlainHeaderText(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !text.contains("=?")
    }

    /// A display name and address: a name of plain words as a quoted string, anything
    /// else encoded.
    package static func address(_ address: MailAddress, firstLineUsed: Int) -> String {
        guard let given = address.name else { return address.address }
        let name = String(String.UnicodeScalarView(given.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        let quoted = isPlainHeaderText(name)
            ? "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            : headerText(name, firstLineUsed: firstLineUsed)
        return quoted + " <" + address.address + ">"
    }

    /// A body as quoted-printable (RFC 2045 §6.7) with CRLF line ends: readable in a
    /// `.eml` file, safe on any relay (lines under 77 characters, no bare CR or LF, a
    /// line that is `.` alone or starts with `From ` cannot occur unencoded).
    package static func quotedPrintable(_ text: String) -> String {
        var out: [UInt8] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 { out += [0x0D, 0x0A] }
            var length = 0
            let bytes = Array(line.utf8)
            for (position, byte) in bytes.enumerated() {
                let last = position == bytes.count - 1
                let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                    || ((byte == 0x20 || byte == 0x09) && !last)
                // A leading `.` or `F` (of `From `) is encoded: relays and mbox readers treat such lines specially.
                let special = position == 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "F"))
                let piece: [UInt8] = literal && !special ? [byte] : Array("=\(hex(byte))".utf8)
                if length + piece.count > 75 {
                    out += Array("=\r\n".utf8)
                    length = 0
                }
                out += piece
                length += piece.count
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }
}

/// Standard base64 without line breaks (RFC 4648).
package enum Base64 {
    package static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index], b1 = index + 1 < bytes.count ? bytes[index + 1] : 0, b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
