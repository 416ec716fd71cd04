import CatalogusDomain
import Foundation
import Testing

/// Issue 23: a mail's headers come from typed values and are encoded, so a name or a
/// subject can never add a header; the body is quoted-printable with short CRLF lines.
/// Read back with Python's `email` package, as a mail client would.
@Suite struct MailMessageTests {
    static func message(name: String, subject: String, text: String = "Welkom!\nKlik op de link.") throws -> MailMessage {
        try MailMessage(from: MailAddress(parsing: "Bibliotheken Drenthe <catalogus@biblionet-drenthe.nl>"),
                        to: [MailAddress(name: name, address: "anne@example.nl")], subject: subject, text: text,
                        html: "<p>Welkom!</p>", messageID: "<m1@biblionet-drenthe.nl>", date: 1_796_666_400)
    }

    /// The headers and both parts as Python's `email` package reads `rendered`.
    static func parsedByPython(_ rendered: String) throws -> [String: String] {
        let script = """
            import email, email.policy, json, sys
            m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
            out = {k: str(v) for k, v in m.items()}
            out["_headers"] = ",".join(k for k, _ in m.items())
            out["_plain"] = m.get_body(("plain",)).get_content()
            out["_html"] = m.get_body(("html",)).get_content()
            out["_defects"] = str(len(m.defects))
            print(json.dumps(out))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(rendered.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
    }

    @Test func aNameOrSubjectWithLineBreaksAddsNoHeader() throws {
        let attack = try Self.message(name: "Anne\r\nBcc: mallory@example.com", subject: "Hallo\r\nBcc: mallory@example.com\r\n\r\nbody")
        let rendered = attack.rendered
        // Every line break in the head is a CRLF followed by a fold or a new known header.
        let head = rendered.components(separatedBy: "\r\n\r\n")[0]
        for line in head.components(separatedBy: "\r\n") where !line.hasPrefix(" ") {
            let name = String(line.prefix { $0 != ":" })
            #expect(["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"].contains(name), "\(line)")
        }
        let parsed = try Self.parsedByPython(rendered)
        #expect(parsed["_headers"] == "From,To,Subject,Date,Message-ID,MIME-Version,Content-Type")
        #expect(parsed["Bcc"] == nil)
        // The text is kept, as text on the one line: each control a space.
        #expect(parsed["Subject"] == "Hallo  Bcc: mallory@example.com    body")
        #expect(parsed["To"]?.contains("anne@example.nl") == true)
        #expect(parsed["_defects"] == "0")
    }

    @Test func dutchNamesAndSubjectsAreEncodedAndReadBack() throws {
        let mail = try Self.message(name: "Anne-Marie van 't Hoë", subject: "Uitnodiging: welkom bij de Activiteitencatalogus van Biblionet Drenthe — één link")
        let parsed = try Self.parsedByPython(mail.rendered)
        #expect(parsed["Subject"] == "Uitnodiging: welkom bij de Activiteitencatalogus van Biblionet Drenthe — één link")
        #expect(parsed["To"] == "Anne-Marie van 't Hoë <anne@example.nl>")
        #expect(parsed["From"] == "Bibliotheken Drenthe <catalogus@biblionet-drenthe.nl>")
        #expect(parsed["Message-ID"] == "<m1@biblionet-drenthe.nl>")
        #expect(parsed["Date"] == "Mon, 07 Dec 2026 18:00:00 +0000")
        #expect(!mail.rendered.utf8.contains { $0 >= 0x80 }, "the mail itself is 7-bit")
    }

    @Test func bodiesAreQuotedPrintableInShortLines() throws {
        let long = String(repeating: "Één regel met een lange tekst = veel woorden. ", count: 20)
        let text = "Beste Anne,\n\n" + long + "\n.\nFrom here\nEinde   "
        let mail = try Self.message(name: "Anne", subject: "Test", text: text)
        for line in mail.rendered.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 76, "\(line)")
            #expect(line != "." && !line.hasPrefix("From "), "\(line)")
        }
        #expect(!mail.rendered.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        let parsed = try Self.parsedByPython(mail.rendered)
        #expect(parsed["_plain"]?.replacingOccurrences(of: "\r\n", with: "\n") == text)
        #expect(parsed["_html"]?.hasPrefix("<p>Welkom!</p>") == true)
    }

    @Test func addressesThatCouldBreakAHeaderAreRefused() {
        for bad in ["anne@example.nl\r\nBcc: x@y.nl", "anne @example.nl", "<anne@example.nl>", "anne@", "@example.nl",
                    "anne@@example.nl", "anne@example", "an\"ne@example.nl", "anne@example.nl,mallory@example.com"] {
            #expect(throws: MailAddress.Fault.self, "\(bad)") { try MailAddress(address: bad) }
        }
        #expect((try? MailAddress(parsing: "\"Bibliotheken Drenthe\" <catalogus@biblionet-drenthe.nl>"))?.name == "Bibliotheken Drenthe")
        #expect((try? MailAddress(parsing: "catalogus@biblionet-drenthe.nl"))?.domain == "biblionet-drenthe.nl")
    }
}
