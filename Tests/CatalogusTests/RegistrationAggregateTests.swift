@testable import Catalogus  // SplitMix64, the generator of the synthetic data
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import SQLite
import Testing

/// The aggregates the statistics read (`registration_month`, `registration_year`,
/// `registration_place_year`) are kept by triggers; whatever sequence of writes the API
/// takes, every aggregate row must equal the same GROUP BY over the registrations.
@Suite struct RegistrationAggregateTests {
    /// A fixed seed: the same run every time, and a failure names the step that broke.
    @Test func randomWritesThroughTheAPIKeepEveryAggregateExact() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            var random = SplitMix64(seed: 1313)
            func below(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }

            // Few keys, so that rows meet in the same aggregate and empty it again: three
            // municipalities (Midden-Drenthe has many places), a handful of activities
            // including per-location ones, two years.
            let municipalities = ["midden-drenthe", "assen", "westerveld"]
            let activities = ["breicafe", "koffieochtend", "boekstart-kinderopvang", "digi-taalhuis", "digisterker"]
            var places: [String: [Int64]] = [:]
            for pair in try registrationTestColumn(app, "SELECT municipality || ' ' || id FROM location ORDER BY id") {
                let parts = pair.split(separator: " ")
                places[String(parts[0]), default: []].append(Int64(parts[1]) ?? 0)
            }
            func place(in municipality: String) -> JSONValue {
                let owned = places[municipality] ?? []
                let pick = below(owned.count + 1)
                return pick < owned.count ? .integer(owned[pick]) : .null
            }
            func date() -> JSONValue {
                .string(String(format: "%04d-%02d-%02d", 2023 + below(2), 1 + below(12), 1 + below(28)))
            }
            func newRow() -> JSONValue {
                let municipality = municipalities[below(municipalities.count)]
                return .object(JSONObject([
                    (key: "activity", value: .string(activities[below(activities.count)])),
                    (key: "municipality", value: .string(municipality)), (key: "location", value: place(in: municipality)),
                    (key: "date", value: date()), (key: "participants", value: .integer(Int64(below(30)))),
                ]))
            }
            func correction(of id: Int64) throws -> JSONValue {
                var members: [(key: String, value: JSONValue)] = []
                if below(2) == 0 { members.append((key: "activity", value: .string(activities[below(activities.count)]))) }
                if below(2) == 0 { members.append((key: "date", value: date())) }
                if below(2) == 0 { members.append((key: "participants", value: .integer(Int64(below(30))))) }
                if below(3) == 0 { members.append((key: "sessions", value: .integer(Int64(below(5))))) }
                switch below(3) {
                case 0:  // another municipality: its own place (or none), and no order of the old one
                    let municipality = municipalities[below(municipalities.count)]
                    members += [(key: "municipality", value: .string(municipality)), (key: "location", value: place(in: municipality)),
                                (key: "order_id", value: .null)]
                case 1:  // another place of the same municipality, or none
                    let municipality = try registrationTestColumn(app, "SELECT municipality FROM registration WHERE id = ?", [id])
                    members.append((key: "location", value: place(in: municipality.first ?? "")))
                default: break
                }
                if members.isEmpty { members.append((key: "participants", value: .integer(Int64(below(30))))) }
                return .object(JSONObject(members))
            }

            // Some of the demo rows too (on other keys, with orders), so that moving them is exercised.
            var ids = try registrationTestColumn(app, "SELECT id FROM registration WHERE date LIKE '2024-%' ORDER BY id LIMIT 40")
                .compactMap(Int64.init)
            var done = ["post": 0, "patch": 0, "delete": 0, "bulk": 0]
            for step in 1...400 {
                let kind = ids.count < 10 ? 0 : below(20)
                switch kind {
                case 0..<8:
                    let response = try client.request("POST", "/api/v1/registrations", token: staff, json: newRow())
                    try #require(response.status == 201, "step \(step): \(response)")
                    ids.append(try #require(try response.json()["id"]?.int64Value))
                    done["post", default: 0] += 1
                case 8..<14:
                    let id = ids[below(ids.count)]
                    let patch = try correction(of: id)
                    let response = try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff, json: patch)
                    try #require(response.status == 200, "step \(step), \(patch): \(response)")
                    done["patch", default: 0] += 1
                case 14..<19:
                    let id = ids.remove(at: below(ids.count))
                    let response = try client.request("DELETE", "/api/v1/registrations/\(id)", token: staff)
                    try #require(response.status == 204, "step \(step): \(response)")
                    done["delete", default: 0] += 1
                default:
                    let rows = JSONValue.array((0..<(1 + below(25))).map { _ in newRow() })
                    let response = try client.request("POST", "/api/v1/registrations/bulk", token: staff, json: rows)
                    try #require(response.status == 201, "step \(step): \(response)")
                    ids += try response.json()["ids"]?.arrayValue?.compactMap(\.int64Value) ?? []
                    done["bulk", default: 0] += 1
                }
                if step % 25 == 0 {
                    let mismatches = try registrationTestAggregateMismatches(app)
                    try #require(mismatches.isEmpty, "after step \(step): \(mismatches.prefix(5))")
                    // A bulk import's record (migration 0019) never outlives its request, nor do unseen rows.
                    try #require(try registrationTestCount(app, "SELECT count(*) FROM registration_import") == 0, "after step \(step)")
                }
            }
            #expect(done.values.allSatisfy { $0 >= 10 }, "every kind of write ran: \(done)")
            // The keys were reused: places and years were emptied and filled again.
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration_place_year WHERE municipality = 'midden-drenthe'") > 20)

            // And the statistics read the aggregates: the same figures as from the registrations.
            let viewer = try registrationTestToken(app, .viewer)
            let overview = try client.request("GET", "/api/v1/stats/overview?year=2024", token: viewer)
            try #require(overview.status == 200, "\(overview)")
            for row in try overview.json()["items"]?.arrayValue ?? [] {
                let slug = row["municipality"]?["slug"]?.stringValue ?? ""
                let expected = try registrationTestColumn(app, """
                    SELECT count(*) || '/' || coalesce(sum(participants), 0) || '/' || coalesce(sum(sessions), 0)
                    FROM registration WHERE municipality = ? AND date LIKE '2024-%'
                    """, [slug])
                let got = "\(row["activities"]?.int64Value ?? -1)/\(row["participants"]?.int64Value ?? -1)/\(row["sessions"]?.int64Value ?? -1)"
                #expect([got] == expected, "overview row of \(slug)")
            }
            let report = try client.request("GET", "/api/v1/stats/municipalities/midden-drenthe?year=2024", token: viewer)
            try #require(report.status == 200, "\(report)")
            let activityRows = try report.json()["orders"]?["activities"]?.arrayValue ?? []
            for code in ["boekstart-kinderopvang", "digi-taalhuis"] {
                let places = try registrationTestCount(app, """
                    SELECT count(DISTINCT location_id) FROM registration r JOIN activity a ON a.id = r.activity_id
                    WHERE a.code = ? AND r.municipality = 'midden-drenthe' AND r.date LIKE '2024-%'
                    """, [code])
                #expect(places > 1, "the run gave \(code) several places to count")
                let row = activityRows.first { $0["activity"]?["code"]?.stringValue == code }
                #expect(row?["delivered_quantity"]?.int64Value == places, "places of \(code): \(String(describing: row))")
            }
        }
    }

    /// Migration 0012 on a database that already holds registrations (the demo's, and more
    /// spread over places and years) fills the yearly aggregates from them.
    @Test func theMigrationFillsTheYearlyAggregatesFromTheRowsAlreadyThere() throws {
        try withTemporaryDirectory { directory in
            let all = try Migrator.load(directory: RepositoryLayout.migrations)
            let db = try Connection(path: directory + "/before-0012.sqlite")
            defer { db.close() }
            try Migrator(migrations: all.filter { $0.version < 12 }).migrate(db)
            try db.execute("BEGIN")
            try db.execute(try String(contentsOfFile: RepositoryLayout.migrations + "/demo/demo.sql", encoding: .utf8))
            try db.execute("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
                INSERT INTO registration (activity_id, municipality, location_id, date, sessions, participants, partners, created_at, updated_at)
                SELECT 1 + i % 43, l.municipality, CASE WHEN i % 4 = 0 THEN NULL ELSE l.id END,
                       printf('%04d-%02d-%02d', 2021 + i % 4, 1 + i % 12, 1 + i % 28), i % 3, i % 50, '[]', 'x', 'x'
                FROM n JOIN location l ON l.id = 1 + i % (SELECT count(*) FROM location)
                """)
            try db.execute("COMMIT")
            #expect(try db.scalar("SELECT count(*) FROM registration", as: Int64.self) ?? 0 > 3000)
            #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'registration_year'", as: Int64.self) == 0)

            let applied = try Migrator(migrations: all).migrate(db)
            #expect(applied.map(\.version) == all.filter { $0.version >= 12 }.map(\.version))
            #expect(try db.scalar("SELECT count(*) FROM registration_place_year", as: Int64.self) ?? 0 > 100)
            #expect(try registrationTestAggregateMismatches(in: db) == [])
        }
    }
}
