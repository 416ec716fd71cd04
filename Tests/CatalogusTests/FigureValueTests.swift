import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `PUT` and `GET /api/v1/figures/{year}/{area}`: a flat `{code: integer}` merged into the
/// stored values, `null` removes, computed and unknown codes are 422; totals are computed.
@Suite struct FigureValueTests {
    @Test func putMergesNullRemovesAndTotalsAreComputed() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let path = "/api/v1/figures/2025/assen"
            let first = try client.request("PUT", path, token: staff, json: ["members_paying": 7000, "loans_books": 1000])
            try #require(first.status == 200, "\(first)")
            let second = try client.request("PUT", path, token: staff, json: ["members_youth": 3000, "loans_avm": 20, "survey_staff": 91])
            #expect(second.status == 200, "\(second)")

            let document = try client.request("GET", path, token: staff).json()
            #expect(document["year"]?.int64Value == 2025)
            #expect(document["area"]?.stringValue == "assen")
            #expect(document["values"] == ["members_paying": 7000, "members_youth": 3000, "loans_books": 1000, "loans_avm": 20,
                                            "survey_staff": 91])
            let computed = try #require(document["computed"])
            #expect(computed["members_total"]?.int64Value == 10_000)
            #expect(computed["loans_physical_total"]?.int64Value == 1020)
            let inhabitants = try registrationTestCount(app, "SELECT count FROM municipality_inhabitants WHERE municipality = 'assen' AND year = 2025")
            #expect(computed["inhabitants"]?.int64Value == inhabitants)
            // members ÷ inhabitants in percent, one decimal, rounded half away from zero.
            let tenths = registrationTestRoundedDivision(10_000 * 1000, inhabitants)
            #expect(registrationTestNumberText(computed["participation_rate"]) == registrationTestTenthsText(tenths))

            let removed = try client.request("PUT", path, token: staff, json: ["members_paying": .null, "loans_books": 1500])
            #expect(removed.status == 200, "\(removed)")
            let after = try removed.json()
            #expect(after["values"]?["members_paying"] == nil, "null removes the value")
            #expect(after["values"]?["loans_books"]?.int64Value == 1500)
            #expect(after["computed"]?["members_total"]?.int64Value == 3000)
            #expect(after["computed"]?["loans_physical_total"]?.int64Value == 1520)
            #expect(try client.request("GET", path, token: staff).json() == after, "PUT answers what GET serves")

            let audit = try client.request("GET", "/api/v1/audit?entity=figures&id=2025/assen", token: try registrationTestToken(app, .admin))
            #expect(try audit.json()["items"]?.arrayValue?.count == 3, "\(audit)")
        }
    }

    @Test func refusedPutsAre422AndChangeNothing() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let municipality = "/api/v1/figures/2024/midden-drenthe"
            let organisation = "/api/v1/figures/2024/organisation"
            let before = (try client.request("GET", municipality, token: staff).json(), try client.request("GET", organisation, token: staff).json())
            let refusals: [(String, JSONValue, String)] = [
                (municipality, ["no_such_figure": 1, "members_paying": 5], "no_such_figure"),
                (municipality, ["members_total": 6984], "members_total"),
                (municipality, ["loans_physical_total": 188901], "loans_physical_total"),
                (municipality, ["participation_rate": 20], "participation_rate"),
                (municipality, ["inhabitants": 34021], "inhabitants"),
                (municipality, ["platform_activities": 155], "platform_activities"),
                (municipality, ["digital_courses": 18], "digital_courses"),
                (municipality, ["ido_office_hours": 69], "ido_office_hours"),
                (organisation, ["loans_online_total": 123551], "loans_online_total"),
                (municipality, ["loans_ebooks": 89894], "loans_ebooks"),        // organisation figure on a municipality
                (organisation, ["members_paying": 1], "members_paying"),        // municipality figure on the organisation
                (municipality, ["members_paying": -1], "members_paying"),
                (municipality, ["members_paying": "1920"], "members_paying"),
                (municipality, ["members_paying": .number(JSONNumber(text: "19.5"))], "members_paying"),
                (municipality, ["survey_staff": 101], "survey_staff"),
            ]
            for (path, body, field) in refusals {
                let response = try client.request("PUT", path, token: staff, json: body)
                #expect(response.status == 422, "\(body): \(response)")
                #expect(try registrationTestFieldErrors(response).map(\.field).contains(field), "\(body): \(response)")
            }
            #expect(try client.request("PUT", municipality, token: staff, json: [:]).status == 422)
            #expect(try client.request("PUT", municipality, token: staff, json: [1]).status == 422)
            let after = (try client.request("GET", municipality, token: staff).json(), try client.request("GET", organisation, token: staff).json())
            #expect(after.0 == before.0)
            #expect(after.1 == before.1)
        }
    }

    @Test func rolesAndAreas() throws {
        try withDemoApp { app in
            let client = try app.client()
            let path = "/api/v1/figures/2024/midden-drenthe"
            #expect(try client.request("GET", path).status == 401)
            #expect(try client.request("PUT", path, json: ["members_paying": 1]).status == 401)
            for role in [Role.viewer, .municipality] {
                let token = try registrationTestToken(app, role)
                #expect(try client.request("GET", path, token: token).status == 200, "\(role)")
                #expect(try client.request("PUT", path, token: token, json: ["members_paying": 1]).status == 403, "\(role)")
            }
            #expect(try client.request("PUT", path, token: try registrationTestToken(app, .admin), json: ["members_paying": 1920]).status == 200)

            let assen = try registrationTestToken(app, .municipality, municipality: "assen")
            #expect(try client.request("GET", path, token: assen).status == 404, "another municipality's figures look absent")
            #expect(try client.request("GET", "/api/v1/figures/2024/assen", token: assen).status == 200)

            let viewer = try registrationTestToken(app, .viewer)
            #expect(try client.request("GET", "/api/v1/figures/2024/atlantis", token: viewer).status == 404)
            #expect(try client.request("GET", "/api/v1/figures/20x4/midden-drenthe", token: viewer).status != 200)
        }
    }

    @Test func demoFiguresAreServedRawAndComputed() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let municipality = try client.request("GET", "/api/v1/figures/2024/midden-drenthe", token: viewer).json()
            #expect(municipality["values"]?["members_paying"]?.int64Value == 1920)
            #expect(municipality["values"]?["members_total"] == nil, "a computed figure is not among the stored values")
            #expect(municipality["computed"]?["members_total"]?.int64Value == 6984)
            #expect(registrationTestNumberText(municipality["computed"]?["participation_rate"]) == "20.5")
            #expect(municipality["computed"]?["loans_physical_total"]?.int64Value == 188_901)
            #expect(municipality["computed"]?["platform_activities"]?.int64Value == 155)

            let organisation = try client.request("GET", "/api/v1/figures/2024/organisation", token: viewer).json()
            #expect(organisation["values"]?["loans_ebooks"]?.int64Value == 89_894)
            #expect(organisation["computed"]?["loans_online_total"]?.int64Value == 123_551)

            // A year without figures: no values, computed totals null (counts from registrations are 0).
            let empty = try client.request("GET", "/api/v1/figures/2019/midden-drenthe", token: viewer).json()
            #expect(empty["values"] == [:])
            #expect(empty["computed"]?["members_total"] == .null)
            #expect(empty["computed"]?["participation_rate"] == .null)
        }
    }
}
