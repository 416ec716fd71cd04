import ArgumentParser
import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import SQLite

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database to FILE, also while the server is writing."
    )

    @Argument(help: "The file to write; it must not exist yet.")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        guard !FileManager.default.fileExists(atPath: file) else {
            throw ValidationError("\(file) exists already; choose a new file name")
        }
        guard FileManager.default.fileExists(atPath: database.databasePath) else {
            throw ValidationError("no database at \(database.databasePath)")
        }
        let source = try Connection(path: database.databasePath, mode: .readOnly)
        defer { source.close() }
        try source.backup(to: file)
        let copy = try Connection(path: file, mode: .readOnly)
        let check = try copy.integrityCheck()
        copy.close()
        guard check == "ok" else { throw ValidationError("the backup failed its integrity check: \(check)") }
        print("backup of \(database.databasePath) written to \(file) (integrity ok)")
    }
}
