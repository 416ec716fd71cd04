import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Indexations that must be refused: a percent that is not a decimal string, bad fields,
/// other roles, and a result above the largest price.
@Suite struct CatalogueIndexationErrorTests {
    @Test func percentMustBeADecimalString() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            try api.seedIndexationPrices2030()
            let number = try api.asAdmin("POST", "/api/v1/prices/indexations",
                                         json: ["from_year": 2030, "to_year": 2031, "percent": .number(JSONNumber(text: "3.2"))])
            catalogueExpectProblem(number, 422, fields: ["percent"])
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/prices/indexations", json: ["from_year": 2030, "to_year": 2031, "percent": 3]),
                                   422, fields: ["percent"])
            for bad in ["3,2", "abc", "3.21234", "-100", "-250", "1e2", "", ".5", "5.", "1000", "3.2%", " 3.2", "--1"] {
                let response = try api.asAdmin("POST", "/api/v1/prices/indexations",
                                               json: ["from_year": 2030, "to_year": 2031, "percent": .string(bad)])
                catalogueExpectProblem(response, 422, fields: ["percent"])
            }
            #expect(try api.priceTable(year: 2031).isEmpty)
        }
    }

    @Test func indexationListsEveryBadField() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.asAdmin("POST", "/api/v1/prices/indexations",
                                           json: ["from_year": 1999, "to_year": "2031", "overwrite": "yes", "round": "up"])
            catalogueExpectProblem(response, 422, fields: ["from_year", "to_year", "percent", "overwrite", "round"])
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/prices/indexations",
                                                   json: ["from_year": 2030, "to_year": 2030, "percent": "1"]), 422, fields: ["to_year"])
            // A year without prices has nothing to index.
            catalogueExpectProblem(try api.asAdmin("POST", "/api/v1/prices/indexations",
                                                   json: ["from_year": 2040, "to_year": 2041, "percent": "1"]), 422, fields: ["from_year"])
        }
    }

    @Test func indexationIsForAdminsOnly() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let body: JSONValue = ["from_year": 2026, "to_year": 2027, "percent": "2"]
            catalogueExpectProblem(try api.call("POST", "/api/v1/prices/indexations", json: body), 401)
            catalogueExpectProblem(try api.call("POST", "/api/v1/prices/indexations", token: try api.revokedToken(), json: body), 401)
            for role in [Role.staff, .viewer] {
                catalogueExpectProblem(try api.call("POST", "/api/v1/prices/indexations", token: try api.token(role, name: "r-\(role.rawValue)"),
                                                    json: body), 403)
            }
            #expect(try api.priceTable(year: 2027).isEmpty)
        }
    }

    @Test func indexingAPriceOverTheLimitIs422NotACrash() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            try api.setPrice(activity: 36, year: 2030, cents: 100_000_000_000, vat: 9)
            let response = try api.asAdmin("POST", "/api/v1/prices/indexations", json: ["from_year": 2030, "to_year": 2031, "percent": "999.9999"])
            catalogueExpectProblem(response, 422)
            #expect(try api.priceTable(year: 2031).isEmpty)
            #expect(try app.client().get("/healthz", headers: ["Connection: close"]).status == 200)
        }
    }
}
