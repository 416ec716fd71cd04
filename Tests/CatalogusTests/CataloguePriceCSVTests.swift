import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// The price list as CSV: RFC 4180 quoting, `sep=;` with a BOM, UTF-8, paging links.
@Suite struct CataloguePriceCSVTests {
    @Test func priceListAsCSVQuotesPerRFC4180() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let tricky = try api.createActivity(code: "lezen-schrijven-rekenen", name: "Lezen, \"schrijven\" & rekenen",
                                                programme: "geletterdheid")
            let semicolon = try api.createActivity(code: "taal-en-rekenen", name: "Taal; en rekenen", programme: "geletterdheid")
            let trickyID = try #require(tricky["id"]?.int64Value)
            let semicolonID = try #require(semicolon["id"]?.int64Value)
            try api.setPrice(activity: trickyID, year: 2027, cents: 1234, vat: 9)
            try api.setPrice(activity: semicolonID, year: 2027, cents: 500, vat: 0)

            let header = "activity_id,activity_code,activity_name,programme,unit,unit_price_cents,vat_rate"
            let expected = header + "\r\n"
                + "\(trickyID),lezen-schrijven-rekenen,\"Lezen, \"\"schrijven\"\" & rekenen\",geletterdheid,session,1234,9\r\n"
                // Quoted in a comma file too: a Dutch Excel splits it on ';' (issue 20, item 6).
                + "\(semicolonID),taal-en-rekenen,\"Taal; en rekenen\",geletterdheid,session,500,0\r\n"
            for (query, accept) in [("", "Accept: text/csv"), ("&output=csv", "Accept: */*"), ("&output=csv&sep=%2C", "Accept: */*")] {
                let response = try api.call("GET", "/api/v1/prices?year=2027\(query)", headers: [accept])
                #expect(response.status == 200, "\(response)")
                #expect(response.header("Content-Type")?.hasPrefix("text/csv") == true, "\(response)")
                #expect(response.text == expected, "\(query): \(response.text)")
            }

            let dutch = try api.call("GET", "/api/v1/prices?year=2027&sep=%3B", headers: ["Accept: text/csv"])
            #expect(dutch.status == 200, "\(dutch)")
            #expect(Array(dutch.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
            // For a Dutch spreadsheet: Dutch column names, the unit's label, euros with a decimal comma.
            let dutchHeader = header.split(separator: ",").map { Vocabulary.columnTerms.label(String($0)) }.joined(separator: ";")
            let session = Vocabulary.unitTerms.label("session")
            let dutchExpected = dutchHeader + "\r\n"
                + "\(trickyID);lezen-schrijven-rekenen;\"Lezen, \"\"schrijven\"\" & rekenen\";geletterdheid;\(session);12,34;9\r\n"
                + "\(semicolonID);taal-en-rekenen;\"Taal; en rekenen\";geletterdheid;\(session);5,00;0\r\n"
            #expect(String(decoding: dutch.body.dropFirst(3), as: UTF8.self) == dutchExpected)
        }
    }

    @Test func priceListCSVKeepsAccentsAsUTF8() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/prices?year=2024&programme=platform", headers: ["Accept: text/csv"])
            #expect(response.status == 200, "\(response)")
            let lines = response.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first == "activity_id,activity_code,activity_name,programme,unit,unit_price_cents,vat_rate")
            #expect(lines.count == 9)
            #expect(lines.contains("36,breicafe,Het Breicafé,platform,session,6500,9"))
            #expect(response.body.starts(with: Array("activity_id".utf8)))
            #expect(response.body.firstRange(of: Array("Breicaf\u{E9}".utf8)) != nil)
        }
    }

    @Test func pagedCSVLinksToTheNextPageOfTheSameFilter() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let first = try api.call("GET", "/api/v1/prices?year=2024&programme=platform&limit=3", headers: ["Accept: text/csv"])
            #expect(first.status == 200, "\(first)")
            let link = try #require(first.header("Link"), "\(first)")
            let target = try #require(link.split(separator: ">").first.map { String($0.dropFirst()) })
            let second = try api.call("GET", target, headers: ["Accept: text/csv"])
            #expect(second.status == 200, "\(second)")
            let rows = second.text.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            #expect(rows.count == 3, "\(second.text)")
            #expect(rows.allSatisfy { $0.contains(",platform,") }, "\(link) gave \(second.text)")
        }
    }
}
