@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Every endpoint that answers CSV also answers an Excel workbook, for `output=xlsx` or
/// the xlsx media type in `Accept`: a zip (OOXML) with its content type, as an attachment
/// with a name that says what it is, and 304 for an unchanged one. What the cells hold is
/// read back with openpyxl by `web-tests/workbook_check.py` (`scripts/workbook-test.sh`).
@Suite struct WorkbookDownloadTests {
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// The workbook after a 200 with the xlsx content type and an attachment named `filename`.
    @discardableResult
    static func workbook(_ client: HTTPTestClient, _ path: String, token: String, headers: [String] = [], filename: String,
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> TestResponse {
        let response = try client.request("GET", path, token: token, headers: headers)
        try #require(response.status == 200, "\(path): \(response)", sourceLocation: sourceLocation)
        #expect(response.header("Content-Type") == Workbook.contentType, "\(path)", sourceLocation: sourceLocation)
        #expect(response.header("Content-Disposition") == "attachment; filename=\"\(filename)\"", "\(path)", sourceLocation: sourceLocation)
        #expect(Array(response.body.prefix(4)) == zipSignature, "\(path): not a zip", sourceLocation: sourceLocation)
        // Weak of the bytes for lists and reports, the version for one order.
        #expect(response.header("ETag") != nil, "\(path)", sourceLocation: sourceLocation)
        return response
    }

    @Test func everyCSVEndpointAnswersAWorkbook() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let admin = try registrationTestToken(app, .admin)
            let municipality = try registrationTestToken(app, .municipality)
            let client = try app.client()
            let created = try client.request("POST", "/api/v1/orders", token: municipality, json: [
                "municipality": "midden-drenthe", "year": 2026, "lines": [["activity": 1, "quantity": 3]],
            ])
            try #require(created.status == 201, "\(created)")
            let order = try created.json()
            let orderID = try #require(order["id"]?.int64Value)
            let number = try #require(order["number"]?.stringValue)

            let downloads = [
                ("/api/v1/prices?year=2026", "prijslijst-2026.xlsx"),
                ("/api/v1/registrations?municipality=midden-drenthe", "registraties-midden-drenthe.xlsx"),
                ("/api/v1/registrations?municipality=midden-drenthe&from=2024-01-01&to=2024-12-31",
                 "registraties-midden-drenthe-2024.xlsx"),
                ("/api/v1/registrations?from=2024-05-01&to=2024-05-31", "registraties-vanaf-2024-05-01-tot-en-met-2024-05-31.xlsx"),
                ("/api/v1/orders", "bestellingen.xlsx"),
                ("/api/v1/orders/\(orderID)", "bestelling-\(number).xlsx"),
                ("/api/v1/stats/municipalities/midden-drenthe?year=2024", "jaarverslag-midden-drenthe-2024.xlsx"),
                ("/api/v1/stats/overview?year=2024", "overzicht-2024.xlsx"),
                ("/api/v1/stats/timeseries?measure=participants&interval=month&from=2024-01-01&to=2024-12-31",
                 "reeks-participants-month-2024-01-01-2024-12-31.xlsx"),
            ]
            for (path, filename) in downloads {
                let separator = path.contains("?") ? "&" : "?"
                try Self.workbook(client, path + separator + "output=xlsx", token: admin, filename: filename)
                try Self.workbook(client, path, token: admin, headers: ["Accept: \(Workbook.contentType)"], filename: filename)
            }
            // Every CSV download is a named attachment too (the price list keeps its older name).
            for (path, filename) in downloads {
                let separator = path.contains("?") ? "&" : "?"
                let csv = try client.request("GET", path + separator + "output=csv", token: admin)
                let expected = path.hasPrefix("/api/v1/prices") ? "prices-2026.csv" : filename.replacingOccurrences(of: ".xlsx", with: ".csv")
                #expect(csv.header("Content-Disposition") == "attachment; filename=\"\(expected)\"", "\(path)")
            }
        }
    }

    /// A workbook holds the whole result of its filter, read page by page, not the first
    /// page of 50; past `maxExportRows` it is a 422 that says how to narrow the filter.
    @Test func aWorkbookHoldsTheWholeResultUpToItsBound() throws {
        try withDemoApp(configure: { $0.maxExportRows = 60 }) { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            func count(_ filter: String) throws -> Int {
                try client.request("GET", "/api/v1/registrations?\(filter)&limit=500", token: viewer).json()["items"]?.arrayValue?.count ?? 0
            }
            let wide = "municipality=midden-drenthe&from=2024-01-01&to=2024-12-31"
            #expect(try count(wide) > 60, "the demo year has more rows than the bound")
            let refused = try client.request("GET", "/api/v1/registrations?\(wide)&output=xlsx", token: viewer)
            #expect(refused.status == 422, "\(refused)")
            #expect(try refused.json()["code"]?.stringValue == "export.too_many_rows")
            #expect(try refused.json()["params"]?["max"]?.int64Value == 60)

            // Within the bound: every row, in one workbook; a CSV is still one page with a Link to the next.
            let narrow = "municipality=midden-drenthe&from=2024-01-01&to=2024-01-31"
            let rows = try count(narrow)
            #expect((1...60).contains(rows), "\(rows) rows in January")
            try Self.workbook(client, "/api/v1/registrations?\(narrow)&output=xlsx", token: viewer,
                              filename: "registraties-midden-drenthe-vanaf-2024-01-01-tot-en-met-2024-01-31.xlsx")
            let csv = try client.request("GET", "/api/v1/registrations?\(wide)&output=csv", token: viewer)
            #expect(csv.status == 200 && csv.header("Link") != nil, "\(csv.status)")
        }
    }

    @Test func anUnchangedWorkbookAnswers304AndIsTheSameBytes() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let path = "/api/v1/stats/municipalities/midden-drenthe?year=2024&output=xlsx"
            let first = try Self.workbook(client, path, token: viewer, filename: "jaarverslag-midden-drenthe-2024.xlsx")
            let second = try Self.workbook(client, path, token: viewer, filename: "jaarverslag-midden-drenthe-2024.xlsx")
            #expect(first.body == second.body, "the same data gives the same workbook")
            let etag = try #require(first.header("ETag"))
            let again = try client.request("GET", path, token: viewer, headers: ["If-None-Match: \(etag)"])
            #expect(again.status == 304, "\(again)")
            // The CSV of the same report has a tag of its own.
            let csv = try client.request("GET", "/api/v1/stats/municipalities/midden-drenthe?year=2024&output=csv", token: viewer,
                                         headers: ["If-None-Match: \(etag)"])
            #expect(csv.status == 200, "\(csv)")
        }
    }

    @Test func anOrdersWorkbookIsTaggedByItsVersionButNotAsTheJSON() throws {
        try withDemoApp { app in
            let municipality = try registrationTestToken(app, .municipality)
            let client = try app.client()
            let created = try client.request("POST", "/api/v1/orders", token: municipality, json: [
                "municipality": "midden-drenthe", "year": 2026, "lines": [["activity": 1, "quantity": 3]],
            ])
            try #require(created.status == 201, "\(created)")
            let id = try #require(try created.json()["id"]?.int64Value)
            let path = "/api/v1/orders/\(id)?output=xlsx"
            let workbook = try client.request("GET", path, token: municipality)
            try #require(workbook.status == 200, "\(workbook)")
            #expect(workbook.header("ETag") == "\"1-xlsx\"")
            #expect(try client.request("GET", path, token: municipality, headers: ["If-None-Match: \"1-xlsx\""]).status == 304)
            #expect(try client.request("GET", path, token: municipality, headers: ["If-None-Match: \"1\""]).status == 200)
        }
    }

    @Test func anUnknownOutputIsStill422AndAcceptOfJSONWins() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let bad = try client.request("GET", "/api/v1/stats/overview?year=2024&output=xls", token: viewer)
            #expect(bad.status == 422, "\(bad)")
            #expect(bad.text.contains("\"code\":\"output.bad_format\""), "\(bad.text)")
            let both = try client.request("GET", "/api/v1/stats/overview?year=2024", token: viewer,
                                          headers: ["Accept: application/json, \(Workbook.contentType)"])
            #expect(both.status == 200)
            #expect(both.header("Content-Type")?.hasPrefix("application/json") == true, "\(both)")
        }
    }

    // MARK: The Swift layer over libxlsxwriter

    @Test(arguments: [
        ("Prijslijst 2026", [String](), "Prijslijst 2026"),
        ("a[b]c:d*e?f/g\\h", [], "a b c d e f g h"),
        ("Drenthe leest: leesbevordering", [], "Drenthe leest leesbevordering"),
        ("Leesbevordering en digitale vaardigheden voor iedereen", [], "Leesbevordering en digitale"),
        ("Drenthe leest werken aan geletterdheid", [], "Drenthe leest werken aan"),
        ("'Quoted'", [], "Quoted"),
        ("Dertig tekens lang, en dan nog'x", [], "Dertig tekens lang, en dan"),
        ("Drieëndertigtekenslangzonderspatie", [], "Drieëndertigtekenslangzonderspa"),
        ("", [], "Blad"),
        ("Afname", ["afname"], "Afname (2)"),
        ("Leesbevordering en digitale vaardigheden voor iedereen", ["Leesbevordering en digitale"], "Leesbevordering en digitale (2)"),
    ])
    func sheetNamesFollowExcelsRules(wanted: String, used: [String], expected: String) {
        let name = Workbook.sheetName(wanted, avoiding: used)
        #expect(name == expected)
        #expect(name.count <= 31)
    }

    @Test func moneyColumnsAreNamedInEurosAndWorkbooksAreZips() throws {
        var table = Table(name: "Prijslijst 2026", header: ["activity_code", "unit_price_cents"])
        table.row([.text("=HYPERLINK(\"http://x\",\"y\")"), .money(34479)])
        table.row([.date("2024-05-14"), .percent(205, scale: 1)])
        #expect(WorkbookSheet.headerNames(table) == ["Activiteitcode", "Prijs per eenheid (€)"])
        #expect(WorkbookSheet.double(34479, scale: 2) == 344.79)
        let bytes = try Workbook.bytes([table, Table(name: "Prijslijst 2026")])
        #expect(Array(bytes.prefix(4)) == Self.zipSignature)
        #expect(try Workbook.bytes([table]) == Workbook.bytes([table]), "deterministic")
    }
}
