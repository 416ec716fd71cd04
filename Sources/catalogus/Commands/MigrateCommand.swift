import ArgumentParser
import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending migrations and report the schema version."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (writer, migrator, lock) = try database.openForChange()
        defer { withExtendedLifetime(lock) { writer.close() } }
        let versions = try writer.withConnection { db in try migrator.appliedVersions(db) }
        print("database \(database.databasePath) is at migration \(versions.last ?? 0) (\(versions.count) applied)")
    }
}
