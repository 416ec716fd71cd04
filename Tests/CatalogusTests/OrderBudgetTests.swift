import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `PUT /api/v1/municipalities/{slug}/budgets/{year}` and what it does to a submit: over
/// budget → 422 with `exceeded_by_cents`; after `order_deadline` only an admin submits.
@Suite struct OrderBudgetTests {
    private func putBudget(_ client: HTTPTestClient, _ token: String?, slug: String = "midden-drenthe", year: Int64 = 2026,
                           cents: Int64, deadline: String? = nil) throws -> TestResponse {
        var body: JSONValue = ["net_cents": .integer(cents)]
        if let deadline { body = ["net_cents": .integer(cents), "order_deadline": .string(deadline)] }
        return try client.request("PUT", "/api/v1/municipalities/\(slug)/budgets/\(year)", token: token, json: body)
    }

    private func net(_ order: JSONValue) throws -> Int64 { try #require(order["totals"]?["net_cents"]?.int64Value) }

    @Test func onlyAnAdminSetsABudget() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            #expect(try putBudget(client, nil, cents: 100).status == 401)
            for token in [actors.municipality, actors.staff, actors.viewer] {
                let response = try putBudget(client, token, cents: 100)
                #expect(response.status == 403, "\(response)")
            }
            #expect(try putBudget(client, actors.admin, cents: 100).status == 201)
            let again = try putBudget(client, actors.admin, cents: 200, deadline: "2026-03-01")
            #expect(again.status == 200, "\(again)")
            #expect(try again.json()["net_cents"]?.int64Value == 200)
            #expect(try again.json()["order_deadline"]?.stringValue == "2026-03-01")
            for bad in ["2026-02-30", "1 maart", "2026-3-1"] {
                #expect(try putBudget(client, actors.admin, cents: 1, deadline: bad).status == 422, "\(bad)")
            }
            #expect(try putBudget(client, actors.admin, cents: -1).status == 422)
            #expect(try putBudget(client, actors.admin, slug: "atlantis", cents: 1).status == 404)
        }
    }

    @Test func submitAboveTheBudgetIsRefusedWithTheExactExcess() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let a = try client.orderTestCreated(token: actors.municipality, lines: [(.integer(1), 2)])
            let netA = try net(a)
            #expect(netA == 2 * 47_740)
            #expect(try putBudget(client, actors.admin, cents: netA - 1).status == 201)

            let aID = try #require(a["id"]?.int64Value)
            let over = try client.orderTestAct("submit", aID, token: actors.municipality, version: 1)
            #expect(over.status == 422, "\(over)")
            #expect(try over.json()["exceeded_by_cents"]?.int64Value == 1, "\(over)")
            let stillDraft = try client.orderTestRead(aID, token: actors.admin)
            #expect(stillDraft["status"]?.stringValue == "draft")
            #expect(stillDraft["version"]?.int64Value == 1)

            #expect(try putBudget(client, actors.admin, cents: netA).status == 200)
            let exactly = try client.orderTestAct("submit", aID, token: actors.municipality, version: 1)
            #expect(exactly.status == 200, "a submit up to the budget itself is fine: \(exactly)")

            // The admin is held to the budget as well; the excess is the whole second order.
            let b = try client.orderTestCreated(token: actors.municipality, lines: [(.integer(3), 1)])
            let bID = try #require(b["id"]?.int64Value)
            let netB = try net(b)
            for token in [actors.municipality, actors.admin] {
                let response = try client.orderTestAct("submit", bID, token: token, version: 1)
                #expect(response.status == 422, "\(response)")
                #expect(try response.json()["exceeded_by_cents"]?.int64Value == netB, "\(response)")
            }

            // Confirmed orders count, cancelled ones do not.
            #expect(try putBudget(client, actors.admin, cents: netA + netB + 10).status == 200)
            try client.orderTestDrive(try client.orderTestRead(bID, token: actors.admin), through: ["submit", "confirm"], token: actors.admin)
            let c = try client.orderTestCreated(token: actors.municipality, lines: [(.integer(37), 3)])
            let cID = try #require(c["id"]?.int64Value)
            let netC = try net(c)
            let refused = try client.orderTestAct("submit", cID, token: actors.municipality, version: 1)
            #expect(refused.status == 422, "\(refused)")
            #expect(try refused.json()["exceeded_by_cents"]?.int64Value == netC - 10, "\(refused)")
            try client.orderTestDrive(try client.orderTestRead(aID, token: actors.admin), through: ["cancel"], token: actors.municipality)
            let accepted = try client.orderTestAct("submit", cID, token: actors.municipality, version: 1)
            #expect(accepted.status == 200, "with order A cancelled there is room: \(accepted)")
        }
    }

    /// 2025 already holds the demo's submitted order, priced per inhabitant.
    @Test func theBudgetCountsWhatIsAlreadySubmitted() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let committed = try net(try client.orderTestRead(2, token: actors.admin))
            let d = try client.orderTestCreated(token: actors.municipality, year: 2025, lines: [(.integer(1), 1)])
            let netD = try net(d)
            #expect(try putBudget(client, actors.admin, year: 2025, cents: committed + netD - 5).status == 201)
            let response = try client.orderTestAct("submit", try #require(d["id"]?.int64Value), token: actors.municipality, version: 1)
            #expect(response.status == 422, "\(response)")
            #expect(try response.json()["exceeded_by_cents"]?.int64Value == 5, "\(response)")
        }
    }

    @Test func afterTheDeadlineOnlyAnAdminSubmits() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            #expect(try putBudget(client, actors.admin, cents: 1_000_000_000_000, deadline: "2020-01-01").status == 201)
            let first = try client.orderTestCreated(token: actors.municipality)
            let firstID = try #require(first["id"]?.int64Value)
            let late = try client.orderTestAct("submit", firstID, token: actors.municipality, version: 1)
            #expect(late.status == 409, "\(late)")
            #expect(try late.json()["code"]?.stringValue == "order.deadline_passed", "\(late)")
            #expect(try late.json()["params"]?["deadline"]?.stringValue == "2020-01-01", "\(late)")
            #expect(try client.orderTestRead(firstID, token: actors.admin)["status"]?.stringValue == "draft")
            let byAdmin = try client.orderTestAct("submit", firstID, token: actors.admin, version: 1)
            #expect(byAdmin.status == 200, "\(byAdmin)")

            // On the deadline itself (today in Europe/Amsterdam) it is not yet after it.
            for deadline in [orderTestTodayInAmsterdam(), "2199-12-31"] {
                #expect(try putBudget(client, actors.admin, cents: 1_000_000_000_000, deadline: deadline).status == 200)
                let order = try client.orderTestCreated(token: actors.municipality)
                let inTime = try client.orderTestAct("submit", try #require(order["id"]?.int64Value), token: actors.municipality, version: 1)
                #expect(inTime.status == 200, "deadline \(deadline): \(inTime)")
            }
        }
    }

    @Test func theBudgetsOfAYearAreListedAndAMunicipalitySeesOnlyItsOwn() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            #expect(try putBudget(client, actors.admin, slug: "assen", year: 2031, cents: 100_000_00).status == 201)
            #expect(try putBudget(client, actors.admin, slug: "midden-drenthe", year: 2031, cents: 50_000_00).status == 201)
            let all = try client.request("GET", "/api/v1/budgets?year=2031", token: actors.staff)
            #expect(all.status == 200, "\(all)")
            let items = try #require(try all.json()["items"]?.arrayValue)
            #expect(items.compactMap { $0["municipality"]?.stringValue } == ["assen", "midden-drenthe"])
            #expect(items.first?["net_cents"]?.int64Value == 100_000_00)
            #expect(items.first?["remaining_net_cents"]?.int64Value == 100_000_00)
            let none = try client.request("GET", "/api/v1/budgets?year=2032", token: actors.admin)
            #expect(try none.json()["items"]?.arrayValue?.isEmpty == true, "no budget set: an empty list, not a 404")
            let own = try client.request("GET", "/api/v1/budgets?year=2031", token: actors.municipality)
            #expect(try own.json()["items"]?.arrayValue?.compactMap { $0["municipality"]?.stringValue } == ["midden-drenthe"])
            #expect(try client.request("GET", "/api/v1/budgets?year=2031&municipality=assen", token: actors.municipality).status == 403)
            #expect(try client.request("GET", "/api/v1/budgets?year=2031", token: actors.viewer).status == 403)
            #expect(try client.request("GET", "/api/v1/budgets", token: actors.admin).status == 422)
        }
    }

    @Test func noBudgetMeansNoLimit() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            // A budget elsewhere must not limit assen.
            #expect(try putBudget(client, actors.admin, cents: 0).status == 201)
            // €18 million: far over any budget, within the ceiling of one order (Money.maxOrderNetCents).
            let huge = try client.orderTestCreated(token: actors.otherMunicipality, municipality: "assen",
                                                   lines: [(.integer(5), 1_000), (.integer(21), 1_000)])
            let response = try client.orderTestAct("submit", try #require(huge["id"]?.int64Value), token: actors.otherMunicipality, version: 1)
            #expect(response.status == 200, "\(response)")
            #expect(try response.json()["totals"]?["net_cents"]?.int64Value == 1_000 * (477_403 + 1_326_120))
        }
    }
}

/// Today's date in Europe/Amsterdam, where the deadlines are meant.
private func orderTestTodayInAmsterdam() -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
}
