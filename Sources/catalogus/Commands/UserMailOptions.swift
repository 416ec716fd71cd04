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

    /// The mailer, with links under `linkPrefix` (`--public-url`). Without one there is no
    /// mail: the command cannot know where the server is reached, and a mail with a wrong
    /// link is worse than none (the printed link still works when opened on the server).
    func mailer(linkPrefix: String) throws -> Mailer? {
        guard !noMail, !linkPrefix.isEmpty else { return nil }
        var configuration = MailConfiguration()
        if let from = mailFrom ?? Environment.value("CATALOGUS_MAIL_FROM"), !configuration.setFrom(from) {
            throw ValidationError("--mail-from must be an address, optionally with a name: \"Naam <adres@example.nl>\"")
        }
        return Mailer(from: configuration.from, baseURL: linkPrefix)
    }

    func report(_ mailer: Mailer?, to address: String) {
        let said = mailer != nil ? "a mail with the link to \(address) waits in the outbox; the server sends it (see `serve --smtp-url`)"
            : noMail ? "no mail (--no-mail)" : "no mail: give --public-url (or CATALOGUS_PUBLIC_URL) so that the mail's link is whole"
        FileHandle.standardError.write(Data((said + "\n").utf8))
    }
}
