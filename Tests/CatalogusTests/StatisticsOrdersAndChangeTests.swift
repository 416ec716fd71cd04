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

/// The report's comparisons: `change` against the year before, ordered versus delivered
/// per activity, and the cost per participant. Expectations are computed here from SQL
/// over the demo data and from the 2023 report, never copied from the server's answer.
@Suite struct StatisticsOrdersAndChangeTests {
    /// A number as tenths ("20.5" → 205, "6984" → 69840), for exact comparisons.
    static func tenths(_ value: JSONValue?) -> Int64? {
        guard let text = registrationTestNumberText(value) else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = Int64(parts[0]) else { return nil }
        let fraction = parts.count > 1 ? Int64(parts[1].prefix(1)) ?? 0 : 0
        return whole * 10 + (text.hasPrefix("-") ? -fraction : fraction)
    }

    @Test func changeExistsForEveryNumberOfBothYearsWithDeltaAndPercent() throws {
        try withDemoApp { app in
            let current = try StatisticsReportTests.report(app, year: 2024)
            let previous = try StatisticsReportTests.report(app, year: 2023)
            let change = current["change"]?.objectValue ?? JSONObject()
            let figures = current["figures"]?.objectValue ?? JSONObject()
            var compared = 0
            for (code, figure) in figures {
                let now = figure["value"], then = previous["figures"]?[code]?["value"]
                guard let now, let then, !now.isNull, !then.isNull else {
                    #expect(change[code] == nil, "\(code) is missing in one year, so it has no change")
                    continue
                }
                let entry = try #require(change[code], "no change for \(code)")
                #expect(entry["previous"] == then, "\(code)")
                #expect(entry["current"] == now, "\(code)")
                let delta = try #require(Self.tenths(now)) - (try #require(Self.tenths(then)))
                #expect(Self.tenths(entry["delta"]) == delta, "\(code)")
                let base = try #require(Self.tenths(then))
                if base == 0 {
                    #expect(entry["percent"] == .null, "\(code)")
                } else {
                    #expect(Self.tenths(entry["percent"]) == registrationTestRoundedDivision(delta * 1000, base), "\(code)")
                }
                compared += 1
            }
            #expect(compared >= 40)
            // Spot checks against the report: members 6,737 → 6,984; participation 20.0 → 20.5 (0.5 points).
            #expect(change["members_total"]?["delta"]?.int64Value == 247)
            #expect(registrationTestNumberText(change["participation_rate"]?["delta"]) == "0.5")
            // Province-wide context printed in the report: 2023 → 2024.
            for (code, then, now) in [("online_members_active", 10_804, 11_536), ("province_ebook_loans", 162_019, 168_179),
                                      ("province_audiobook_loans", 54_525, 61_267)] {
                #expect(change[code]?["previous"]?.int64Value == Int64(then), "\(code)")
                #expect(change[code]?["current"]?.int64Value == Int64(now), "\(code)")
                #expect(change[code]?["delta"]?.int64Value == Int64(now - then), "\(code)")
            }
            #expect(registrationTestNumberText(change["online_members_active"]?["percent"]) == "6.8")

            // Programmes compare too.
            for row in current["programmes"]?.arrayValue ?? [] {
                let code = row["code"]?.stringValue ?? ""
                let before = StatisticsReportTests.programme(previous, code)
                for measure in ["activities", "participants", "sessions"] {
                    let entry = row["change"]?[measure]
                    #expect(entry?["previous"] == before?[measure], "\(code) \(measure)")
                    #expect(entry?["current"] == row[measure], "\(code) \(measure)")
                    #expect(entry?["delta"]?.int64Value == (row[measure]?.int64Value ?? 0) - (before?[measure]?.int64Value ?? 0))
                }
            }
        }
    }

    @Test func orderedVersusDeliveredPerActivity() throws {
        try withDemoApp { app in
            let report = try StatisticsReportTests.report(app)
            let rows = report["orders"]?["activities"]?.arrayValue ?? []
            // What Midden-Drenthe's confirmed 2024 orders hold, per activity.
            let ordered = try app.writer.withConnection { db in
                try db.query("""
                    SELECT l.activity_id, sum(l.quantity), l.unit FROM order_line l JOIN purchase_order o ON o.id = l.order_id
                    WHERE o.municipality = 'midden-drenthe' AND o.year = 2024 AND o.status = 'confirmed' GROUP BY l.activity_id
                    """).map { (id: try $0.column(0, as: Int64.self), quantity: try $0.column(1, as: Int64.self), unit: try $0.column(2, as: String.self)) }
            }
            try #require(ordered.count >= 10)
            var under = 0, over = 0
            for line in ordered {
                let row = try #require(rows.first { $0["activity"]?["id"]?.int64Value == line.id }, "activity \(line.id) missing")
                let delivered: Int64 = try registrationTestCount(app, """
                    SELECT CASE ? WHEN 'session' THEN coalesce(sum(sessions), 0) ELSE count(*) END FROM registration
                    WHERE municipality = 'midden-drenthe' AND activity_id = ? AND date BETWEEN '2024-01-01' AND '2024-12-31'
                    """, [line.unit, line.id])
                #expect(row["ordered_quantity"]?.int64Value == line.quantity, "\(line)")
                #expect(row["delivered_quantity"]?.int64Value == delivered, "\(line)")
                let thousandths = registrationTestRoundedDivision(delivered * 1000, line.quantity)
                #expect(registrationTestNumberText(row["delivery_rate"]).flatMap { Double($0) } == Double(thousandths) / 1000, "\(line)")
                #expect(row["under_delivered"]?.boolValue == (delivered < line.quantity), "\(line)")
                if delivered < line.quantity { under += 1 }
                if delivered > line.quantity { over += 1 }
            }
            #expect(under > 0 && over > 0, "the demo order has under- and over-delivered lines")
            // Registered but not ordered: delivered, with no rate.
            let unordered = rows.filter { $0["ordered_quantity"]?.int64Value == 0 }
            #expect(!unordered.isEmpty)
            #expect(unordered.allSatisfy { $0["delivery_rate"] == .null && $0["under_delivered"] == .null })
        }
    }

    @Test func costPerParticipantIsConfirmedNetOverParticipants() throws {
        try withDemoApp { app in
            let report = try StatisticsReportTests.report(app)
            let netByActivity = try app.writer.withConnection { db in
                try db.query("""
                    SELECT l.activity_id, sum(l.quantity * l.unit_price_cents * coalesce(l.inhabitants, 1)), a.programme
                    FROM order_line l JOIN purchase_order o ON o.id = l.order_id JOIN activity a ON a.id = l.activity_id
                    WHERE o.municipality = 'midden-drenthe' AND o.year = 2024 AND o.status = 'confirmed' GROUP BY l.activity_id
                    """).map { (id: try $0.column(0, as: Int64.self), net: try $0.column(1, as: Int64.self), programme: try $0.column(2, as: String.self)) }
            }
            for line in netByActivity {
                let row = try #require(report["orders"]?["activities"]?.arrayValue?.first { $0["activity"]?["id"]?.int64Value == line.id })
                let participants = try registrationTestCount(app, """
                    SELECT sum(participants) FROM registration WHERE municipality = 'midden-drenthe' AND activity_id = ?
                    AND date BETWEEN '2024-01-01' AND '2024-12-31'
                    """, [line.id])
                #expect(row["confirmed_net_cents"]?.int64Value == line.net)
                #expect(row["participants"]?.int64Value == participants)
                #expect(row["cost_per_participant_cents"]?.int64Value == registrationTestRoundedDivision(line.net, participants), "\(line)")
            }
            let totalNet = netByActivity.reduce(0) { $0 + $1.net }
            #expect(report["orders"]?["confirmed_net_cents"]?.int64Value == totalNet)
            for row in report["programmes"]?.arrayValue ?? [] {
                let code = row["code"]?.stringValue ?? ""
                let net = netByActivity.filter { $0.programme == code }.reduce(0) { $0 + $1.net }
                let participants = row["participants"]?.int64Value ?? 0
                #expect(row["confirmed_net_cents"]?.int64Value == net, "\(code)")
                if net > 0 && participants > 0 {
                    #expect(row["cost_per_participant_cents"]?.int64Value == registrationTestRoundedDivision(net, participants), "\(code)")
                } else {
                    #expect(row["cost_per_participant_cents"] == .null, "\(code)")
                }
            }
        }
    }

    @Test func submittedOrdersCountAsCommittedButNotConfirmed() throws {
        try withDemoApp { app in
            // The demo's 2025 order is submitted, not confirmed.
            let report = try StatisticsReportTests.report(app, year: 2025)
            let net = try registrationTestCount(app, """
                SELECT sum(l.quantity * l.unit_price_cents * coalesce(l.inhabitants, 1)) FROM order_line l
                JOIN purchase_order o ON o.id = l.order_id WHERE o.municipality = 'midden-drenthe' AND o.year = 2025
                AND o.status = 'submitted'
                """)
            #expect(net > 0)
            #expect(report["orders"]?["net_cents"]?.int64Value == net)
            #expect(report["orders"]?["confirmed_net_cents"]?.int64Value == 0)
        }
    }
}
