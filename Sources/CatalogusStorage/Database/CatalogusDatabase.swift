import Foundation
import SQLite

/// Opens the database file, finds the migrations and applies the pending ones.
public enum CatalogusDatabase {
    public enum SetupError: Error, CustomStringConvertible {
        case migrationsNotFound([String])
        case cannotCreateDirectory(String)

        public var description: String {
            switch self {
            case .migrationsNotFound(let tried):
                "cannot find the migrations folder (tried \(tried.joined(separator: ", "))); pass --migrations DIR or set CATALOGUS_MIGRATIONS"
            case .cannotCreateDirectory(let path):
                "cannot create the folder \(path) for the database"
            }
        }
    }

    /// The folder of `NNNN_name.sql` files: the one given, else `./migrations`, else
    /// `migrations/` beside the executable (the Docker image's layout).
    public static func locateMigrations(_ explicit: String?) throws -> String {
        var candidates: [String] = []
        if let explicit, !explicit.isEmpty {
            candidates = [explicit]
        } else {
            candidates.append(FileManager.default.currentDirectoryPath + "/migrations")
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("migrations").path)
        }
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        throw SetupError.migrationsNotFound(candidates)
    }

    /// Opens (creating if needed) the writer and applies pending migrations.
    /// Throws `MigrationError` when an applied migration was edited or is unknown.
    public static func open(path: String, migrationsDirectory: String,
                            groupCommit: DatabaseWriter.GroupCommit = .init()) throws -> (writer: DatabaseWriter, migrator: Migrator) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SetupError.cannotCreateDirectory(folder)
        }
        let migrator = Migrator(migrations: try Migrator.load(directory: migrationsDirectory))
        let writer = try DatabaseWriter(path: path, groupCommit: groupCommit)
        _ = try writer.withConnection { db in try migrator.migrate(db) }
        return (writer, migrator)
    }
}
