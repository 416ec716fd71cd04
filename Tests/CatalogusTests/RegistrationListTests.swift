import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `GET /api/v1/registrations`: every filter of docs/api.md#registrations, keyset pagination, CSV. The
/// expected rows come from SQL over the demo data, not from the handler's code path.
@Suite struct RegistrationListTests {
    /// Adds registrations outside Midden-Drenthe, so that the municipality filter has something to drop.
    static func addOthers(_ app: RunningApp, token: String) throws {
        let rows: JSONValue = [
            registrationTestBody(["municipality": "assen", "location": 18, "date": "2024-03-10"]),
            registrationTestBody(["municipality": "emmen", "location": 19, "activity": "taalcafe", "date": "2023-11-30"]),
            registrationTestBody(["municipality": "emmen", "location": .null, "activity": "digisterker", "date": "2024-12-31"]),
        ]
        let response = try app.client().request("POST", "/api/v1/registrations/bulk", token: token, json: rows)
        try #require(response.status == 201, "\(response)")
    }

    @Test func everyFilterSelectsExactlyTheMatchingRows() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            try Self.addOthers(app, token: staff)
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let base = "SELECT r.id FROM registration r JOIN activity a ON a.id = r.activity_id WHERE "
            let breicafe = try registrationTestCount(app, "SELECT id FROM activity WHERE code = 'breicafe'")
            let cases: [(query: String, sql: String)] = [
                ("municipality=emmen", "r.municipality = 'emmen'"),
                ("municipality=midden-drenthe", "r.municipality = 'midden-drenthe'"),
                ("activity=breicafe", "a.code = 'breicafe'"),
                ("activity=\(breicafe)", "a.code = 'breicafe'"),
                ("programme=geletterdheid", "a.programme = 'geletterdheid'"),
                ("location=3", "r.location_id = 3"),
                ("from=2024-07-01", "r.date >= '2024-07-01'"),
                ("to=2023-06-30", "r.date <= '2023-06-30'"),
                ("from=2024-03-10&to=2024-03-10", "r.date = '2024-03-10'"),
                ("from=2024-01-01&to=2024-12-31&programme=digitale-vaardigheden&location=1",
                 "r.date BETWEEN '2024-01-01' AND '2024-12-31' AND a.programme = 'digitale-vaardigheden' AND r.location_id = 1"),
                ("municipality=midden-drenthe&activity=koffieochtend&from=2024-01-01",
                 "r.municipality = 'midden-drenthe' AND a.code = 'koffieochtend' AND r.date >= '2024-01-01'"),
            ]
            for (query, condition) in cases {
                let expected = try registrationTestColumn(app, base + condition + " ORDER BY r.date, r.id")
                #expect(!expected.isEmpty, "\(query) selects nothing in the demo data; the case proves nothing")
                let items = try registrationTestAllItems(client, "/api/v1/registrations?\(query)&limit=500", token: viewer)
                #expect(items.compactMap { $0["id"]?.int64Value }.map(String.init) == expected, "\(query)")
            }
        }
    }

    @Test func pagesAreOrderedByDateAndCoverEveryRowOnce() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let first = try client.request("GET", "/api/v1/registrations", token: viewer)
            try #require(first.status == 200, "\(first)")
            #expect(try first.json()["items"]?.arrayValue?.count == 50, "default limit is 50")
            #expect(try first.json()["next_cursor"]?.stringValue != nil)

            let items = try registrationTestAllItems(client, "/api/v1/registrations?limit=37", token: viewer)
            let keys = items.map { ($0["date"]?.stringValue ?? "", $0["id"]?.int64Value ?? 0) }
            #expect(Int64(items.count) == (try registrationTestCount(app, "SELECT count(*) FROM registration")))
            #expect(Set(keys.map(\.1)).count == keys.count, "a row appeared on two pages")
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }, "not ordered by (date, id)")

            let last = try client.request("GET", "/api/v1/registrations?limit=500&from=2024-12-01", token: viewer)
            #expect(try last.json()["next_cursor"] == .null)
        }
    }

    @Test func newestFirstPagesCoverEveryRowOnceInReverseOrder() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let items = try registrationTestAllItems(client, "/api/v1/registrations?limit=37&sort=-date", token: viewer)
            let keys = items.map { ($0["date"]?.stringValue ?? "", $0["id"]?.int64Value ?? 0) }
            #expect(Int64(items.count) == (try registrationTestCount(app, "SELECT count(*) FROM registration")))
            #expect(Set(keys.map(\.1)).count == keys.count, "a row appeared on two pages")
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 > $1 }, "not newest first by (date, id)")
            let newest = try registrationTestColumn(app, "SELECT date FROM registration ORDER BY date DESC, id DESC LIMIT 1")
            #expect(keys.first?.0 == newest.first)
            #expect(try client.request("GET", "/api/v1/registrations?sort=participants", token: viewer).status == 422)
        }
    }

    @Test func badFiltersAre422() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            for (query, field) in [("limit=501", "limit"), ("limit=0", "limit"), ("municipality=atlantis", "municipality"),
                                   ("activity=nope", "activity"), ("programme=sport", "programme"), ("location=999", "location"),
                                   ("from=2024-13-01", "from"), ("to=yesterday", "to"), ("colour=red", "colour"),
                                   ("cursor=not-a-cursor", "cursor")] {
                let response = try client.request("GET", "/api/v1/registrations?\(query)", token: viewer)
                #expect(response.status == 422, "\(query): \(response)")
                #expect(try registrationTestFieldErrors(response).map(\.field).contains(field), "\(query): \(response)")
            }
        }
    }

    @Test func csvHasAHeaderAndOneLinePerRow() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let expected = try registrationTestColumn(app, """
                SELECT r.id FROM registration r JOIN activity a ON a.id = r.activity_id
                WHERE a.programme = 'leren-en-ontwikkelen' ORDER BY r.date, r.id
                """)
            let response = try client.request("GET", "/api/v1/registrations?programme=leren-en-ontwikkelen&limit=500", token: viewer,
                                              headers: ["Accept: text/csv"])
            try #require(response.status == 200, "\(response)")
            #expect(response.header("Content-Type")?.hasPrefix("text/csv") == true)
            let lines = response.text.split(separator: "\r\n", omittingEmptySubsequences: true).map(String.init)
            let header = lines.first?.split(separator: ",").map(String.init) ?? []
            #expect(header.first == "id")
            for column in ["date", "municipality", "activity_code", "programme", "location_id", "sessions", "participants"] {
                #expect(header.contains(column), "CSV header lacks \(column): \(header)")
            }
            #expect(lines.dropFirst().map { String($0.prefix { $0 != "," }) } == expected)

            let dutch = try client.request("GET", "/api/v1/registrations?programme=leren-en-ontwikkelen&limit=500&output=csv&sep=%3B",
                                           token: viewer)
            #expect(dutch.status == 200, "\(dutch)")
            #expect(Array(dutch.body.prefix(3)) == [0xEF, 0xBB, 0xBF], "a ;-separated CSV starts with a BOM")
            // For people: the columns under their Dutch names.
            let dutchStart = ["id", "date"].map(Vocabulary.columnTerms.label).joined(separator: ";") + ";"
            #expect(dutch.text.dropFirst().hasPrefix(dutchStart), "\(dutch.text.prefix(40))")
        }
    }

    @Test func modifiedSinceReturnsWhatChangedFromThen() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            // Demo rows carry 2023–2025 timestamps; everything done now is later than that.
            let cut = "2026-01-01T00:00:00Z"
            #expect(try registrationTestAllItems(client, "/api/v1/registrations?modified_since=\(cut)", token: staff).isEmpty
                    == (try registrationTestCount(app, "SELECT count(*) FROM registration WHERE updated_at >= ?", [cut]) == 0))
            let created = try client.request("POST", "/api/v1/registrations", token: staff, json: registrationTestBody())
            let id = try #require(try created.json()["id"]?.int64Value)
            #expect(try client.request("PATCH", "/api/v1/registrations/500", token: staff, json: ["participants": 2]).status == 200)
            let changed = try registrationTestAllItems(client, "/api/v1/registrations?modified_since=\(cut)", token: staff)
            let expected = try registrationTestColumn(app, "SELECT id FROM registration WHERE updated_at >= ? ORDER BY date, id", [cut])
            let changedIDs = changed.compactMap { $0["id"]?.int64Value }
            #expect(changedIDs.map(String.init) == expected)
            #expect(changedIDs.contains(id) && changedIDs.contains(500))
            let bad = try client.request("GET", "/api/v1/registrations?modified_since=yesterday", token: staff)
            #expect(bad.status == 422, "\(bad)")
        }
    }
}
