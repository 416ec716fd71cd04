import ArgumentParser
import Catalogus
import CatalogusAPI
import CatalogusBackup
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import SQLite

struct CatalogusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogus",
        abstract: "The Activiteitencatalogus API server and its tools.",
        subcommands: [ServeCommand.self, MigrateCommand.self, SeedCommand.self, BackupCommand.self, RestoreCommand.self, TokenCommand.self, UserCommand.self]
    )
}

/// Options every database command shares; each also reads a `CATALOGUS_*` variable.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (env CATALOGUS_DB; default ./data/catalogus.sqlite).")
    var db: String?

    @Option(name: .long, help: "The folder of NNNN_name.sql migrations (env CATALOGUS_MIGRATIONS; default ./migrations, then migrations/ beside the executable).")
    var migrations: String?

    var databasePath: String { db ?? Environment.value("CATALOGUS_DB") ?? "data/catalogus.sqlite" }
    var migrationsPath: String? { migrations ?? Environment.value("CATALOGUS_MIGRATIONS") }

    /// The database, migrated, for a command that changes it: with a shared hold on its
    /// use lock (`DatabaseUseLock`), so that no restore replaces the file meanwhile. Keep
    /// `lock` until the writer is closed.
    func openForChange() throws -> (writer: DatabaseWriter, migrator: Migrator, lock: DatabaseUseLock) {
        let lock: DatabaseUseLock
        do { lock = try DatabaseUseLock(database: databasePath, for: .changing) } catch let failure as DatabaseUseLock.Failure { throw ValidationError(failure.description) }
        let migrations = try CatalogusDatabase.locateMigrations(migrationsPath)
        let (writer, migrator) = try CatalogusDatabase.open(path: databasePath, migrationsDirectory: migrations)
        return (writer, migrator, lock)
    }
}

enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}

import Foundation
