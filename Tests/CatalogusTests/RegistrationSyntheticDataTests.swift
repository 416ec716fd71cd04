import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `SyntheticData` and `catalogus seed --synthetic N`: rows that the API itself would
/// accept, spread over municipalities, activities, locations and 2015–2024.
@Suite struct RegistrationSyntheticDataTests {
    @Test func rowsAreValidSpreadAndAggregated() throws {
        try withDemoApp { app in
            let before = try registrationTestCount(app, "SELECT count(*) FROM registration")
            let result = try SyntheticData.addRegistrations(6_000, into: app.writer, seed: 7)
            #expect(result.created == 6_000)
            let first = try #require(result.firstID), last = try #require(result.lastID)
            #expect(last - first + 1 == 6_000)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before + 6_000)
            let synthetic = "FROM registration r WHERE r.id BETWEEN \(first) AND \(last)"

            #expect(try registrationTestCount(app, "SELECT count(DISTINCT municipality) \(synthetic)") == 12)
            #expect(try registrationTestCount(app, "SELECT count(DISTINCT activity_id) \(synthetic)")
                    == (try registrationTestCount(app, "SELECT count(*) FROM activity")))
            #expect(try registrationTestColumn(app, "SELECT DISTINCT substr(date, 1, 4) \(synthetic) ORDER BY 1")
                    == (2015...2024).map(String.init))
            #expect(try registrationTestCount(app, "SELECT count(*) \(synthetic) AND location_id IS NULL") > 0)
            #expect(try registrationTestCount(app, "SELECT count(*) \(synthetic) AND location_id IS NOT NULL") > 0)
            // Every location belongs to the row's municipality, every count is in range.
            #expect(try registrationTestCount(app, """
                SELECT count(*) \(synthetic) AND location_id IS NOT NULL
                AND (SELECT municipality FROM location l WHERE l.id = r.location_id) IS NOT r.municipality
                """) == 0)
            #expect(try registrationTestCount(app, """
                SELECT count(*) FROM registration r JOIN activity a ON a.id = r.activity_id
                WHERE r.id BETWEEN \(first) AND \(last)
                  AND (r.participants > coalesce(a.max_participants, 40) OR r.sessions != coalesce(a.sessions_per_unit, 1))
                """) == 0)
            #expect(try registrationTestAggregateMismatches(app) == [])

            // The triggers that keep the aggregates are all back and working.
            #expect(try registrationTestColumn(app, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'registration' ORDER BY 1")
                    == ["registration_month_delete", "registration_month_insert", "registration_month_update",
                        "registration_place_year_delete", "registration_place_year_insert", "registration_place_year_update_new",
                        "registration_place_year_update_old", "registration_text_length_insert", "registration_text_length_update",
                        "registration_year_delete", "registration_year_insert", "registration_year_update"])
            let staff = try registrationTestToken(app, .staff)
            let added = try app.client().request("POST", "/api/v1/registrations", token: staff, json: registrationTestBody(["date": "2016-02-29"]))
            #expect(added.status == 201, "\(added)")
            #expect(try app.client().request("DELETE", "/api/v1/registrations/\(first)", token: staff).status == 204)
            #expect(try registrationTestAggregateMismatches(app) == [])

            // The statistics still add up over the larger data.
            let viewer = try registrationTestToken(app, .viewer)
            let series = try app.client().request("GET", "/api/v1/stats/timeseries?interval=year&from=2015-01-01&to=2024-12-31", token: viewer)
            let total = (try series.json()["items"]?.arrayValue ?? []).reduce(Int64(0)) { $0 + ($1["value"]?.int64Value ?? 0) }
            #expect(total == before + 6_000)  // one added, one deleted
        }
    }

    @Test func sameSeedSameRows() throws {
        let signature = "SELECT group_concat(activity_id || municipality || coalesce(location_id, '-') || date || participants, ',') FROM (SELECT * FROM registration WHERE id > 593 ORDER BY id)"
        let first = try withDemoApp { app in
            _ = try SyntheticData.addRegistrations(300, into: app.writer, seed: 11)
            return try registrationTestColumn(app, signature)
        }
        let second = try withDemoApp { app in
            _ = try SyntheticData.addRegistrations(300, into: app.writer, seed: 11)
            return try registrationTestColumn(app, signature)
        }
        let other = try withDemoApp { app in
            _ = try SyntheticData.addRegistrations(300, into: app.writer, seed: 12)
            return try registrationTestColumn(app, signature)
        }
        #expect(first == second)
        #expect(first != other)
    }

    @Test func seedCommandAddsAndPrintsTheTime() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/synthetic.sqlite"
            let empty = try ChildProcess.catalogus(["seed", "--synthetic", "10"], database: database)
            #expect(empty.exitCode != 0, "no catalogue yet: \(empty)")
            let seeded = try ChildProcess.catalogus(["seed", "--demo", "--synthetic", "2500"], database: database)
            try #require(seeded.exitCode == 0, "\(seeded)")
            let line = try #require(seeded.outputLines.last)
            #expect(line.contains("2500") && line.contains(" s"), "\(line)")
            let again = try ChildProcess.catalogus(["seed", "--synthetic", "500"], database: database)
            #expect(again.exitCode == 0, "\(again)")
            let bad = try ChildProcess.catalogus(["seed", "--synthetic", "0"], database: database)
            #expect(bad.exitCode != 0)
            let app = try RunningApp(databasePath: database)
            defer { app.stop() }
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == 593 + 2_500 + 500)
            #expect(try registrationTestAggregateMismatches(app) == [])
        }
    }
}
