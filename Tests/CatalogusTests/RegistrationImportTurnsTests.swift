import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import SQLite
import Testing

/// Issue 20, item 8: a bulk import writes its rows in turns of `rowsPerTurn`, each a
/// transaction of its own with other writes between them, and stays all-or-nothing to
/// everyone else: its rows are not read, listed, counted or changed before its last turn
/// publishes them, and are taken back whole when it fails or the server stops mid-import.
@Suite struct RegistrationImportTurnsTests {
    /// Two rows as `RegistrationImportRepository.insert` takes them: Breicafé in Midden-Drenthe on a
    /// day no demo row has, one at location 1, one without a place.
    static func rows(activity: Int64) -> String {
        #"[[\#(activity),"midden-drenthe",1,"2024-02-29",1,12,null,"[]","unseen one"],"#
            + #"[\#(activity),"midden-drenthe",null,"2024-02-29",1,30,null,"[]","unseen two"]]"#
    }

    static func breicafe(_ app: RunningApp) throws -> Int64 {
        try registrationTestCount(app, "SELECT id FROM activity WHERE code = 'breicafe'")
    }

    static func leapDayIDs(_ client: HTTPTestClient, token: String) throws -> [Int64] {
        let page = try client.request("GET", "/api/v1/registrations?from=2024-02-29&to=2024-02-29&limit=100", token: token)
        try #require(page.status == 200, "\(page)")
        return try page.json().catalogueItems.compactMap { $0["id"]?.int64Value }
    }

    static func participantsInFebruary(_ app: RunningApp) throws -> Int64 {
        try registrationTestCount(app, """
            SELECT coalesce(sum(participants), 0) FROM registration_month WHERE municipality = 'midden-drenthe' AND month = '2024-02'
            """)
    }

    @Test func stagedRowsAreUnseenUntilTheLastTurnPublishesThem() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let activity = try Self.breicafe(app)
            let februaryBefore = try Self.participantsInFebruary(app)
            #expect(try Self.leapDayIDs(client, token: staff).isEmpty)
            // A partial month: read from the registrations themselves, not the sums.
            func leapDaySeries() throws -> JSONValue {
                let series = try client.request("GET", "/api/v1/stats/timeseries?from=2024-02-29&to=2024-02-29&measure=participants&municipality=midden-drenthe",
                                                token: staff)
                try #require(series.status == 200, "\(series)")
                return try #require(try series.json()["items"])
            }
            let seriesBefore = try leapDaySeries()

            // The first turn commits on its own, as the import's turns do.
            let now = Timestamp.now()
            let staged = try app.writer.write(.bulk) { db in
                let imports = RegistrationImportRepository(db: db)
                var staged = try imports.begin(now: now)
                try imports.insert(Self.rows(activity: activity), count: 2, into: &staged, now: now)
                return staged
            }
            #expect(staged.ids.count == 2)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration WHERE date = '2024-02-29'") == 2)

            // Nobody sees them: not by id, not in a list, not in the sums or the statistics.
            for id in staged.ids {
                #expect(try client.request("GET", "/api/v1/registrations/\(id)", token: staff).status == 404)
                #expect(try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff, json: ["participants": 1]).status == 404)
                #expect(try client.request("DELETE", "/api/v1/registrations/\(id)", token: staff).status == 404)
            }
            #expect(try Self.leapDayIDs(client, token: staff).isEmpty)
            #expect(try Self.participantsInFebruary(app) == februaryBefore)
            #expect(try registrationTestAggregateMismatches(app).isEmpty)
            #expect(try leapDaySeries() == seriesBefore)

            // Another write goes between the turns and is seen at once.
            let other = try client.request("POST", "/api/v1/registrations", token: staff, json: registrationTestBody(["date": "2024-02-29"]))
            try #require(other.status == 201, "\(other)")
            let otherID = try #require(try other.json()["id"]?.int64Value)
            #expect(try Self.leapDayIDs(client, token: staff) == [otherID])

            // The last turn shows both rows at once, with their sums.
            try app.writer.write(.bulk) { db in try RegistrationImportRepository(db: db).publish(staged) }
            #expect(Set(try Self.leapDayIDs(client, token: staff)) == Set(staged.ids + [otherID]))
            for id in staged.ids {
                #expect(try client.request("GET", "/api/v1/registrations/\(id)", token: staff).status == 200)
            }
            #expect(try Self.participantsInFebruary(app) == februaryBefore + 12 + 30 + 11)
            #expect(try leapDaySeries().arrayValue?.first?["value"]?.int64Value == 12 + 30 + 11)
            #expect(try registrationTestAggregateMismatches(app).isEmpty)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration_import") == 0)

            // Published rows are like any other: a delete subtracts from the sums.
            #expect(try client.request("DELETE", "/api/v1/registrations/\(staged.ids[1])", token: staff).status == 204)
            #expect(try Self.participantsInFebruary(app) == februaryBefore + 12 + 11)
            #expect(try registrationTestAggregateMismatches(app).isEmpty)
        }
    }

    @Test func anImportThatFailsTakesBackWhatItStaged() throws {
        try withDemoApp { app in
            let activity = try Self.breicafe(app)
            let februaryBefore = try Self.participantsInFebruary(app)
            let count = try registrationTestCount(app, "SELECT count(*) FROM registration")
            let now = Timestamp.now()
            let staged = try app.writer.write(.bulk) { db in
                let imports = RegistrationImportRepository(db: db)
                var staged = try imports.begin(now: now)
                try imports.insert(Self.rows(activity: activity), count: 2, into: &staged, now: now)
                try imports.insert(Self.rows(activity: activity), count: 2, into: &staged, now: now)
                return staged
            }
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == count + 4)
            let taken = try app.writer.write(.bulk) { db in try RegistrationImportRepository(db: db).abandon(staged.id) }
            #expect(taken == 4)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == count)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration_import") == 0)
            // Nothing was subtracted that had never been added.
            #expect(try Self.participantsInFebruary(app) == februaryBefore)
            #expect(try registrationTestAggregateMismatches(app).isEmpty)
            // Taking back what is gone already is not an error (a turn that never committed).
            #expect(try app.writer.write(.bulk) { db in try RegistrationImportRepository(db: db).abandon(staged.id) } == 0)
        }
    }

    /// Through HTTP: an import larger than one turn is answered with every id, in the
    /// order of its rows, consecutive within each turn.
    @Test func anImportOfSeveralTurnsIsWholeAndInOrder() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            let rows = RegistrationImportRepository.rowsPerTurn * 2 + 7
            let csv = ([RegistrationBulkTests.csvHeader] + RegistrationBulkTests.csvRows(rows)).joined(separator: "\n") + "\n"
            let response = try app.patientClient().request("POST", "/api/v1/registrations/bulk", token: staff, body: csv, contentType: "text/csv")
            try #require(response.status == 201, "\(response)")
            let ids = try response.json()["ids"]?.arrayValue?.compactMap(\.int64Value) ?? []
            #expect(ids.count == rows)
            #expect(ids == ids.sorted())
            #expect(try registrationTestCount(app, "SELECT count(DISTINCT import_id) FROM registration WHERE id BETWEEN ? AND ?",
                                              [ids.first ?? 0, ids.last ?? 0]) == 1)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration_import") == 0)
            #expect(try registrationTestAggregateMismatches(app).isEmpty)
        }
    }

    /// `kill -9` between turns leaves staged rows behind; the next server takes them back
    /// before it listens, and says so.
    @Test func aServerThatStoppedMidImportTakesItsRowsBackOnStart() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/imports.sqlite"
            let seeded = try ChildProcess.catalogus(["seed", "--demo"], database: database)
            try #require(seeded.exitCode == 0, "\(seeded)")
            let before: Int64
            do {
                // As a server's turns would have left it: committed, never published.
                let (writer, _) = try CatalogusDatabase.open(path: database, migrationsDirectory: RepositoryLayout.migrations)
                defer { writer.close() }
                before = try writer.withConnection { db in try db.scalar("SELECT count(*) FROM registration", as: Int64.self) ?? -1 }
                let activity = try writer.withConnection { db in
                    try db.scalar("SELECT id FROM activity WHERE code = 'breicafe'", as: Int64.self) ?? -1
                }
                let now = Timestamp.now()
                _ = try writer.write(.bulk) { db in
                    let imports = RegistrationImportRepository(db: db)
                    var staged = try imports.begin(now: now)
                    try imports.insert(Self.rows(activity: activity), count: 2, into: &staged, now: now)
                    return staged.id
                }
            }
            let server = try ServeProcess(directory: directory, arguments: ["--db", database, "--migrations", RepositoryLayout.migrations])
            #expect(server.log.contains("took back 2 unseen rows"), "\(server.log)")
            #expect(server.terminate() == 0)
            let db = try Connection(path: database, mode: .readOnly)
            #expect(try db.scalar("SELECT count(*) FROM registration", as: Int64.self) == before)
            #expect(try db.scalar("SELECT count(*) FROM registration_import", as: Int64.self) == 0)
            #expect(try registrationTestAggregateMismatches(in: db).isEmpty)
        }
    }
}
