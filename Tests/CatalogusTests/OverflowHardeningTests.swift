@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import SQLite
import Testing

/// No Swift trap is reachable from a request: one municipality's valid orders used to
/// take a year's committed total past Int64.max, and every read of its statistics then
/// killed the server (issue 10). Writes now refuse amounts beyond sane ceilings; reads
/// add up with checked arithmetic, so even data that older versions let in fails one
/// request instead of the process.
@Suite struct OverflowHardeningTests {
    /// Activity 1 of the demo data costs 47,740 cents per activity in 2026 (published).
    static let unitPrice: Int64 = 47_740
    /// The largest quantity of activity 1 whose line stays within one order's ceiling.
    static let quantityAtOrderCeiling = Money.maxOrderNetCents / unitPrice

    private func create(_ client: HTTPTestClient, _ token: String, municipality: String = "assen", year: Int64 = 2026,
                        quantity: Int64) throws -> TestResponse {
        try client.orderTestCreate(token: token, municipality: municipality, year: year, lines: [(.integer(1), quantity)])
    }

    @Test func anOrderAboveTheOrderCeilingIsRefused() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let over = try create(client, actors.admin, quantity: Self.quantityAtOrderCeiling + 1)
            catalogueExpectProblem(over, 422, fields: ["lines"])
            let atCeiling = try create(client, actors.admin, quantity: Self.quantityAtOrderCeiling)
            #expect(atCeiling.status == 201, "\(atCeiling)")
            #expect(try atCeiling.json()["totals"]?["net_cents"]?.int64Value == Self.quantityAtOrderCeiling * Self.unitPrice)
        }
    }

    @Test func aYearsOrdersAboveTheYearCeilingAreRefusedAtSubmit() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let perOrder = Self.quantityAtOrderCeiling * Self.unitPrice
            let fitting = Money.maxYearNetCents / perOrder
            for _ in 0..<fitting {
                let order = try create(client, actors.admin, quantity: Self.quantityAtOrderCeiling).json()
                try client.orderTestDrive(order, through: ["submit", "confirm"], token: actors.admin)
            }
            let one = try create(client, actors.admin, quantity: Self.quantityAtOrderCeiling)
            let id = try #require(try one.json()["id"]?.int64Value)
            let refused = try client.orderTestAct("submit", id, token: actors.admin, version: 1)
            catalogueExpectProblem(refused, 422)
            #expect(try refused.json()["max_year_net_cents"]?.int64Value == Money.maxYearNetCents, "\(refused)")
            #expect(try refused.json()["committed_net_cents"]?.int64Value == fitting * perOrder, "\(refused)")
            #expect(try client.orderTestRead(id, token: actors.admin)["status"]?.stringValue == "draft")

            // The statistics of that year read back, with the exact sum.
            let report = try client.request("GET", "/api/v1/stats/municipalities/assen?year=2026", token: actors.admin)
            #expect(report.status == 200, "\(report)")
            let overview = try client.request("GET", "/api/v1/stats/overview?year=2026", token: actors.admin)
            #expect(overview.status == 200, "\(overview)")
            let assen = try overview.json()["items"]?.arrayValue?.first { $0["municipality"]?["slug"]?.stringValue == "assen" }
            #expect(assen?["confirmed_net_cents"]?.int64Value == fitting * perOrder, "\(overview)")
        }
    }

    @Test func aMunicipalityYearHoldsABoundedNumberOfOrders() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            try app.writer.write { db in
                try db.run("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                    INSERT INTO purchase_order (number, municipality, year, status, version, created_at, updated_at)
                    SELECT '2030-GM0106-' || i, 'assen', 2030, 'draft', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n
                    """, Money.maxOrdersPerYear)
            }
            let client = try app.client()
            let refused = try create(client, actors.admin, year: 2030, quantity: 1)
            catalogueExpectProblem(refused, 422)
            #expect(try refused.json()["max_orders_per_year"]?.int64Value == Money.maxOrdersPerYear)
            // Another municipality, or another year, is not affected.
            #expect(try create(client, actors.admin, municipality: "midden-drenthe", year: 2030, quantity: 1).status == 201)
            #expect(try create(client, actors.admin, year: 2031, quantity: 1).status == 201)
        }
    }

    /// Data beyond today's bounds, as an older version stored it (the attack of issue 10:
    /// gross sums past Int64.max): the statistics of that municipality answer a problem,
    /// and the server goes on serving everyone else.
    @Test func storedAmountsBeyondTheBoundsFailOneRequestNotTheServer() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            try app.writer.write { db in
                try db.run("""
                    INSERT INTO purchase_order (number, municipality, year, status, version, created_at, updated_at)
                    VALUES ('2026-GM0106-9000', 'assen', 2026, 'confirmed', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                    """)
                let order = db.lastInsertRowID
                // 800,000 lines of 10^13 cents at 21 % VAT: the gross sum is 9.68 × 10^18.
                try db.run("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 800000)
                    INSERT INTO order_line (order_id, line_no, activity_id, quantity, unit, unit_price_cents, vat_rate)
                    SELECT ?, i, 1, 1, 'activity', ?, 21 FROM n
                    """, order, Money.maxLineCents)
            }
            // Adding up 800,000 lines takes seconds in a debug build: wait long enough.
            let client = try HTTPTestClient(port: app.port, timeoutSeconds: 300)
            let report = try client.request("GET", "/api/v1/stats/municipalities/assen?year=2026", token: actors.admin,
                                            headers: ["Connection: close"])
            catalogueExpectProblem(report, 500)
            #expect(try report.json()["code"]?.stringValue == "server.amounts_overflow", "\(report)")
            #expect(try app.client().get("/healthz", headers: ["Connection: close"]).status == 200)
            let other = try app.client().request("GET", "/api/v1/stats/municipalities/midden-drenthe?year=2024",
                                                 token: actors.admin, headers: ["Connection: close"])
            #expect(other.status == 200, "\(other)")
        }
    }

    /// Stores extreme but valid values through the API (largest counts, longest texts,
    /// orders at the ceilings, chosen by a seeded generator) and reads back every
    /// statistics, list and CSV endpoint: none may fail with a 5xx or stop the server.
    @Test func extremeButValidDataReadsBackEverywhere() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            var random = SeededRandom(seed: 0x10_2026)
            let client = try app.client()
            func put(_ path: String, _ body: JSONValue) throws {
                let response = try client.request("PUT", path, token: actors.admin, json: body)
                #expect((200...201).contains(response.status), "\(path): \(response)")
            }

            try put("/api/v1/municipalities/midden-drenthe/inhabitants/2024", ["count": 100_000_000])
            try put("/api/v1/municipalities/assen/inhabitants/2026", ["count": 1])
            let definitions = try client.request("GET", "/api/v1/figure-definitions?limit=500", token: actors.admin).json()
            var municipalityFigures: [(key: String, value: JSONValue)] = []
            var organisationFigures: [(key: String, value: JSONValue)] = []
            for definition in definitions["items"]?.arrayValue ?? [] where definition["computed"]?.boolValue == false {
                guard let code = definition["code"]?.stringValue else { continue }
                let value: JSONValue = definition["unit"]?.stringValue == "percent"
                    ? .integer(random.pick([0, 100])) : .integer(random.pick([0, 1, 1_000_000_000_000]))
                if definition["scope"]?.stringValue == "organisation" { organisationFigures.append((code, value)) }
                else { municipalityFigures.append((code, value)) }
            }
            for year in [2023, 2024] {
                try put("/api/v1/figures/\(year)/midden-drenthe", .object(JSONObject(municipalityFigures)))
                try put("/api/v1/figures/\(year)/organisation", .object(JSONObject(organisationFigures)))
            }

            // Registrations with the largest counts and the longest, most hostile texts.
            let hostile = ["=HYPERLINK(\"http://evil.example\")", "@SUM(1+1)", "+1", "-1", "\"quoted\",;", "a\u{301}\u{301}"]
            var stored = 0
            for _ in 0..<24 {
                let note = String(repeating: random.pick(hostile), count: 2000).unicodeScalars.prefix(2000)
                let partners = (0..<20).map { _ in JSONValue.string(String(String(repeating: random.pick(hostile), count: 200).unicodeScalars.prefix(200))) }
                let body = registrationTestBody([
                    "participants": .integer(random.pick([0, 1, 1_000_000])),
                    "date": .string("2024-\(String(random.pick(1...12)).leftPadded(to: 2))-1\(random.pick(0...9))"),
                    "notes": .string(String(String.UnicodeScalarView(note))), "partners": .array(partners),
                ])
                let response = try client.request("POST", "/api/v1/registrations", token: actors.staff, json: body)
                #expect(response.status == 201 || response.status == 422, "\(response)")
                if response.status == 201 { stored += 1 }
            }
            #expect(stored > 0)

            // Orders at the order ceiling up to the year's, confirmed; one more in draft.
            let fitting = Money.maxYearNetCents / (Self.quantityAtOrderCeiling * Self.unitPrice)
            for index in 0...fitting {
                var body: JSONValue = ["municipality": "assen", "year": 2026, "reference": .string(String(repeating: random.pick(hostile), count: 200).unicodeScalars.prefix(200).map(String.init).joined()),
                                       "lines": orderTestLines((1...10).map { (.integer($0), random.pick([1, 1_000_000_000])) })]
                var response = try client.request("POST", "/api/v1/orders", token: actors.admin, json: body)
                if response.status == 422 {
                    body = ["municipality": "assen", "year": 2026, "lines": orderTestLines([(.integer(1), Self.quantityAtOrderCeiling)])]
                    response = try client.request("POST", "/api/v1/orders", token: actors.admin, json: body)
                }
                try #require(response.status == 201, "\(response)")
                if index < fitting { try client.orderTestDrive(try response.json(), through: ["submit", "confirm"], token: actors.admin) }
            }

            let reads = [
                "/api/v1/stats/municipalities/midden-drenthe?year=2024", "/api/v1/stats/municipalities/midden-drenthe?year=2024&output=csv",
                "/api/v1/stats/municipalities/assen?year=2026", "/api/v1/stats/municipalities/assen?year=2026&output=csv",
                "/api/v1/stats/overview?year=2024", "/api/v1/stats/overview?year=2026&output=csv",
                "/api/v1/activities?limit=500", "/api/v1/programmes", "/api/v1/municipalities", "/api/v1/locations?limit=500",
                "/api/v1/prices?year=2026&limit=500", "/api/v1/prices?year=2026&limit=500&output=csv",
                "/api/v1/orders?limit=500", "/api/v1/orders?limit=500&output=csv", "/api/v1/orders?year=2026&output=csv&sep=;",
                "/api/v1/registrations?limit=500", "/api/v1/registrations?limit=500&output=csv",
                "/api/v1/figures/2024/midden-drenthe", "/api/v1/figures/2024/organisation", "/api/v1/audit?limit=500",
            ] + ["activities", "participants", "sessions"].flatMap { measure in
                ["month", "quarter", "year"].flatMap { interval in
                    ["", "&output=csv"].map { "/api/v1/stats/timeseries?measure=\(measure)&interval=\(interval)&from=2023-01-01&to=2026-12-31\($0)" }
                }
            }
            for path in reads {
                let response = try app.client().request("GET", path, token: actors.admin, headers: ["Connection: close"])
                #expect(response.status == 200, "\(path): \(response)")
                if response.header("Content-Type")?.hasPrefix("application/json") == true { _ = try response.json() }
            }
            #expect(try app.client().get("/healthz", headers: ["Connection: close"]).status == 200)
        }
    }
}

/// Picks from the product's seeded SplitMix64: a fixed seed gives the same run every
/// time (no test may depend on chance).
struct SeededRandom {
    private var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[Int(generator.next() % UInt64(choices.count))] }
    mutating func pick(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(generator.next() % UInt64(range.count)) }
}
