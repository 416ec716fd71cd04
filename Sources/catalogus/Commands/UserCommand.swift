import ArgumentParser
import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation

/// `catalogus user …`: people's accounts from the command line (the first admin, above all).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Invite, list, disable and reset people's accounts.",
        subcommands: [Create.self, List.self, Disable.self, Reset.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account and print its one-time link (/welcome#code=…, 72 hours) to set a password.")

        @Option(help: "The person's e-mail address (unique, case-insensitive).")
        var email: String

        @Option(help: "The person's name, shown in the header, order history and the audit log.")
        var name: String

        @Option(help: "admin, staff, municipality or viewer.")
        var role: String

        @Option(help: "The municipality's slug (municipality accounts only).")
        var municipality: String?

        @Option(name: [.customLong("public-url"), .customLong("base-url")],
                help: "Prefix for the printed link, e.g. https://catalogus.example.nl (env CATALOGUS_PUBLIC_URL, as serve uses; default: the path alone).")
        var publicUrl: String?

        @OptionGroup var mail: UserMailOptions
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let prefix = try UserCommand.linkPrefix(publicUrl)  // checked before the account is made
            let mailer = try mail.mailer(linkPrefix: prefix)
            let welcome = try UserCommand.run(database, mailer: mailer) { accounts in
                try accounts.create(email: email, name: name, role: role, municipality: municipality)
            }
            print(prefix + welcome.path)
            FileHandle.standardError.write(Data("account \(welcome.userID) (\(welcome.role), \(welcome.email)) created; the link works once, until \(welcome.expiresAt)\n".utf8))
            mail.report(mailer, to: welcome.email)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts: id, e-mail, name, role, municipality, active, created, last sign-in.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let rows = try UserCommand.run(database) { accounts in try accounts.list() }
            print(["id", "email", "name", "role", "municipality", "active", "created", "last_sign_in"].joined(separator: "\t"))
            for row in rows { print(row.joined(separator: "\t")) }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account by id or e-mail; its sessions end at once.")

        @Argument(help: "The account's id or e-mail address.")
        var account: String

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try UserCommand.run(database) { accounts in try accounts.disable(account) }
            print("disabled \(account)")
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a new one-time link for an account; its password and sessions stop working.")

        @Argument(help: "The account's id or e-mail address.")
        var account: String

        @Option(name: [.customLong("public-url"), .customLong("base-url")],
                help: "Prefix for the printed link, e.g. https://catalogus.example.nl (env CATALOGUS_PUBLIC_URL).")
        var publicUrl: String?

        @OptionGroup var mail: UserMailOptions
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let prefix = try UserCommand.linkPrefix(publicUrl)
            let mailer = try mail.mailer(linkPrefix: prefix)
            let welcome = try UserCommand.run(database, mailer: mailer) { accounts in try accounts.reset(account) }
            print(prefix + welcome.path)
            mail.report(mailer, to: welcome.email)
        }
    }

    /// The one-time link, whole when a public URL is known (the option, else the one
    /// `serve` is given in the environment).
    static func linkPrefix(_ publicURL: String?) throws -> String {
        guard let url = publicURL ?? Environment.value("CATALOGUS_PUBLIC_URL") else { return "" }
        do { return try PublicURL.normalized(url) } catch { throw ValidationError("--public-url: \(error)") }
    }

    static func run<T>(_ database: DatabaseOptions, mailer: Mailer? = nil, _ body: (CommandLineAccounts) throws -> T) throws -> T {
        let (writer, _, lock) = try database.openForChange()
        defer { withExtendedLifetime(lock) { writer.close() } }
        do {
            return try body(CommandLineAccounts(writer: writer, mailer: mailer))
        } catch let error as CommandLineAccounts.Failure {
            throw ValidationError(error.description)
        }
    }
}
