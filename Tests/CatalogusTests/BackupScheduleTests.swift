import Catalogus
import CatalogusAPI
import CatalogusBackup
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import HTTPServer
import Foundation
import SQLite
import Synchronization
import Testing

/// Issue 20, item 11: backups that are taken and proven. `serve --backup-dir` takes
/// checked online backups on a schedule and reports their age; `catalogus restore`
/// puts one back, refusing while a server holds the database or when the file is bad.
@Suite struct BackupScheduleTests {
    /// Posts registrations on `threads` connections until stopped; records each
    /// acknowledged id with the moment its 201 arrived.
    private final class RegistrationLoad: Sendable {
        private let acknowledged = Mutex<[(id: Int64, at: ContinuousClock.Instant)]>([])
        private let failures = Mutex<[String]>([])
        private let stopRequested = Atomic<Bool>(false)
        private let finished = DispatchGroup()

        func start(_ app: RunningApp, token: String, threads: Int) {
            for thread in 0..<threads {
                finished.enter()
                Thread { [self] in
                    defer { finished.leave() }
                    guard let client = try? app.client() else { return }
                    var n = 0
                    while !stopRequested.load(ordering: .acquiring) {
                        n += 1
                        do {
                            let response = try client.request("POST", "/api/v1/registrations", token: token,
                                                              json: registrationTestBody(["notes": .string("load \(thread)-\(n)")]))
                            let at = ContinuousClock.now
                            guard response.status == 201, let id = try response.json()["id"]?.int64Value else {
                                failures.withLock { $0.append("\(response.status)") }
                                continue
                            }
                            acknowledged.withLock { $0.append((id, at)) }
                        } catch {
                            failures.withLock { $0.append("\(error)") }
                            return
                        }
                    }
                }.start()
            }
        }

        var count: Int { acknowledged.withLock { $0.count } }
        var errors: [String] { failures.withLock { $0 } }
        func acknowledged(before instant: ContinuousClock.Instant) -> [Int64] {
            acknowledged.withLock { $0.filter { $0.at < instant }.map(\.id) }
        }

        func stop() {
            stopRequested.store(true, ordering: .releasing)
            finished.wait()
        }
    }

    @Test func aBackupTakenUnderWriteLoadHoldsEveryWriteAcknowledgedBeforeItBegan() throws {
        try withTemporaryDirectory { directory in
            try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
                let token = try registrationTestToken(app, .staff)
                let scheduler = BackupScheduler(configuration: .init(directory: directory + "/backups", every: .seconds(3600), keep: 3),
                                                databasePath: app.databasePath, status: app.services.backups, log: LogSink(enabled: false))
                let load = RegistrationLoad()
                load.start(app, token: token, threads: 2)
                let deadline = ContinuousClock.now + .seconds(60)
                while load.count < 40, ContinuousClock.now < deadline { usleep(5_000) }

                let began = ContinuousClock.now
                let mustHave = load.acknowledged(before: began)
                let result = scheduler.runOnce()
                let countAfterBackup = load.count
                // Writes went on during the backup, and after it.
                while load.count < countAfterBackup + 10, ContinuousClock.now < deadline { usleep(5_000) }
                load.stop()
                #expect(load.errors.isEmpty, "\(load.errors.prefix(3))")
                let backup = try result.get()
                #expect(mustHave.count >= 40)

                let restored = directory + "/elsewhere/catalogus.sqlite"
                let outcome = try DatabaseRestore.restore(from: backup, to: restored)
                #expect(outcome.bytes > 0)
                let copy = try Connection(path: restored, mode: .readOnly)
                defer { copy.close() }
                #expect(try copy.integrityCheck() == "ok")
                var present = Set<Int64>()
                try copy.forEachRow("SELECT id FROM registration WHERE notes LIKE 'load %'", arguments: []) { present.insert(try $0.column(0)) }
                let missing = mustHave.filter { !present.contains($0) }
                #expect(missing.isEmpty, "\(missing.count) of \(mustHave.count) acknowledged writes missing, e.g. \(missing.prefix(5))")
                // And it is a snapshot, not the end state: the writes after it are not all in.
                #expect(present.count < load.count)

                let status = app.services.backups.snapshot
                #expect(status.successes == 1 && status.failures == 0)
                let age = try #require(status.lastSuccessAge())
                #expect(age < .seconds(60))
            }
        }
    }

    @Test func theAgeOfTheLastGoodBackupIsInMetricsAndReadyz() throws {
        try withTemporaryDirectory { directory in
            try withRunningApp { app in
                let before = try app.client().get("/readyz")
                #expect(try before.json()["backup"] == nil, "no backup details while backups are not configured")
                let scheduler = BackupScheduler(configuration: .init(directory: directory, every: .seconds(3600), keep: 2),
                                                databasePath: app.databasePath, status: app.services.backups, log: LogSink(enabled: false))
                let (_, token) = try app.createToken(role: .metrics, name: "scraper")
                let early = try app.client().get("/metrics", headers: ["Authorization: Bearer \(token)"])
                #expect(early.text.contains("catalogus_backups_total{outcome=\"ok\"} 0"), "\(early.text.suffix(600))")
                #expect(!early.text.contains("catalogus_backup_last_success_age_seconds "))

                _ = try scheduler.runOnce().get()
                let metrics = try app.client().get("/metrics", headers: ["Authorization: Bearer \(token)"])
                #expect(metrics.text.contains("catalogus_backups_total{outcome=\"ok\"} 1"))
                #expect(metrics.text.contains("catalogus_backup_overdue 0"))
                let ageLine = metrics.text.split(separator: "\n").first { $0.hasPrefix("catalogus_backup_last_success_age_seconds ") }
                let metricAge = try #require(ageLine.flatMap { Double($0.split(separator: " ").last ?? "") })
                #expect(metricAge >= 0 && metricAge < 60)

                let ready = try app.client().get("/readyz")
                #expect(ready.status == 200)
                let details = try #require(try ready.json()["backup"])
                #expect(details["every_seconds"]?.int64Value == 3600)
                #expect(details["overdue"] == .bool(false))
                let age = try #require(details["last_success_age_seconds"]?.int64Value)
                #expect(age < 60)
            }
        }
    }

    @Test func onlyTheNewestGoodBackupsAreKeptAndEachPassesItsCheck() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/live.sqlite"
            let (writer, _) = try CatalogusDatabase.open(path: database, migrationsDirectory: RepositoryLayout.migrations)
            defer { writer.close() }
            let status = BackupStatus()
            let scheduler = BackupScheduler(configuration: .init(directory: directory + "/b", every: .seconds(3600), keep: 2),
                                            databasePath: database, status: status, log: LogSink(enabled: false))
            var taken: [String] = []
            for _ in 0..<3 { taken.append(try scheduler.runOnce().get()) }
            #expect(Set(taken).count == 3)
            let kept = BackupDirectory(path: directory + "/b").backups()
            #expect(kept == Array(taken.suffix(2)))
            // Nothing half-written or unchecked is left under any name.
            let files = try FileManager.default.contentsOfDirectory(atPath: directory + "/b").sorted()
            #expect(files == kept.map { ($0 as NSString).lastPathComponent }.sorted())
            for file in kept {
                let copy = try Connection(path: file, mode: .readOnly)
                #expect(try copy.integrityCheck() == "ok")
                copy.close()
            }
            #expect(status.snapshot.successes == 3)
        }
    }

    @Test func aFailedBackupIsCountedAndLeavesNoFile() throws {
        try withTemporaryDirectory { directory in
            let status = BackupStatus()
            let scheduler = BackupScheduler(configuration: .init(directory: directory + "/b", every: .seconds(3600), keep: 2),
                                            databasePath: directory + "/absent.sqlite", status: status, log: LogSink(enabled: false))
            #expect(throws: BackupError.self) { try scheduler.runOnce().get() }
            #expect(status.snapshot.failures == 1 && status.snapshot.successes == 0)
            #expect(BackupDirectory(path: directory + "/b").backups().isEmpty)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/b")) ?? []
            #expect(files.isEmpty)
        }
    }

    @Test func restoreRefusesWhileAServerHoldsTheDatabase() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/live.sqlite"
            let backup = directory + "/backup.sqlite"
            #expect(try ChildProcess.catalogus(["migrate"], database: database).exitCode == 0)
            #expect(try ChildProcess.catalogus(["backup", backup, "--db", database]).exitCode == 0)
            do {
                let serving = try DatabaseUseLock(database: database, for: .serving)
                #expect(throws: DatabaseUseLock.Failure.inUse(databasePath: database, by: .serving)) {
                    try DatabaseRestore.restore(from: backup, to: database)
                }
                withExtendedLifetime(serving) {}
            }
            #expect(throws: Never.self) { try DatabaseRestore.restore(from: backup, to: database) }
        }
    }

    /// `migrate`, `seed`, `token` and `user` change the file too: none of them runs while a
    /// restore replaces it (they would write into the file being replaced), and a restore
    /// waits for them as for a server.
    @Test func commandsThatChangeTheDatabaseAndARestoreExcludeEachOther() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/live.sqlite"
            #expect(try ChildProcess.catalogus(["migrate"], database: database).exitCode == 0)
            do {
                let restoring = try DatabaseUseLock(database: database, for: .restoring)
                for arguments in [["migrate"], ["token", "create", "--role", "viewer", "--name", "x"]] {
                    let refused = try ChildProcess.catalogus(arguments, database: database)
                    #expect(refused.exitCode != 0, "\(arguments): \(refused)")
                    #expect(refused.standardError.contains("is being restored"), "\(arguments): \(refused)")
                }
                withExtendedLifetime(restoring) {}
            }
            let changing = try DatabaseUseLock(database: database, for: .changing)
            #expect(throws: DatabaseUseLock.Failure.inUse(databasePath: database, by: .serving)) {
                _ = try DatabaseUseLock(database: database, for: .restoring)
            }
            // Beside a server, as ever.
            let serving = try DatabaseUseLock(database: database, for: .serving)
            withExtendedLifetime((changing, serving)) {}
            #expect(try ChildProcess.catalogus(["migrate"], database: database).exitCode == 0)
        }
    }

    @Test func restoreRefusesADamagedFileOrAnotherDatabaseAndLeavesTheTargetAlone() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/live.sqlite"
            #expect(try ChildProcess.catalogus(["migrate"], database: database).exitCode == 0)
            let before = try Data(contentsOf: URL(fileURLWithPath: database))

            let garbage = directory + "/garbage.sqlite"
            #expect(FileManager.default.createFile(atPath: garbage, contents: Data(repeating: 0x41, count: 8192)))
            #expect(throws: BackupError.self) { try DatabaseRestore.restore(from: garbage, to: database) }

            let foreign = directory + "/foreign.sqlite"
            let other = try Connection(path: foreign)
            try other.execute("CREATE TABLE t (x INTEGER)")
            other.close()
            let error = try #require(throws: BackupError.self) { try DatabaseRestore.restore(from: foreign, to: database) }
            guard case .notACatalogusDatabase = error else { Issue.record("\(error)"); return }

            #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
            #expect(!FileManager.default.fileExists(atPath: database + ".restoring"))
        }
    }

    @Test(arguments: [("30m", 1800), ("6h", 21600), ("1d", 86400), ("1h30m", 5400), ("45s", 45)])
    func durationsAreReadAsOperatorsWriteThem(_ text: String, _ seconds: Int64) throws {
        #expect(try BackupDuration.parse(text) == .seconds(seconds))
    }

    @Test(arguments: ["", "6", "h", "6x", "-1h", "0m"])
    func nonsenseDurationsAreRefused(_ text: String) {
        #expect(throws: BackupDuration.Invalid.self) { try BackupDuration.parse(text) }
    }
}
