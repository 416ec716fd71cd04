import ArgumentParser
import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import SQLite

struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke API tokens.",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token and print it once; only its SHA-256 is kept.")

        @Option(help: "admin, staff, municipality or viewer.")
        var role: String

        @Option(help: "The municipality's slug (municipality tokens only).")
        var municipality: String?

        @Option(help: "Who or what holds the token; shown in order history and the audit log.")
        var name: String

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            guard let role = Role(rawValue: role) else {
                throw ValidationError("--role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let (writer, _, lock) = try database.openForChange()
            defer { withExtendedLifetime(lock) { writer.close() } }
            do {
                let created = try writer.withConnection { db in
                    try TokenStore.create(in: db, role: role, municipality: municipality, name: name)
                }
                print(created.token)
                FileHandle.standardError.write(Data("token \(created.record.id) (\(role.rawValue), \(created.record.name)) created; it is shown only this once\n".utf8))
            } catch let error as TokenError {
                throw ValidationError(error.description)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens: id, name, role, municipality, created, last used, revoked.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let (writer, _, lock) = try database.openForChange()
            defer { withExtendedLifetime(lock) { writer.close() } }
            let tokens = try writer.withConnection { db in try TokenStore.list(in: db) }
            print(["id", "name", "role", "municipality", "created", "last_used", "revoked"].joined(separator: "\t"))
            for token in tokens {
                print([String(token.id), token.name, token.role.rawValue, token.municipality ?? "-", token.createdAt,
                       token.lastUsedAt ?? "-", token.revokedAt ?? "-"].joined(separator: "\t"))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by id or name; it fails from the next request on.")

        @Argument(help: "The token's id or name.")
        var token: String

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let (writer, _, lock) = try database.openForChange()
            defer { withExtendedLifetime(lock) { writer.close() } }
            do {
                let count = try writer.withConnection { db in try TokenStore.revoke(in: db, reference: token) }
                print("revoked \(count) token\(count == 1 ? "" : "s")")
            } catch let error as TokenError {
                throw ValidationError(error.description)
            }
        }
    }
}
