import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import JSON
import Testing

/// The bodies of PUT municipality, budget and price, read by their records' `field(_:)`:
/// every bad member with its code, in the order the API lists them (issue 21: the
/// declaration moved, the answers did not).
@Suite struct RecordInputErrorTests {
    static let cases: [(path: String, body: String, errors: [String])] = [
        ("/api/v1/municipalities/Bad_Slug", #"{"cbs_code":"1731","inhabitants":[],"mayor":"x","slug":"y","version":2}"#,
         ["mayor field.unknown", "slug municipality.slug_format", "slug field.path_mismatch", "inhabitants field.read_only_here",
          "version field.read_only_here", "cbs_code municipality.cbs_format", "name field.required"]),
        ("/api/v1/municipalities/nieuw", #"{"cbs_code":"GM01060","name":""}"#, ["cbs_code field.too_long", "name field.empty"]),
        ("/api/v1/municipalities/midden-drenthe/budgets/2026", #"{"net_cents":-1,"order_deadline":"2026-02-30","municipality":"x"}"#,
         ["municipality field.unknown", "net_cents field.out_of_range", "order_deadline field.not_date"]),
        ("/api/v1/municipalities/midden-drenthe/budgets/2026", #"{"order_deadline":null}"#, ["net_cents field.required"]),
        ("/api/v1/municipalities/midden-drenthe/budgets/2026", #"{"net_cents":1,"order_deadline":""}"#, ["order_deadline field.empty"]),
        ("/api/v1/municipalities/midden-drenthe/budgets/2026", #"{"net_cents":1,"order_deadline":"2026-03-311"}"#,
         ["order_deadline field.too_long"]),
        ("/api/v1/activities/1/prices/2031", #"{"unit_price_cents":-1,"vat_rate":10,"year":2028,"currency":"EUR","unit":"x"}"#,
         ["currency field.unknown", "unit_price_cents field.out_of_range", "vat_rate prices.vat_rate_invalid", "year field.path_mismatch"]),
        ("/api/v1/activities/1/prices/2031", #"{"unit_price_cents":1.5,"vat_rate":"9"}"#,
         ["unit_price_cents field.not_integer", "vat_rate field.not_integer"]),
        ("/api/v1/activities/1/prices/2031", "{}", ["unit_price_cents field.required", "vat_rate field.required"]),
    ]

    @Test func everyBadMemberWithItsCodeInOrder() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            for example in Self.cases {
                let response = try api.call("PUT", example.path, token: api.admin, body: example.body, contentType: "application/json")
                #expect(response.status == 422, "\(example.path) \(example.body): \(response)")
                let errors = try response.json()["errors"]?.arrayValue ?? []
                let got = errors.map { "\($0["field"]?.stringValue ?? "?") \($0["code"]?.stringValue ?? "?")" }
                #expect(got == example.errors, "\(example.path) \(example.body)")
            }
        }
    }

    /// Budget and price answers keep their members and order: the columns, with the
    /// members that are not columns where they always were.
    @Test func answersKeepTheirMembers() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let budget = try api.asAdmin("PUT", "/api/v1/municipalities/midden-drenthe/budgets/2026",
                                         json: ["net_cents": 5_000_000, "order_deadline": "2026-03-31"])
            #expect(try budget.json().objectValue?.keys == ["municipality", "year", "net_cents", "order_deadline", "committed_net_cents",
                                                            "remaining_net_cents", "updated_at"])
            let price = try api.asAdmin("PUT", "/api/v1/activities/1/prices/2031", json: ["unit_price_cents": 45000, "vat_rate": 9, "year": 2031])
            #expect(try price.json() == ["year": 2031, "unit_price_cents": 45000, "vat_rate": 9, "unit": "activity"])
            let prices = try api.call("GET", "/api/v1/activities/1/prices").catalogueItems
            #expect(prices.last == ["year": 2031, "unit_price_cents": 45000, "vat_rate": 9, "unit": "activity", "published": false])
            let listed = try api.call("GET", "/api/v1/activities?year=2031&limit=500").catalogueItems
            #expect(listed.first { $0["id"]?.int64Value == 1 }?["price"] == ["year": 2031, "unit_price_cents": 45000, "vat_rate": 9, "unit": "activity"])
            #expect(listed.first { $0["id"]?.int64Value == 2 }?["price"] == .null)
            let municipality = try api.call("GET", "/api/v1/municipalities/midden-drenthe").json()
            #expect(municipality.objectValue?.keys == ["slug", "cbs_code", "name", "inhabitants", "locations", "version", "created_at", "updated_at"])
        }
    }
}
