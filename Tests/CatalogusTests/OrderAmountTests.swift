import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Order amounts exact to the cent: net = quantity × unit price (× inhabitants), VAT per
/// line rounded half away from zero, gross = net + VAT, totals the sums of the lines.
@Suite struct OrderAmountTests {
    @Test func amountsAreExactToTheCent() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            // Prices picked so that VAT lands on half cents (13.5, 52.5), below (0.45) and
            // above (149.85) them, and on a per-inhabitant line.
            let prices: [(Int64, Int64, Int64)] = [(1, 150, 9), (2, 250, 21), (3, 1, 9), (4, 12_345, 21), (7, 333, 9), (43, 3, 21)]
            for (activity, cents, vat) in prices {
                #expect(try orderTestSetPrice(client, actors.admin, activity: activity, year: 2027, cents: cents, vat: vat) == 201)
            }
            #expect(try orderTestSetInhabitants(client, actors.admin, year: 2027, count: 34_303) == 201)
            let lines: [(activity: JSONValue, quantity: Int64)] = [
                (.integer(1), 1), (.integer(1), 1), (.integer(2), 1), (.integer(3), 5), (.integer(4), 3), (.integer(7), 5), (.integer(43), 1),
            ]
            let draft = try client.orderTestCreated(token: actors.municipality, year: 2027, lines: lines)
            #expect(try client.request("POST", "/api/v1/prices/2027/publish", token: actors.admin).status == 200)
            let submitted = try client.orderTestDrive(draft, through: ["submit"], token: actors.municipality)

            for order in [draft, submitted] {
                let shown = order.orderTestLines
                try #require(shown.count == lines.count)
                var net: Int64 = 0, vat: Int64 = 0
                for (line, (activity, quantity)) in zip(shown, lines) {
                    let price = prices.first { $0.0 == activity.int64Value }!
                    let multiplier: Int64 = price.0 == 43 ? 34_303 : 1
                    let lineNet = quantity * price.1 * multiplier
                    let lineVAT = orderTestVAT(net: lineNet, rate: price.2)
                    #expect(line["net_cents"]?.int64Value == lineNet, "\(line)")
                    #expect(line["vat_cents"]?.int64Value == lineVAT, "\(line)")
                    #expect(line["gross_cents"]?.int64Value == lineNet + lineVAT, "\(line)")
                    net += lineNet
                    vat += lineVAT
                }
                // Spot checks by hand: 1.50 at 9 % is 0.135 → 0.14; 2.50 at 21 % is 0.525 → 0.53;
                // 0.05 at 9 % is 0.0045 → 0.00; 1,029.09 at 21 % is 216.1089 → 216.11.
                #expect(shown[0]["vat_cents"]?.int64Value == 14)
                #expect(shown[2]["vat_cents"]?.int64Value == 53)
                #expect(shown[3]["vat_cents"]?.int64Value == 0)
                #expect(shown[6]["vat_cents"]?.int64Value == 21_611)
                #expect(order["totals"]?["net_cents"]?.int64Value == net)
                #expect(order["totals"]?["vat_cents"]?.int64Value == vat)
                #expect(order["totals"]?["gross_cents"]?.int64Value == net + vat)
                // Per line, not on the total: two lines of 1.50 carry 0.28 VAT, not round(0.27).
                #expect((shown[0]["vat_cents"]?.int64Value ?? 0) + (shown[1]["vat_cents"]?.int64Value ?? 0) == 28)
            }
        }
    }

    /// The demo's frozen orders (one with per-inhabitant lines) add up the same way.
    @Test func frozenDemoOrdersAddUp() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            for id: Int64 in [1, 2] {
                let order = try client.orderTestRead(id, token: actors.admin)
                var net: Int64 = 0, vat: Int64 = 0
                for line in order.orderTestLines {
                    let quantity = line["quantity"]?.int64Value ?? 0, price = line["unit_price_cents"]?.int64Value ?? 0
                    let lineNet = quantity * price * (line["inhabitants"]?.int64Value ?? 1)
                    let lineVAT = orderTestVAT(net: lineNet, rate: line["vat_rate"]?.int64Value ?? 0)
                    #expect(line["net_cents"]?.int64Value == lineNet, "order \(id): \(line)")
                    #expect(line["vat_cents"]?.int64Value == lineVAT, "order \(id): \(line)")
                    net += lineNet
                    vat += lineVAT
                }
                #expect(order["totals"]?["net_cents"]?.int64Value == net)
                #expect(order["totals"]?["vat_cents"]?.int64Value == vat)
                #expect(order["totals"]?["gross_cents"]?.int64Value == net + vat)
            }
        }
    }
}
