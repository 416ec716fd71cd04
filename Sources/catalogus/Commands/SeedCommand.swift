import ArgumentParser
import Catalogus
import Foundation

struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Load data into the database (migrating it first).",
        discussion: "--demo loads the demo catalogue from migrations/demo/; loading it twice changes nothing."
    )

    @Flag(help: "Load the demo data (the 2024 report of Midden-Drenthe, example prices).")
    var demo = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard demo else { throw ValidationError("say what to load: --demo") }
    }

    func run() throws {
        let migrations = try CatalogusDatabase.locateMigrations(database.migrationsPath)
        let (writer, _) = try CatalogusDatabase.open(path: database.databasePath, migrationsDirectory: migrations)
        defer { writer.close() }
        let loaded = try DemoData.load(into: writer, migrationsDirectory: migrations)
        print(loaded ? "demo data loaded into \(database.databasePath)" : "demo data already present in \(database.databasePath)")
    }
}
