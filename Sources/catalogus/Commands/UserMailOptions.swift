import ArgumentParser
import CatalogusServices
import Foundation

/// `user create` and `user reset` mail the link, as the API does: the mail waits in the
/// outbox (the database) and the server sends it, now or when it next runs.
struct UserMailOptions: ParsableArguments {
    @Flag(help: "Do not mail the link; only print it.")
    var noMail = false

    @Option(help: "The sender people see (env CATALOGUS_MAIL_FROM, as serve uses).")
    var mailFrom: String?

    /// The mailer, with links under `linkPrefix` (`--public-url`), or under the address
    /// `serve` answers on by default when there is none.
    func mailer(linkPrefix: String) throws -> Mailer? {
        guard !noMail else { return nil }
        var configuration = MailConfiguration()
        if let from = mailFrom ?? Environment.value("CATALOGUS_MAIL_FROM"), !configuration.setFrom(from) {
            throw ValidationError("--mail-from must be an address, optionally with a name: \"Naam <adres@example.nl>\"")
        }
        return Mailer(from: configuration.from, baseURL: linkPrefix.isEmpty ? configuration.fallbackBaseURL : linkPrefix)
    }

    func report(_ mailer: Mailer?, to address: String) {
        guard mailer != nil else { return }
        FileHandle.standardError.write(Data("a mail with the link to \(address) waits in the outbox; the server sends it (see `serve --smtp-url`)\n".utf8))
    }
}
