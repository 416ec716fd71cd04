import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Every statistics endpoint answers CSV (RFC 4180, header row) with `Accept: text/csv` or
/// `?output=csv`, and `;` with a BOM for Dutch spreadsheets; the numbers match the JSON.
@Suite struct StatisticsCSVTests {
    /// Lines split on CRLF, cells on the separator (none of the checked cells is quoted).
    static func table(_ response: TestResponse, separator: Character = ",") -> [[String]] {
        var text = response.text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.split(separator: "\r\n").map { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
    }

    static func csv(_ client: HTTPTestClient, _ path: String, token: String, accept: Bool = true,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> TestResponse {
        let response = try client.request("GET", path, token: token, headers: accept ? ["Accept: text/csv"] : [])
        try #require(response.status == 200, "\(path): \(response)", sourceLocation: sourceLocation)
        #expect(response.header("Content-Type")?.hasPrefix("text/csv") == true, "\(path)", sourceLocation: sourceLocation)
        return response
    }

    @Test func municipalityReportAsCSV() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let path = "/api/v1/stats/municipalities/midden-drenthe?year=2024"
            let table = Self.table(try Self.csv(client, path, token: viewer))
            let header = try #require(table.first)
            #expect(header.count >= 3)
            #expect(table.dropFirst().allSatisfy { $0.count == header.count }, "every row has the header's width")
            let json = try client.request("GET", path, token: viewer).json()
            // Each printed figure appears with its value on a row naming its code.
            for (code, value) in StatisticsReportTests.printedFigures {
                #expect(table.contains { $0.contains(code) && $0.last == value }, "\(code) = \(value) not in the CSV")
                #expect(registrationTestNumberText(json["figures"]?[code]?["value"]) == value)
            }
            #expect(table.contains { $0.contains("loans_online_total") && $0.last == "123551" })
            #expect(table.contains { $0.contains("platform") && $0.contains("participants") && $0.last == "1084" })

            let dutch = try Self.csv(client, path + "&output=csv&sep=%3B", token: viewer, accept: false)
            #expect(Array(dutch.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let dutchTable = Self.table(dutch, separator: ";")
            #expect(dutchTable.count == table.count)
            // For people: a decimal comma.
            #expect(dutchTable.contains { $0.contains("participation_rate") && $0.last == "20,5" }, "\(dutchTable.prefix(3))")
        }
    }

    @Test func overviewAsCSV() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let table = Self.table(try Self.csv(client, "/api/v1/stats/overview?year=2024", token: viewer))
            let header = try #require(table.first)
            let slug = try #require(header.firstIndex(of: "municipality"))
            let members = try #require(header.firstIndex(of: "members_total"))
            let activities = try #require(header.firstIndex(of: "activities"))
            let rows = table.dropFirst()
            #expect(rows.count == 13, "12 municipalities and the organisation")
            let demo = try #require(rows.first { $0[slug] == "midden-drenthe" })
            #expect(demo[members] == "6984")
            #expect(demo[activities] == String(try registrationTestCount(app, "SELECT count(*) FROM registration WHERE date LIKE '2024-%'")))
            #expect(rows.first { $0[slug] == "westerveld" }?[members] == "", "never recorded → empty cell")

            let dutch = try Self.csv(client, "/api/v1/stats/overview?year=2024&output=csv&sep=%3B", token: viewer, accept: false)
            #expect(Array(dutch.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(Self.table(dutch, separator: ";").first == header.map(Vocabulary.columnTerms.label), "Dutch column names")
        }
    }

    @Test func timeSeriesAsCSV() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let client = try app.client()
            let query = "/api/v1/stats/timeseries?measure=participants&interval=quarter&from=2023-01-01&to=2024-12-31"
            let table = Self.table(try Self.csv(client, query, token: viewer))
            #expect(table.first == ["period", "value"], "the columns are named as in the JSON")
            let json = try client.request("GET", query, token: viewer).json()
            let points = (json["items"]?.arrayValue ?? []).map { [$0["period"]?.stringValue ?? "", String($0["value"]?.int64Value ?? -1)] }
            #expect(Array(table.dropFirst()) == points)
            #expect(points.count == 8)

            let viaQuery = try Self.csv(client, query + "&output=csv", token: viewer, accept: false)
            #expect(Self.table(viaQuery) == table)
        }
    }

    @Test func unknownSeparatorIs422() throws {
        try withDemoApp { app in
            let viewer = try registrationTestToken(app, .viewer)
            let response = try app.client().request("GET", "/api/v1/stats/overview?year=2024&output=csv&sep=%7C", token: viewer)
            #expect(response.status == 422, "\(response)")
        }
    }
}
