import ArgumentParser
import Catalogus
import CatalogusAPI
import CatalogusBackup
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup in place of the database: checked first, refused while a server uses the database.",
        discussion: """
            FILE must pass SQLite's integrity check and be a catalogus database. The database \
            at --db is replaced atomically (a synced copy renamed into place); its -wal and \
            -shm go. Stop the server first (it and the commands that change the database hold <db>.lock); start it again afterwards: \
            it applies any migrations the backup lacks.
            """
    )

    @Argument(help: "The backup to restore (from `catalogus backup` or `serve --backup-dir`).")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let outcome: DatabaseRestore.Outcome
        do {
            outcome = try DatabaseRestore.restore(from: file, to: database.databasePath)
        } catch {
            throw ValidationError("restore refused: \(error)")
        }
        let seconds = Double(outcome.duration.components.seconds) + Double(outcome.duration.components.attoseconds) / 1e18
        print("restored \(file) to \(database.databasePath) (\(outcome.bytes) bytes, integrity ok) in \(String(format: "%.2f", seconds)) s")
    }
}
