import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `GET /api/v1/stats/overview?year=`: one row per municipality plus the organisation's
/// totals, with figures per 1,000 inhabitants.
@Suite struct StatisticsOverviewTests {
    static func overview(_ app: RunningApp, year: Int = 2024) throws -> JSONValue {
        let token = try registrationTestToken(app, .viewer)
        let response = try app.client().request("GET", "/api/v1/stats/overview?year=\(year)", token: token)
        try #require(response.status == 200, "\(response)")
        return try response.json()
    }

    @Test func oneRowPerMunicipalityAndTotalsThatAddUp() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            // Something outside Midden-Drenthe, so that totals add more than one row.
            let bulk = try app.client().request("POST", "/api/v1/registrations/bulk", token: staff, json: [
                registrationTestBody(["municipality": "emmen", "location": 19, "participants": 30]),
                registrationTestBody(["municipality": "emmen", "location": 19, "participants": 12, "date": "2024-11-02"]),
                registrationTestBody(["municipality": "assen", "location": 18, "participants": 5, "date": "2023-11-02"]),
            ])
            try #require(bulk.status == 201, "\(bulk)")
            _ = try app.client().request("PUT", "/api/v1/figures/2024/emmen", token: staff, json: ["members_paying": 5000, "members_youth": 8000])

            let overview = try Self.overview(app)
            let rows = overview["items"]?.arrayValue ?? []
            let slugs = rows.compactMap { $0["municipality"]?["slug"]?.stringValue }
            #expect(Set(slugs) == Set(try registrationTestColumn(app, "SELECT slug FROM municipality")))
            #expect(slugs.count == 12)

            for row in rows {
                let slug = row["municipality"]?["slug"]?.stringValue ?? ""
                let expected = try registrationTestColumn(app, """
                    SELECT count(*) || '/' || coalesce(sum(participants), 0) || '/' || coalesce(sum(sessions), 0) FROM registration
                    WHERE municipality = ? AND date BETWEEN '2024-01-01' AND '2024-12-31'
                    """, [slug])
                #expect(["\(row["activities"]?.int64Value ?? -1)/\(row["participants"]?.int64Value ?? -1)/\(row["sessions"]?.int64Value ?? -1)"]
                        == expected, "\(slug)")
                let inhabitants = try registrationTestCount(app, "SELECT count FROM municipality_inhabitants WHERE municipality = ? AND year = 2024", [slug])
                #expect(row["inhabitants"]?.int64Value == inhabitants, "\(slug)")
                let activities = row["activities"]?.int64Value ?? 0
                #expect(registrationTestNumberText(row["per_1000_inhabitants"]?["activities"])
                        == registrationTestTenthsText(registrationTestRoundedDivision(activities * 10_000, inhabitants)), "\(slug)")
            }
            let demo = try #require(rows.first { $0["municipality"]?["slug"]?.stringValue == "midden-drenthe" })
            #expect(demo["members_total"]?.int64Value == 6984)
            #expect(registrationTestNumberText(demo["participation_rate"]) == "20.5")
            #expect(demo["loans_physical_total"]?.int64Value == 188_901)
            #expect(demo["visitors_library"]?.int64Value == 69_942)
            #expect(registrationTestNumberText(demo["per_1000_inhabitants"]?["members_total"]) == "205.3")
            let emmen = try #require(rows.first { $0["municipality"]?["slug"]?.stringValue == "emmen" })
            #expect(emmen["members_total"]?.int64Value == 13_000)
            #expect(emmen["participants"]?.int64Value == 42)
            let westerveld = try #require(rows.first { $0["municipality"]?["slug"]?.stringValue == "westerveld" })
            #expect(westerveld["members_total"] == .null, "never recorded → null, not 0")

            let totals = try #require(overview["organisation"])
            for measure in ["activities", "participants", "sessions", "members_total", "loans_physical_total", "confirmed_net_cents",
                            "inhabitants"] {
                let sum = rows.reduce(Int64(0)) { $0 + ($1[measure]?.int64Value ?? 0) }
                #expect(totals[measure]?.int64Value == sum, "organisation \(measure)")
            }
            #expect(overview["organisation_figures"]?["loans_online_total"]?["value"]?.int64Value == 123_551)
            #expect(overview["organisation_figures"]?["loans_online_total"]?["scope"]?.stringValue == "organisation")
        }
    }

    /// A total ratio must compare like with like: members, loans and visitors are recorded for
    /// one municipality only, so the organisation's participation and its per-1,000 figures
    /// must not divide them by the inhabitants of all twelve.
    @Test func organisationRatiosUseOnlyMunicipalitiesThatReportTheFigure() throws {
        try withDemoApp { app in
            let totals = try #require(try Self.overview(app)["organisation"])
            func reportingInhabitants(_ codes: String) throws -> Int64 {
                try registrationTestCount(app, """
                    SELECT sum(count) FROM municipality_inhabitants WHERE year = 2024 AND municipality IN
                    (SELECT DISTINCT area FROM figure_value WHERE year = 2024 AND code IN (\(codes)))
                    """)
            }
            let membersBase = try reportingInhabitants("'members_paying', 'members_youth', 'members_start', 'members_other'")
            let members = try #require(totals["members_total"]?.int64Value)
            #expect(registrationTestNumberText(totals["participation_rate"])
                    == registrationTestTenthsText(registrationTestRoundedDivision(members * 1000, membersBase)))
            #expect(registrationTestNumberText(totals["per_1000_inhabitants"]?["members_total"])
                    == registrationTestTenthsText(registrationTestRoundedDivision(members * 10_000, membersBase)),
                    "organisation members per 1,000 inhabitants must agree with its participation rate")
            let loans = try #require(totals["loans_physical_total"]?.int64Value)
            let loansBase = try reportingInhabitants("'loans_books', 'loans_avm', 'loans_magazines'")
            #expect(registrationTestNumberText(totals["per_1000_inhabitants"]?["loans_physical_total"])
                    == registrationTestTenthsText(registrationTestRoundedDivision(loans * 10_000, loansBase)))
            let visitors = try #require(totals["visitors_library"]?.int64Value)
            let visitorsBase = try reportingInhabitants("'visitors_library'")
            #expect(registrationTestNumberText(totals["per_1000_inhabitants"]?["visitors_library"])
                    == registrationTestTenthsText(registrationTestRoundedDivision(visitors * 10_000, visitorsBase)))
        }
    }

    @Test func aYearWithoutDataAndBadRequests() throws {
        try withDemoApp { app in
            let overview = try Self.overview(app, year: 2016)
            let rows = overview["items"]?.arrayValue ?? []
            #expect(rows.count == 12)
            #expect(rows.allSatisfy { $0["activities"]?.int64Value == 0 && $0["members_total"] == .null && $0["inhabitants"] == .null })
            #expect(overview["organisation"]?["activities"]?.int64Value == 0)

            let client = try app.client()
            let viewer = try registrationTestToken(app, .viewer)
            #expect(try client.request("GET", "/api/v1/stats/overview", token: viewer).status == 422)
            #expect(try client.request("GET", "/api/v1/stats/overview?year=2024&municipality=assen", token: viewer).status == 422)
            #expect(try client.request("GET", "/api/v1/stats/overview?year=2024").status == 401)
            let municipality = try registrationTestToken(app, .municipality)
            #expect(try client.request("GET", "/api/v1/stats/overview?year=2024", token: municipality).status == 403,
                    "the overview shows every municipality; a municipality token reads its own statistics only")
        }
    }
}
