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

/// `GET /api/v1/stats/timeseries`: periods `2024-01`, `2024-Q1`, `2024`; empty periods 0;
/// `from`/`to` inclusive, partial months counted by day; filters. Expected values are
/// computed from the registrations themselves, day by day.
@Suite struct StatisticsTimeSeriesTests {
    static func series(_ client: HTTPTestClient, token: String, _ query: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> [(period: String, value: Int64)] {
        let response = try client.request("GET", "/api/v1/stats/timeseries?\(query)", token: token)
        try #require(response.status == 200, "\(query): \(response)", sourceLocation: sourceLocation)
        let body = try response.json()
        #expect(body["next_cursor"] == .null, sourceLocation: sourceLocation)
        return (body["items"]?.arrayValue ?? []).map { ($0["period"]?.stringValue ?? "", $0["value"]?.int64Value ?? -1) }
    }

    /// The expected series: every period between the dates (inclusive), summed from registrations.
    static func expected(_ app: RunningApp, measure: String, interval: String, from: String, to: String,
                         condition: String = "1 = 1") throws -> [(period: String, value: Int64)] {
        let value = measure == "activities" ? "count(*)" : "sum(r.\(measure))"
        let rows = try app.writer.withConnection { db in
            try db.query("""
                SELECT substr(r.date, 1, 7), \(value) FROM registration r JOIN activity a ON a.id = r.activity_id
                WHERE r.date BETWEEN ? AND ? AND \(condition) GROUP BY 1
                """, arguments: [from, to]).map { (try $0.column(0, as: String.self), try $0.column(1, as: Int64.self)) }
        }
        let perMonth = Dictionary(uniqueKeysWithValues: rows)
        var year = Int(from.prefix(4))!, month = Int(from.dropFirst(5).prefix(2))!
        let last = (Int(to.prefix(4))!, Int(to.dropFirst(5).prefix(2))!)
        var points: [(String, Int64)] = []
        while (year, month) <= last {
            let key = String(format: "%04d-%02d", year, month)
            let period = switch interval {
            case "quarter": "\(year)-Q\((month - 1) / 3 + 1)"
            case "year": String(year)
            default: key
            }
            if points.last?.0 == period { points[points.count - 1].1 += perMonth[key] ?? 0 } else { points.append((period, perMonth[key] ?? 0)) }
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return points
    }

    static func same(_ a: [(period: String, value: Int64)], _ b: [(period: String, value: Int64)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.period == $1.period && $0.value == $1.value }
    }

    @Test func monthsQuartersAndYearsWithEmptyPeriodsAsZero() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let months = try Self.series(client, token: viewer, "measure=activities&interval=month&from=2024-01-01&to=2024-12-31")
            #expect(months.map(\.period) == (1...12).map { String(format: "2024-%02d", $0) })
            #expect(months.reduce(0) { $0 + $1.value } == (try registrationTestCount(app, "SELECT count(*) FROM registration WHERE date LIKE '2024-%'")))

            let quarters = try Self.series(client, token: viewer, "measure=participants&interval=quarter&from=2022-01-01&to=2024-12-31")
            #expect(quarters.map(\.period) == (2022...2024).flatMap { y in (1...4).map { "\(y)-Q\($0)" } })
            #expect(quarters.prefix(4).allSatisfy { $0.value == 0 }, "2022 has no registrations: zeros, not gaps")
            #expect(Self.same(quarters, try Self.expected(app, measure: "participants", interval: "quarter", from: "2022-01-01", to: "2024-12-31")))

            let years = try Self.series(client, token: viewer, "measure=sessions&interval=year&from=2015-01-01&to=2025-12-31")
            #expect(years.map(\.period) == (2015...2025).map(String.init))
            #expect(Self.same(years, try Self.expected(app, measure: "sessions", interval: "year", from: "2015-01-01", to: "2025-12-31")))
        }
    }

    @Test func partialMonthsAtBothEndsCountOnlyTheirDays() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let ranges = [("2024-03-15", "2024-05-10"), ("2023-11-15", "2024-02-10"), ("2024-06-10", "2024-06-20"),
                          ("2024-06-01", "2024-06-20"), ("2024-06-10", "2024-06-30"), ("2024-02-29", "2024-03-01"),
                          ("2024-12-31", "2024-12-31"), ("2023-01-01", "2024-12-31")]
            for (from, to) in ranges {
                for measure in ["activities", "participants"] {
                    for interval in ["month", "quarter", "year"] {
                        let served = try Self.series(client, token: viewer, "measure=\(measure)&interval=\(interval)&from=\(from)&to=\(to)")
                        let expected = try Self.expected(app, measure: measure, interval: interval, from: from, to: to)
                        #expect(Self.same(served, expected), "\(measure) \(interval) \(from)…\(to): \(served) ≠ \(expected)")
                    }
                }
            }
        }
    }

    @Test func filtersNarrowTheSeries() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let bulk = try client.request("POST", "/api/v1/registrations/bulk", token: staff, json: [
                registrationTestBody(["municipality": "emmen", "location": 19, "participants": 30, "date": "2024-02-03"]),
                registrationTestBody(["municipality": "emmen", "location": 19, "activity": "taalcafe", "participants": 8, "date": "2024-02-20"]),
            ])
            try #require(bulk.status == 201, "\(bulk)")
            let taalcafe = try registrationTestCount(app, "SELECT id FROM activity WHERE code = 'taalcafe'")
            let cases: [(query: String, condition: String)] = [
                ("municipality=emmen", "r.municipality = 'emmen'"),
                ("municipality=midden-drenthe", "r.municipality = 'midden-drenthe'"),
                ("programme=geletterdheid", "a.programme = 'geletterdheid'"),
                ("activity=taalcafe", "r.activity_id = \(taalcafe)"),
                ("activity=\(taalcafe)&municipality=emmen", "r.activity_id = \(taalcafe) AND r.municipality = 'emmen'"),
                ("programme=platform&municipality=midden-drenthe", "a.programme = 'platform' AND r.municipality = 'midden-drenthe'"),
            ]
            for (query, condition) in cases {
                let served = try Self.series(client, token: staff, "measure=participants&interval=month&from=2024-01-10&to=2024-04-30&\(query)")
                let expected = try Self.expected(app, measure: "participants", interval: "month", from: "2024-01-10", to: "2024-04-30", condition: condition)
                #expect(Self.same(served, expected), "\(query): \(served) ≠ \(expected)")
                #expect(expected.contains { $0.value > 0 }, "\(query) selects nothing; the case proves nothing")
            }
            // A municipality token sees its own municipality only.
            let emmen = try registrationTestToken(app, .municipality, municipality: "emmen")
            let own = try Self.series(client, token: emmen, "measure=activities&interval=year&from=2024-01-01&to=2024-12-31")
            #expect(own.map(\.value) == [2])
            #expect(try client.request("GET", "/api/v1/stats/timeseries?from=2024-01-01&to=2024-12-31&municipality=assen", token: emmen).status == 403)
        }
    }

    @Test func badParametersAre422() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let base = "/api/v1/stats/timeseries?"
            for (query, field) in [("from=2024-01-01", "to"), ("to=2024-01-01", "from"), ("from=2024-02-30&to=2024-03-01", "from"),
                                   ("from=2024-05-01&to=2024-04-01", "to"), ("from=2024-01-01&to=2024-02-01&measure=loans", "measure"),
                                   ("from=2024-01-01&to=2024-02-01&interval=week", "interval"),
                                   ("from=2024-01-01&to=2024-02-01&municipality=atlantis", "municipality"),
                                   ("from=2024-01-01&to=2024-02-01&programme=sport", "programme"),
                                   ("from=2024-01-01&to=2024-02-01&activity=nope", "activity"),
                                   ("from=2024-01-01&to=2024-02-01&limit=3", "limit")] {
                let response = try client.request("GET", base + query, token: viewer)
                #expect(response.status == 422, "\(query): \(response)")
                #expect(try registrationTestFieldErrors(response).map(\.field).contains(field), "\(query): \(response)")
            }
            #expect(try client.request("GET", base + "from=2024-01-01&to=2024-02-01").status == 401)
        }
    }
}
