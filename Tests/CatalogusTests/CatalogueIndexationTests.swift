import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `POST /api/v1/prices/indexations`: a new year's prices from an old year's, raised by
/// an exact decimal percentage and rounded half away from zero.
@Suite struct CatalogueIndexationTests {
    @Test func indexationRaisesAndRoundsHalfAwayFromZero() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app, adminName: "indexeerder")
            try api.seedIndexationPrices2030()
            let response = try api.asAdmin("POST", "/api/v1/prices/indexations", json: ["from_year": 2030, "to_year": 2031, "percent": "3.2"])
            #expect(response.status == 201, "\(response)")
            #expect(try response.json() == ["from_year": 2030, "to_year": 2031, "percent": "3.2", "created": 3, "replaced": 0])
            #expect(response.header("Location") == "/api/v1/prices?year=2031")
            let raised = try api.priceTable(year: 2031)
            // 1234 × 1.032 = 1273.488 → 1273; 1250 × 1.032 = 1290; 25 × 1.032 = 25.8 → 26.
            #expect(raised[36]?.cents == 1273)
            #expect(raised[37]?.cents == 1290)
            #expect(raised[38]?.cents == 26)
            #expect(raised[36]?.vat == 9 && raised[37]?.vat == 21 && raised[38]?.vat == 0)
            #expect(raised.count == 3)
            #expect(try api.priceTable(year: 2030)[36]?.cents == 1234)

            let audit = try api.audit(entity: "price_list", id: "2031")
            #expect(audit.first?["action"]?.stringValue == "index")
            #expect(audit.first?["by"]?.stringValue == "indexeerder")
            #expect(audit.first?["after"]?["percent"]?.stringValue == "3.2")
        }
    }

    @Test func indexationRefusesToOverwriteUnlessAsked() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            try api.seedIndexationPrices2030()
            let body: JSONValue = ["from_year": 2030, "to_year": 2031, "percent": "3.2"]
            #expect(try api.asAdmin("POST", "/api/v1/prices/indexations", json: body).status == 201)
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/prices/indexations",
                                                   json: ["from_year": 2030, "to_year": 2031, "percent": "2"]), 409)
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/prices/indexations",
                                                   json: ["from_year": 2030, "to_year": 2031, "percent": "2", "overwrite": false]), 409)
            #expect(try api.priceTable(year: 2031)[36]?.cents == 1273)

            let again = try api.asAdmin("POST", "/api/v1/prices/indexations",
                                        json: ["from_year": 2030, "to_year": 2031, "percent": "2", "overwrite": true])
            #expect(again.status == 201, "\(again)")
            #expect(try again.json()["replaced"]?.int64Value == 3)
            #expect(try again.json()["created"]?.int64Value == 0)
            let raised = try api.priceTable(year: 2031)
            // 1234 × 1.02 = 1258.68 → 1259; 1250 × 1.02 = 1275 exactly; 25 × 1.02 = 25.5 → 26.
            #expect(raised[36]?.cents == 1259)
            #expect(raised[37]?.cents == 1275)
            #expect(raised[38]?.cents == 26)
        }
    }

    @Test func negativeAndFinePercentages() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            try api.seedIndexationPrices2030()
            #expect(try api.asAdmin("POST", "/api/v1/prices/indexations",
                                    json: ["from_year": 2030, "to_year": 2032, "percent": "-2.5"]).status == 201)
            let lowered = try api.priceTable(year: 2032)
            // 1234 × 0.975 = 1203.15 → 1203; 1250 × 0.975 = 1218.75 → 1219; 25 × 0.975 = 24.375 → 24.
            #expect(lowered[36]?.cents == 1203)
            #expect(lowered[37]?.cents == 1219)
            #expect(lowered[38]?.cents == 24)

            #expect(try api.asAdmin("POST", "/api/v1/prices/indexations",
                                    json: ["from_year": 2030, "to_year": 2033, "percent": "0.0405"]).status == 201)
            let fine = try api.priceTable(year: 2033)
            // 1234 × 1.000405 = 1234.49977 → 1234; 1250 × 1.000405 = 1250.50625 → 1251; 25 → 25.010125 → 25.
            #expect(fine[36]?.cents == 1234)
            #expect(fine[37]?.cents == 1251)
            #expect(fine[38]?.cents == 25)
        }
    }

    @Test func idempotentIndexationReplaysTheFirstAnswer() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            try api.seedIndexationPrices2030()
            let body: JSONValue = ["from_year": 2030, "to_year": 2031, "percent": "3.2"]
            let first = try api.asAdmin("POST", "/api/v1/prices/indexations", json: body, headers: ["Idempotency-Key: index-2031"])
            #expect(first.status == 201, "\(first)")
            // Without the key this would be a 409 (2031 has prices now): the replay proves nothing ran.
            let replay = try api.asAdmin("POST", "/api/v1/prices/indexations", json: body, headers: ["Idempotency-Key: index-2031"])
            #expect(replay.status == 201, "\(replay)")
            #expect(replay.header("Idempotent-Replayed") == "true")
            #expect(replay.body == first.body)
            #expect(first.header("Idempotent-Replayed") == nil)
        }
    }
}
