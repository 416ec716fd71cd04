import ArgumentParser
import CatalogusServices
import Foundation

/// `serve`'s options about mail (issue 23): an SMTP relay, or else a folder of `.eml` files.
struct MailOptions: ParsableArguments {
    @Option(help: "Send mail through this SMTP relay: smtp://host:587 (STARTTLS when offered) or smtps://host:465 (env CATALOGUS_SMTP_URL; default: write mail as .eml files into --mail-dir).")
    var smtpUrl: String?

    @Option(help: "The relay's login name; the password comes from the environment only, CATALOGUS_SMTP_PASSWORD (env CATALOGUS_SMTP_USER).")
    var smtpUser: String?

    @Option(help: "The sender people see, e.g. \"Bibliotheken Drenthe <catalogus@example.nl>\" (env CATALOGUS_MAIL_FROM; default Biblionet Drenthe <catalogus@localhost.localdomain>).")
    var mailFrom: String?

    @Option(help: "Without --smtp-url: the folder mail is written to as .eml files (env CATALOGUS_MAIL_DIR; default: mail/ next to the database).")
    var mailDir: String?

    @Option(help: ArgumentHelp("Tests only: seconds between mail retries, comma-separated (default 10,60,300,1800,7200,21600, then given up).",
                               visibility: .hidden))
    var mailRetryDelays: String?

    /// The server's own address for links, when there is no `--public-url`: the wildcard
    /// addresses as the loopback one, an IPv6 address in brackets.
    static func ownURL(host: String, port: Int) -> String {
        let shown = host == "0.0.0.0" ? "127.0.0.1" : host == "::" ? "[::1]" : host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)"
    }

    /// Sets `mail` and says where mail goes, for the server log.
    func apply(to mail: inout MailConfiguration, databasePath: String, host: String, port: Int) throws -> String {
        if let mailRetryDelays {
            let delays = mailRetryDelays.split(separator: ",").compactMap { Double($0) }
            guard !delays.isEmpty, delays.allSatisfy({ $0 >= 0 && $0 <= 86_400 }) else {
                throw ValidationError("--mail-retry-delays needs seconds, comma-separated")
            }
            mail.retryDelaysSeconds = delays
            mail.pollSeconds = min(mail.pollSeconds, max(0.02, delays.min() ?? 1))
        }
        if let from = mailFrom ?? Environment.value("CATALOGUS_MAIL_FROM"), !mail.setFrom(from) {
            throw ValidationError("--mail-from must be an address, optionally with a name: \"Naam <adres@example.nl>\"")
        }
        mail.fallbackBaseURL = Self.ownURL(host: host, port: port)
        if let url = smtpUrl ?? Environment.value("CATALOGUS_SMTP_URL") {
            guard url.hasPrefix("smtp://") || url.hasPrefix("smtps://"), !url.contains("@") else {
                throw ValidationError("--smtp-url must be smtp://host:port or smtps://host:port, without credentials (use --smtp-user and CATALOGUS_SMTP_PASSWORD)")
            }
            mail.sendSMTP(url: url, user: smtpUser ?? Environment.value("CATALOGUS_SMTP_USER"), password: Environment.value("CATALOGUS_SMTP_PASSWORD"))
            return "mail goes to \(url)"
        }
        let folder = mailDir ?? Environment.value("CATALOGUS_MAIL_DIR")
            ?? URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("mail").path
        mail.writeFiles(to: folder)
        return "mail is written as .eml files to \(folder) (no --smtp-url)"
    }
}
