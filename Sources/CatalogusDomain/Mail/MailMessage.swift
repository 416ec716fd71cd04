import Foundation

/// A mail as it leaves the server: Dutch plain text and simple HTML as
/// multipart/alternative (RFC 2046), every header from typed values and encoded
/// (`MailEncoding`), so that no name or subject can add a header. The same message
/// renders to the same bytes, Message-ID included, so that a retry after a crash is
/// recognisably the same mail.
package struct MailMessage: Sendable, Equatable {
    package let from: MailAddress
    package let to: [MailAddress]
    package let subject: String
    package let text: String
    package let html: String
    /// `<…@domain>`, made once when the mail is queued and stored with it.
    package let messageID: String
    /// Seconds since 1970, when the mail was queued.
    package let date: Int64

    package init(from: MailAddress, to: [MailAddress], subject: String, text: String, html: String, messageID: String, date: Int64) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.messageID = messageID
        self.date = date
    }

    /// A new, unique Message-ID on the sender's domain.
    package static func newMessageID(from: MailAddress) -> String {
        "<" + UUID().uuidString.lowercased() + "@" + from.domain + ">"
    }

    /// RFC 5322 bytes with CRLF line ends, ready for SMTP's DATA or an `.eml` file.
    package var rendered: String {
        // Derived from the Message-ID: stable for the message, and `=_` never occurs in
        // quoted-printable output (a literal `=` is always `=3D`), so it cannot clash.
        let boundary = "=_catalogus_" + String(messageID.utf8.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }, radix: 16)
        var lines: [String] = []
        func header(_ name: String, _ value: String) { lines.append(name + ": " + value) }
        header("From", MailEncoding.address(from, firstLineUsed: 6))
        header("To", to.map { MailEncoding.address($0, firstLineUsed: 4) }.joined(separator: ",\r\n "))
        header("Subject", MailEncoding.headerText(subject, firstLineUsed: 9))
        header("Date", Self.rfc5322Date(date))
        header("Message-ID", messageID)
        header("MIME-Version", "1.0")
        header("Content-Type", "multipart/alternative; boundary=\"\(boundary)\"")
        lines.append("")
        lines.append("--" + boundary)
        lines.append("Content-Type: text/plain; charset=utf-8")
        lines.append("Content-Transfer-Encoding: quoted-printable")
        lines.append("")
        lines.append(MailEncoding.quotedPrintable(text))
        lines.append("--" + boundary)
        lines.append("Content-Type: text/html; charset=utf-8")
        lines.append("Content-Transfer-Encoding: quoted-printable")
        lines.append("")
        lines.append(MailEncoding.quotedPrintable(html))
        lines.append("--" + boundary + "--")
        lines.append("")
        return lines.joined(separator: "\r\n")
    }

    /// `Mon, 07 Dec 2026 18:00:00 +0000`, in English as RFC 5322 requires.
    package static func rfc5322Date(_ seconds: Int64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second],
                                            from: Date(timeIntervalSince1970: Double(seconds)))
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int?) -> String { (n ?? 0).zeroPadded(to: 2) }
        return "\(days[(parts.weekday ?? 1) - 1]), \(two(parts.day)) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }
}
