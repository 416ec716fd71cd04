import Catalogus
import CatalogusAPI
import CatalogusBackup
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import SQLite
import Testing

/// `catalogus serve --backup-dir … --backup-every … --backup-keep …` and `catalogus
/// restore` as an operator runs them (issue 20, item 11).
@Suite struct BackupServeTests {
    @Test func serveBacksUpOnScheduleAndRestoreWaitsForItToStop() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/data/catalogus.sqlite"
            let backups = directory + "/backups"
            let server = try ServeProcess(directory: directory, arguments: [
                "--db", database, "--migrations", RepositoryLayout.migrations,
                "--backup-dir", backups, "--backup-every", "1s", "--backup-keep", "2",
            ])
            let deadline = ContinuousClock.now + .seconds(60)
            while server.log.components(separatedBy: "taken and checked").count - 1 < 3, ContinuousClock.now < deadline { usleep(50_000) }
            #expect(server.log.components(separatedBy: "taken and checked").count - 1 >= 3, "\(server.log)")
            let kept = BackupDirectory(path: backups).backups()
            #expect(kept.count == 2, "\(kept)")
            let ready = try server.client().get("/readyz")
            #expect(ready.status == 200)
            #expect(try ready.json()["backup"]?["every_seconds"]?.int64Value == 1)

            let backup = try #require(kept.last)
            let refused = try ChildProcess.catalogus(["restore", backup, "--db", database])
            #expect(refused.exitCode != 0, "\(refused)")
            #expect(refused.standardError.contains("a server or another catalogus command is using"), "\(refused)")

            #expect(server.terminate() == 0)
            let restored = try ChildProcess.catalogus(["restore", backup, "--db", database])
            #expect(restored.exitCode == 0, "\(restored)")
            #expect(restored.standardOutput.contains("restored"), "\(restored)")
            let copy = try Connection(path: database, mode: .readOnly)
            defer { copy.close() }
            #expect(try copy.integrityCheck() == "ok")
            #expect(try copy.tableExists("schema_migrations"))
            #expect(!FileManager.default.fileExists(atPath: database + "-wal"))
        }
    }

    @Test func backupOptionsNeedAFolderAndASensibleInterval() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/catalogus.sqlite"
            let noFolder = try ChildProcess.catalogus(["serve", "--port", "0", "--backup-every", "1h"], database: database)
            #expect(noFolder.exitCode != 0)
            #expect(noFolder.standardError.contains("--backup-dir"), "\(noFolder)")
            let badInterval = try ChildProcess.catalogus(["serve", "--port", "0", "--backup-dir", directory, "--backup-every", "soon"],
                                                         database: database)
            #expect(badInterval.exitCode != 0)
            #expect(badInterval.standardError.contains("no duration"), "\(badInterval)")
        }
    }
}
