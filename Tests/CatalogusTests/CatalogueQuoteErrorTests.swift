import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Quotes that must be refused with a 422 naming every bad field, overflow included.
@Suite struct CatalogueQuoteErrorTests {
    @Test func overflowingAmountsAre422NotACrash() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let taxed = try #require(try api.createActivity(code: "duur", name: "Duur")["id"]?.int64Value)
            let untaxed = try #require(try api.createActivity(code: "duur-vrij", name: "Duur vrij")["id"]?.int64Value)
            let perHead = try #require(try api.createActivity(code: "duur-per-inwoner", name: "Duur per inwoner", unit: "inhabitant")["id"]?.int64Value)
            try api.setPrice(activity: taxed, year: 2027, cents: 100_000_000_000, vat: 21)
            try api.setPrice(activity: untaxed, year: 2027, cents: 100_000_000_000, vat: 0)
            try api.setPrice(activity: perHead, year: 2027, cents: 100_000_000_000, vat: 0)
            _ = try api.asAdmin("PUT", "/api/v1/municipalities/assen/inhabitants/2027", json: ["count": 100_000_000])

            // 10^11 × 10^9 does not fit in 64 bits.
            catalogueExpectProblem(try api.quote(["municipality": "assen", "year": 2027,
                                                        "lines": [["activity": "duur", "quantity": 1_000_000_000]]]), 422,
                                   fields: ["lines[0].quantity"])
            // A line may reach Money.maxLineCents (10^13 cents, €100 billion): 100 × 10^11 is exact.
            let atCap = try api.quote(["municipality": "assen", "year": 2027, "lines": [["activity": "duur-vrij", "quantity": 100]]])
            #expect(atCap.status == 200, "\(atCap)")
            #expect(catalogueLineAmounts(try atCap.json()["lines"]?.arrayValue?.first) == [10_000_000_000_000, 0, 10_000_000_000_000])
            // One more unit is over the cap: refused, never wrapped or crashed.
            catalogueExpectProblem(try api.quote(["municipality": "assen", "year": 2027,
                                                        "lines": [["activity": "duur-vrij", "quantity": 101]]]), 422,
                                   fields: ["lines[0].quantity"])
            // 9 × 10^18 fits in 64 bits but is far over the cap (and its 21 % VAT product would overflow).
            catalogueExpectProblem(try api.quote(["municipality": "assen", "year": 2027,
                                                        "lines": [["activity": "duur", "quantity": 90_000_000]]]), 422,
                                   fields: ["lines[0].quantity"])
            // 10^11 × 10^8 inhabitants = 10^19.
            catalogueExpectProblem(try api.quote(["municipality": "assen", "year": 2027,
                                                        "lines": [["activity": "duur-per-inwoner", "quantity": 1]]]), 422,
                                   fields: ["lines[0].quantity"])
            #expect(try app.client().get("/healthz", headers: ["Connection: close"]).status == 200)
        }
    }

    @Test func quoteListsEveryBadField() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.quote(["municipality": "atlantis", "year": 1999, "discount": 10]), 422,
                                   fields: ["municipality", "year", "lines", "discount"])
            catalogueExpectProblem(try api.quote(["municipality": "assen", "year": 2024, "lines": []]), 422, fields: ["lines"])
            catalogueExpectProblem(try api.quote(["municipality": "assen", "year": "2024", "lines": "breicafe"]), 422,
                                   fields: ["year", "lines"])
            let lines: JSONValue = [
                ["activity": "breicafe", "quantity": 0],
                ["quantity": 1],
                ["activity": .number(JSONNumber(text: "3.5")), "quantity": "2"],
                ["activity": "breicafe", "quantity": 1, "note": "notes belong on orders"],
                7,
            ]
            catalogueExpectProblem(try api.quote(["municipality": "assen", "year": 2024, "lines": lines]), 422, fields: [
                "lines[0].quantity", "lines[1].activity", "lines[2].activity", "lines[2].quantity", "lines[3].note", "lines[4]",
            ])
        }
    }

    /// One 422 lists every bad field: an unknown municipality and an unknown activity together.
    /// A value the client sent is echoed in the error's `params` and `detail`, cut to
    /// `Message.maxEchoedCharacters`: a 200 KB reference makes an error of a few hundred bytes.
    @Test func anErrorEchoesALongValueCut() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let long = String(repeating: "x", count: 200_000)
            let response = try api.quote(["municipality": "assen", "year": 2024, "lines": [["activity": .string(long), "quantity": 1]]])
            catalogueExpectProblem(response, 422, fields: ["lines[0].activity"])
            #expect(response.body.count < 4096, "\(response.body.count) bytes")
            let error = try #require(try response.json()["errors"]?.arrayValue?.first)
            let echoed = try #require(error["params"]?.objectValue?.first { $0.value.stringValue?.hasPrefix("xxx") == true }?.value.stringValue)
            #expect(echoed == String(repeating: "x", count: Message.maxEchoedCharacters) + "…")
            #expect(error["detail"]?.stringValue?.contains(echoed) == true)
        }
    }

    @Test func quoteListsBadReferencesTogetherWithBadFields() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.quote(["municipality": "atlantis", "year": 2024,
                                                "lines": [["activity": "no-such-activity", "quantity": 1]]])
            catalogueExpectProblem(response, 422, fields: ["municipality", "lines[0].activity"])
        }
    }

    @Test func unknownUnpricedAndArchivedActivitiesAreNamed() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let unpriced = try #require(try api.createActivity(code: "zonder-prijs", name: "Zonder prijs")["id"]?.int64Value)
            #expect(try api.asAdmin("DELETE", "/api/v1/activities/breicafe", headers: ["If-Match: \"1\""]).status == 200)
            let response = try api.quote(["municipality": "assen", "year": 2024, "lines": [
                ["activity": "no-such-activity", "quantity": 1],
                ["activity": .integer(unpriced), "quantity": 1],
                ["activity": "breicafe", "quantity": 1],
                ["activity": "koffieochtend", "quantity": 1],
                ["activity": 999_999, "quantity": 1],
            ]])
            catalogueExpectProblem(response, 422, fields: ["lines[0].activity", "lines[1].activity", "lines[2].activity", "lines[4].activity"])
        }
    }
}
