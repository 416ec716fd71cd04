import Foundation

/// Where the mail worker hands a mail: an SMTP relay (`--smtp-url`) or, without one, a
/// folder of `.eml` files (`make run`: a newcomer opens them). Each call is one attempt.
package protocol MailTransport: Sendable {
    /// Sends the rendered message to `recipients`; on failure, what the outbox may show
    /// (never credentials or codes) and, separately, the detail for the server log.
    func send(_ rendered: String, messageID: String, from: String, to recipients: [String]) -> MailTransportOutcome
}

package enum MailTransportOutcome: Sendable, Equatable {
    case sent
    case failed(String, detail: String?)
}

/// Writes each mail as `<folder>/<Message-ID>.eml`: a retry of the same mail (after a
/// crash between the write and its record) replaces the same file, so each mail is there
/// once. Written to a temporary name, synced and renamed, so a file is whole or absent.
package struct FileMailTransport: MailTransport {
    package let folder: String

    package init(folder: String) { self.folder = folder }

    package func send(_ rendered: String, messageID: String, from: String, to recipients: [String]) -> MailTransportOutcome {
        let name = Self.fileName(messageID)
        let path = folder + "/" + name, temporary = folder + "/." + name + ".tmp"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary, contents: Data(rendered.utf8)) else {
                return .failed("could not write the mail file", detail: temporary)
            }
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: temporary))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, path) == 0 else { return .failed("could not write the mail file", detail: path) }
            return .sent
        } catch {
            return .failed("could not write the mail file", detail: "\(path): \(error)")
        }
    }

    /// The Message-ID's characters that are safe in a file name, and nothing else.
    package static func fileName(_ messageID: String) -> String {
        let safe = messageID.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.@".unicodeScalars.contains($0)) }
        return String(String.UnicodeScalarView(safe)).replacingOccurrences(of: "..", with: "_") + ".eml"
    }
}
