import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `GET /api/v1/orders`: filters, keyset pagination, and CSV of an order and of the list.
@Suite struct OrderListingTests {
    struct Known: Equatable {
        var municipality: String
        var year: Int64
        var status: String
    }

    @Test func filtersMatchWhatWasCreated() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            // The demo data's two orders, then a spread of new ones.
            var known: [Int64: Known] = [
                1: Known(municipality: "midden-drenthe", year: 2024, status: "confirmed"),
                2: Known(municipality: "midden-drenthe", year: 2025, status: "submitted"),
            ]
            let plan: [(String, Int64, [String], String)] = [
                ("midden-drenthe", 2026, [], "draft"), ("midden-drenthe", 2026, [], "draft"),
                ("midden-drenthe", 2026, ["submit"], "submitted"), ("midden-drenthe", 2026, ["cancel"], "cancelled"),
                ("midden-drenthe", 2025, ["submit", "confirm"], "confirmed"), ("assen", 2026, [], "draft"),
                ("assen", 2024, ["submit"], "submitted"),
            ]
            for (municipality, year, actions, status) in plan {
                let order = try client.orderTestDrive(try client.orderTestCreated(token: actors.admin, municipality: municipality, year: year),
                                                      through: actions, token: actors.admin)
                known[try #require(order["id"]?.int64Value)] = Known(municipality: municipality, year: year, status: status)
            }
            for municipality in [nil, "midden-drenthe", "assen", "emmen"] {
                for year in [nil, 2024, 2025, 2026] as [Int64?] {
                    for status in [nil, "draft", "submitted", "confirmed", "cancelled"] {
                        var query: [String] = []
                        if let municipality { query.append("municipality=\(municipality)") }
                        if let year { query.append("year=\(year)") }
                        if let status { query.append("status=\(status)") }
                        let path = "/api/v1/orders" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
                        let items = try client.orderTestListAll(path, token: actors.admin)
                        let expected = known.filter { _, order in
                            (municipality == nil || order.municipality == municipality) && (year == nil || order.year == year)
                                && (status == nil || order.status == status)
                        }.keys.sorted()
                        #expect(items.compactMap { $0["id"]?.int64Value } == expected, "\(path)")
                        for item in items {
                            let id = item["id"]?.int64Value ?? 0
                            #expect(item["status"]?.stringValue == known[id]?.status, "\(path): \(id)")
                        }
                    }
                }
            }
            // modified_since compares updated_at >= value: demo order 1 was last changed on
            // 2024-01-22, order 2 on 2025-01-20, the new ones today.
            let since = try client.orderTestListAll("/api/v1/orders?modified_since=2025-01-20T11:15:00Z", token: actors.admin)
            #expect(since.compactMap { $0["id"]?.int64Value } == known.keys.filter { $0 != 1 }.sorted())
            #expect(try client.orderTestListAll("/api/v1/orders?modified_since=2199-01-01T00:00:00Z", token: actors.admin).isEmpty)
            #expect(try client.request("GET", "/api/v1/orders?modified_since=yesterday", token: actors.admin).status == 422)

            // A municipality token sees its own only, whatever it asks for.
            let own = try client.orderTestListAll("/api/v1/orders?year=2026", token: actors.municipality)
            #expect(own.compactMap { $0["id"]?.int64Value }
                == known.filter { $0.value.municipality == "midden-drenthe" && $0.value.year == 2026 }.keys.sorted())
        }
    }

    @Test func badFiltersAre422() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            for query in ["status=open", "year=twenty", "year=1999", "municipality=atlantis", "limit=501", "limit=0", "colour=red"] {
                let response = try client.request("GET", "/api/v1/orders?\(query)", token: actors.admin)
                #expect(response.status == 422, "\(query): \(response)")
            }
            #expect(try client.request("GET", "/api/v1/orders?limit=500", token: actors.admin).status == 200)
        }
    }

    /// Pages of `limit` follow `next_cursor` without gaps or repeats, also when orders are
    /// created between two pages (keyset, docs/api.md#lists-and-paging).
    @Test func paginationIsCompleteAndStableUnderInserts() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            for _ in 0..<9 { _ = try client.orderTestCreated(token: actors.admin) }
            let all = try client.orderTestListAll("/api/v1/orders?limit=500", token: actors.admin).compactMap { $0["id"]?.int64Value }
            #expect(all.count == 11)
            #expect(all == all.sorted())

            var seen: [Int64] = []
            var cursor: String?
            var pages = 0
            repeat {
                let path = "/api/v1/orders?limit=4" + (cursor.map { "&cursor=" + $0 } ?? "")
                let page = try client.request("GET", path, token: actors.admin).json()
                let ids = page["items"]?.arrayValue?.compactMap { $0["id"]?.int64Value } ?? []
                #expect(ids.count <= 4)
                seen += ids
                cursor = page["next_cursor"]?.stringValue
                pages += 1
                if pages == 1 {
                    // Created after the first page was read: it must still turn up, once.
                    let late = try client.orderTestCreated(token: actors.admin)
                    seen.append(-(late["id"]?.int64Value ?? 0))
                }
            } while cursor != nil && pages < 20
            let late = -(seen.first { $0 < 0 } ?? 0)
            let listed = seen.filter { $0 > 0 }
            #expect(listed == all + [late], "\(seen)")
            #expect(pages == 3)
            #expect([400, 422].contains(try client.request("GET", "/api/v1/orders?cursor=zz-not-a-cursor", token: actors.admin).status))
        }
    }

    @Test func csvOfOneOrderHasOneRowPerLine() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let note = "Beilen, \"Smilde\" en Westerbork"
            let body: JSONValue = [
                "municipality": "midden-drenthe", "year": 2026, "reference": "Afname; 2026",
                "lines": [["activity": 3, "quantity": 20, "note": .string(note)], ["activity": "taalcafe", "quantity": 10],
                          ["activity": 43, "quantity": 1]],
            ]
            let created = try client.request("POST", "/api/v1/orders", token: actors.municipality, json: body)
            try #require(created.status == 201, "\(created)")
            let order = try created.json()
            let id = try #require(order["id"]?.int64Value)

            let response = try client.request("GET", "/api/v1/orders/\(id)", token: actors.municipality, headers: ["Accept: text/csv"])
            #expect(response.status == 200, "\(response)")
            #expect(response.header("Content-Type")?.hasPrefix("text/csv") == true, "\(response)")
            let rows = orderTestParseCSV(response.text)
            try #require(rows.count == 4, "a header and three lines: \(response.text)")
            let header = rows[0]
            let column = { (name: String) -> Int in header.firstIndex(of: name) ?? -1 }
            for name in ["order_id", "number", "line_no", "activity_code", "quantity", "unit_price_cents", "inhabitants", "net_cents",
                         "vat_cents", "gross_cents", "note"] {
                #expect(column(name) >= 0, "column \(name) in \(header)")
            }
            for (row, line) in zip(rows.dropFirst(), order.orderTestLines) {
                #expect(row.count == header.count)
                guard row.count == header.count, !header.isEmpty else { continue }
                #expect(row[column("order_id")] == String(id))
                #expect(row[column("number")] == order["number"]?.stringValue)
                #expect(row[column("line_no")] == line["line_no"]?.int64Value.map(String.init))
                #expect(row[column("activity_code")] == line["activity"]?["code"]?.stringValue)
                #expect(row[column("net_cents")] == line["net_cents"]?.int64Value.map(String.init))
                #expect(row[column("gross_cents")] == line["gross_cents"]?.int64Value.map(String.init))
                // Empty except on `inhabitant` lines, where the net is quantity × price × inhabitants.
                #expect(row[column("inhabitants")] == (line["inhabitants"]?.int64Value.map(String.init) ?? ""))
            }
            #expect(rows[1][orderTestSafe: column("note")] == note, "a note with a comma and quotes survives: \(rows[1])")

            let viaQuery = try client.request("GET", "/api/v1/orders/\(id)?output=csv", token: actors.municipality)
            #expect(viaQuery.status == 200)
            #expect(viaQuery.text == response.text)

            let dutch = try client.request("GET", "/api/v1/orders/\(id)?output=csv&sep=;", token: actors.municipality)
            #expect(dutch.status == 200, "\(dutch)")
            #expect(Array(dutch.body.prefix(3)) == [0xEF, 0xBB, 0xBF], "the file starts with a UTF-8 BOM")
            // For people: the columns under their Dutch names.
            let dutchHeader = Vocabulary.columnTerms.label("order_id") + ";" + Vocabulary.columnTerms.label("number")
            #expect(dutch.text.split(separator: "\n").first?.contains(dutchHeader) == true, "\(dutch.text)")
        }
    }

    @Test func csvOfTheListHasOneRowPerLineOfEveryOrder() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            _ = try client.orderTestCreated(token: actors.admin, lines: [(.integer(1), 1), (.integer(2), 2)])
            _ = try client.orderTestCreated(token: actors.admin, municipality: "assen", lines: [(.integer(5), 1)])
            let json = try client.orderTestListAll("/api/v1/orders?municipality=midden-drenthe", token: actors.admin)
            let response = try client.request("GET", "/api/v1/orders?municipality=midden-drenthe", token: actors.admin,
                                              headers: ["Accept: text/csv"])
            #expect(response.status == 200, "\(response)")
            #expect(response.header("Content-Type")?.hasPrefix("text/csv") == true)
            let rows = orderTestParseCSV(response.text)
            let expected = json.flatMap { order in
                order.orderTestLines.map { "\(order["id"]?.int64Value ?? 0)/\($0["line_no"]?.int64Value ?? 0)" }
            }
            // Demo order 1 has 12 lines, order 2 has 9, the new one 2.
            #expect(expected.count == 23)
            let header = rows.first ?? []
            let orderColumn = header.firstIndex(of: "order_id") ?? 0, lineColumn = header.firstIndex(of: "line_no") ?? 0
            #expect(rows.dropFirst().map { "\($0[orderTestSafe: orderColumn] ?? "")/\($0[orderTestSafe: lineColumn] ?? "")" } == expected)
        }
    }
}

extension Array {
    fileprivate subscript(orderTestSafe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
