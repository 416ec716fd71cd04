import ArgumentParser
import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation

struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Load data into the database (migrating it first).",
        discussion: """
            --demo loads the demo catalogue from migrations/demo/; loading it twice changes nothing.
            --synthetic N adds N synthetic registrations (for benchmarks) spread over the municipalities, \
            activities and locations already present and the years \(SyntheticData.firstYear)–\(SyntheticData.lastYear); \
            each run adds N more. With both, the demo data is loaded first.
            """
    )

    @Flag(help: "Load the demo data (the 2024 report of Midden-Drenthe, example prices).")
    var demo = false

    @Option(help: "Add this many synthetic registrations (1 to 100,000,000) to the catalogue in the database.")
    var synthetic: Int?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard demo || synthetic != nil else { throw ValidationError("say what to load: --demo, --synthetic N, or both") }
        if let synthetic, !(1...100_000_000).contains(synthetic) {
            throw ValidationError("--synthetic must be between 1 and 100000000")
        }
    }

    func run() throws {
        let migrations = try CatalogusDatabase.locateMigrations(database.migrationsPath)
        let (writer, _, lock) = try database.openForChange()
        defer { withExtendedLifetime(lock) { writer.close() } }
        if demo {
            let loaded = try DemoData.load(into: writer, migrationsDirectory: migrations)
            print(loaded ? "demo data loaded into \(database.databasePath)" : "demo data already present in \(database.databasePath)")
        }
        if let synthetic {
            let started = DispatchTime.now().uptimeNanoseconds
            let result = try SyntheticData.addRegistrations(synthetic, into: writer)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let rate = seconds > 0 ? Int(Double(result.created) / seconds) : result.created
            print("added \(result.created) synthetic registrations (ids \(result.firstID ?? 0)–\(result.lastID ?? 0)) to "
                  + "\(database.databasePath) in \(String(format: "%.2f", seconds)) s (\(rate) rows/s)")
        }
    }
}
