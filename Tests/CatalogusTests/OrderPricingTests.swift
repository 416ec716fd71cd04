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

/// Prices on orders: a draft follows the price list, a submit freezes it, a reopen thaws
/// it, and a line that cannot be priced stops the submit (amounts: OrderAmountTests).
@Suite struct OrderPricingTests {
    @Test func aDraftFollowsThePriceListAndAnUnpublishedYearCannotBeSubmitted() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            #expect(try orderTestSetPrice(client, actors.admin, activity: 1, year: 2027, cents: 10_000, vat: 9) == 201)
            let order = try client.orderTestCreated(token: actors.municipality, year: 2027, lines: [(.integer(1), 2)])
            let id = try #require(order["id"]?.int64Value)
            #expect(order["number"]?.stringValue == "2027-GM1731-0001")
            var line = order.orderTestLines.first
            #expect(line?["unit_price_cents"]?.int64Value == 10_000)
            #expect(line?["net_cents"]?.int64Value == 20_000)
            #expect(line?["vat_cents"]?.int64Value == 1_800)

            #expect(try orderTestSetPrice(client, actors.admin, activity: 1, year: 2027, cents: 12_000, vat: 21) == 200)
            let followed = try client.orderTestRead(id, token: actors.municipality)
            line = followed.orderTestLines.first
            #expect(line?["unit_price_cents"]?.int64Value == 12_000, "a draft shows today's price: \(followed)")
            #expect(line?["vat_rate"]?.int64Value == 21)
            #expect(line?["net_cents"]?.int64Value == 24_000)
            #expect(line?["vat_cents"]?.int64Value == 5_040)
            #expect(followed["totals"]?["gross_cents"]?.int64Value == 29_040)
            #expect(followed["version"]?.int64Value == 1, "a price change is no change of the order")

            for token in [actors.municipality, actors.admin] {
                let submit = try client.orderTestAct("submit", id, token: token, version: 1)
                #expect(submit.status == 409, "submit against the unpublished 2027: \(submit)")
                #expect(try submit.json()["code"]?.stringValue == "order.prices_unpublished")
                #expect(try submit.json()["detail"]?.stringValue?.contains("2027") == true)
            }
            #expect(try client.orderTestRead(id, token: actors.admin)["status"]?.stringValue == "draft")

            // Published, the year can be submitted against, at the price of the moment.
            #expect(try client.request("POST", "/api/v1/prices/2027/publish", token: actors.admin).status == 200)
            let submitted = try client.orderTestAct("submit", id, token: actors.municipality, version: 1)
            #expect(submitted.status == 200, "\(submitted)")
            #expect(try submitted.json().orderTestLines.first?["unit_price_cents"]?.int64Value == 12_000)
            #expect(try orderTestSetPrice(client, actors.admin, activity: 1, year: 2027, cents: 1, vat: 0) == 409,
                    "a published year's prices are immutable")
        }
    }

    /// Freezing observed twice: through the inhabitants an `inhabitant` line is priced by
    /// (which change through the API), and through a price row corrected directly in the
    /// database (the API refuses to change a published year, so nothing else can move it).
    @Test func submitFreezesAndReopenThaws() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let lines: [(activity: JSONValue, quantity: Int64)] = [(.integer(43), 1), (.integer(1), 2)]
            let draft = try client.orderTestCreated(token: actors.municipality, lines: lines)
            let draftID = try #require(draft["id"]?.int64Value)
            // 2026: basisbibliotheekvoorziening 19.62 per inhabitant, 34,302 inhabitants; lezing 477.40.
            let demoNet: Int64 = 1_962 * 34_302, raisedNet: Int64 = 1_962 * 35_000
            #expect(draft.orderTestLines.first?["net_cents"]?.int64Value == demoNet)
            #expect(try orderTestSetInhabitants(client, actors.admin, year: 2026, count: 35_000) == 200)
            #expect(try client.orderTestRead(draftID, token: actors.admin).orderTestLines.first?["net_cents"]?.int64Value == raisedNet,
                    "a draft follows the inhabitants too")

            let confirmed = try client.orderTestDrive(try client.orderTestCreated(token: actors.municipality, lines: lines),
                                                      through: ["submit", "confirm"], token: actors.admin)
            let submitted = try client.orderTestDrive(try client.orderTestCreated(token: actors.municipality, lines: lines),
                                                      through: ["submit"], token: actors.municipality)
            let confirmedID = try #require(confirmed["id"]?.int64Value), submittedID = try #require(submitted["id"]?.int64Value)
            let frozenNet: Int64 = 1_962 * 35_000 + 2 * 47_740
            #expect(confirmed["totals"]?["net_cents"]?.int64Value == frozenNet)

            #expect(try orderTestSetInhabitants(client, actors.admin, year: 2026, count: 36_000) == 200)
            // A correction behind the API's back, which refuses to touch a published year
            // (and so do the database's triggers, hence the brief unpublishing).
            try app.writer.write { db in
                try db.run("UPDATE price_year SET published_at = NULL WHERE year = 2026")
                try db.run("UPDATE activity_price SET unit_price_cents = 50000 WHERE activity_id = 1 AND year = 2026")
                try db.run("UPDATE price_year SET published_at = '2025-12-01T00:00:00Z' WHERE year = 2026")
            }
            for id in [confirmedID, submittedID] {
                let order = try client.orderTestRead(id, token: actors.admin)
                #expect(order["totals"]?["net_cents"]?.int64Value == frozenNet, "order \(id) keeps its frozen prices: \(order)")
                #expect(order.orderTestLines.first?["inhabitants"]?.int64Value == 35_000)
                #expect(order.orderTestLines.last?["unit_price_cents"]?.int64Value == 47_740)
            }
            let thawedNet: Int64 = 1_962 * 36_000 + 2 * 50_000
            #expect(try client.orderTestRead(draftID, token: actors.admin)["totals"]?["net_cents"]?.int64Value == thawedNet)
            let reopened = try client.orderTestDrive(try client.orderTestRead(submittedID, token: actors.admin), through: ["reopen"],
                                                     token: actors.admin)
            #expect(reopened["totals"]?["net_cents"]?.int64Value == thawedNet, "a reopened order is a draft again: \(reopened)")
            #expect(reopened.orderTestLines.last?["unit_price_cents"]?.int64Value == 50_000)
        }
    }

    /// Indexing another year, or archiving an ordered activity, never changes a submitted or
    /// confirmed order; nor may an indexation overwrite a published year's prices.
    @Test func submittedOrdersIgnoreIndexationAndArchiving() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let lines: [(activity: JSONValue, quantity: Int64)] = [(.integer(1), 1), (.integer(2), 3), (.integer(43), 1)]
            let submitted = try client.orderTestDrive(try client.orderTestCreated(token: actors.admin, lines: lines),
                                                      through: ["submit"], token: actors.admin)
            let confirmed = try client.orderTestDrive(try client.orderTestCreated(token: actors.admin, lines: lines),
                                                      through: ["submit", "confirm"], token: actors.admin)
            let snapshot = { (order: JSONValue) -> [JSONValue?] in [order["lines"], order["totals"], order["version"], order["status"]] }
            let before = [snapshot(submitted), snapshot(confirmed), snapshot(try client.orderTestRead(1, token: actors.admin))]

            for (from, to) in [(2026, 2027), (2024, 2028)] {
                let response = try client.request("POST", "/api/v1/prices/indexations", token: actors.admin,
                                                  json: ["from_year": .integer(from), "to_year": .integer(to), "percent": "3.2"])
                #expect(response.status == 201, "\(response)")
            }
            let overwrite = try client.request("POST", "/api/v1/prices/indexations", token: actors.admin,
                                               json: ["from_year": 2025, "to_year": 2026, "percent": "10", "overwrite": true])
            #expect(overwrite.status == 409, "2026 is published: \(overwrite)")

            let activity = try client.request("GET", "/api/v1/activities/2")
            let version = try #require(try activity.json()["version"]?.int64Value)
            let archived = try client.request("DELETE", "/api/v1/activities/2", token: actors.admin, headers: ["If-Match: \"\(version)\""])
            #expect(archived.status == 200, "\(archived)")

            let ids = [submitted["id"]?.int64Value ?? 0, confirmed["id"]?.int64Value ?? 0, 1]
            for (id, expected) in zip(ids, before) {
                let response = try client.request("GET", "/api/v1/orders/\(id)", token: actors.admin)
                #expect(response.status == 200, "an order with an archived activity is still readable: \(response)")
                guard response.status == 200 else { continue }
                let after = snapshot(try response.json())
                #expect(after[0] == expected[0], "order \(id): lines changed")
                #expect(after[1] == expected[1], "order \(id): totals changed")
                #expect(after[2] == expected[2] && after[3] == expected[3])
            }
        }
    }

    /// A line without a price for the year, or with an archived activity: submit is 422 naming it.
    @Test func submitNamesTheLinesThatCannotBePriced() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            #expect(try orderTestSetPrice(client, actors.admin, activity: 1, year: 2027, cents: 5_000, vat: 9) == 201)
            // Activity 43 is priced per inhabitant, and midden-drenthe has no 2027 inhabitants.
            #expect(try orderTestSetPrice(client, actors.admin, activity: 43, year: 2027, cents: 2_000, vat: 0) == 201)
            let unpriced = try client.orderTestCreated(token: actors.municipality, year: 2027,
                                                       lines: [(.integer(1), 1), (.integer(2), 1), (.string("escaperoom"), 1), (.integer(43), 1)])
            let shown = unpriced.orderTestLines
            #expect(shown.count == 4)
            #expect(shown.dropFirst().allSatisfy { $0["unit_price_cents"]?.isNull == true }, "\(shown)")
            #expect(unpriced["totals"]?["net_cents"]?.int64Value == 5_000, "only the priced line counts")
            #expect(try client.request("POST", "/api/v1/prices/2027/publish", token: actors.admin).status == 200)
            let id = try #require(unpriced["id"]?.int64Value)
            let response = try client.orderTestAct("submit", id, token: actors.municipality, version: 1)
            #expect(response.status == 422, "\(response)")
            let fields = try response.json()["errors"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
            #expect(fields.sorted() == ["lines[1].activity", "lines[2].activity", "lines[3].activity"], "\(response)")
            #expect(try client.orderTestRead(id, token: actors.admin)["status"]?.stringValue == "draft")

            let draft = try client.orderTestCreated(token: actors.municipality, lines: [(.integer(1), 1), (.integer(5), 1), (.integer(6), 1)])
            let draftID = try #require(draft["id"]?.int64Value)
            let version = try #require(try client.request("GET", "/api/v1/activities/5").json()["version"]?.int64Value)
            #expect(try client.request("DELETE", "/api/v1/activities/5", token: actors.admin, headers: ["If-Match: \"\(version)\""]).status == 200)
            let archivedSubmit = try client.orderTestAct("submit", draftID, token: actors.municipality, version: 1)
            #expect(archivedSubmit.status == 422, "\(archivedSubmit)")
            let archivedFields = try archivedSubmit.json()["errors"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
            #expect(archivedFields == ["lines[1].activity"], "\(archivedSubmit)")
            #expect(try client.orderTestRead(draftID, token: actors.admin)["status"]?.stringValue == "draft")

            // Nor can a new order name it, or an activity that does not exist.
            let create = try client.orderTestCreate(token: actors.municipality, lines: [(.integer(5), 1), (.string("bestaat-niet"), 1)])
            #expect(create.status == 422, "\(create)")
            let createFields = try create.json()["errors"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
            #expect(createFields == ["lines[0].activity", "lines[1].activity"], "\(create)")
        }
    }
}
