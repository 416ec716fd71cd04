import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import JSON
import Testing

/// The records that declare their fields once (issue 21): every column of the table is a
/// member of the resource, and the resource's members are its OpenAPI schema's, in the
/// same order (optional ones aside). A column a migration adds without its line in the record fails here.
@Suite struct RecordDeclarationTests {
    /// A resource, its table, the columns whose member goes by another name, and those
    /// the resource does not show.
    struct Resource: Sendable {
        let table: String
        let schema: String
        let renamed: [String: String]
        var unshown: Set<String> = []
        let read: @Sendable (CatalogueAPI) throws -> JSONValue
    }

    static let resources: [Resource] = [
        Resource(table: "activity", schema: "Activity", renamed: ["audience_list": "audiences"]) { api in
            try api.call("GET", "/api/v1/activities/1").json()
        },
        Resource(table: "location", schema: "Location", renamed: [:]) { api in
            try api.call("GET", "/api/v1/locations/1").json()
        },
        Resource(table: "municipality", schema: "Municipality", renamed: [:]) { api in
            try api.call("GET", "/api/v1/municipalities/midden-drenthe").json()
        },
        Resource(table: "budget", schema: "Budget", renamed: [:]) { api in
            let set = try api.asAdmin("PUT", "/api/v1/municipalities/midden-drenthe/budgets/2026",
                                      json: ["net_cents": 5_000_000, "order_deadline": "2026-03-31"])
            try #require(set.status == 201, "\(set)")
            return try set.json()
        },
        // A price is keyed by the path's activity; its time and example flag are the server's.
        Resource(table: "activity_price", schema: "YearPrice", renamed: [:], unshown: ["activity_id", "updated_at", "is_example"]) { api in
            let set = try api.asAdmin("PUT", "/api/v1/activities/1/prices/2031", json: ["unit_price_cents": 45000, "vat_rate": 9])
            try #require(set.status == 201, "\(set)")
            return try set.json()
        },
        Resource(table: "registration", schema: "Registration", renamed: ["activity_id": "activity", "location_id": "location"]) { api in
            try #require(try api.asAdmin("GET", "/api/v1/registrations?limit=1").json().catalogueItems.first)
        },
        Resource(table: "purchase_order", schema: "Order", renamed: [:]) { api in
            let body: JSONValue = ["municipality": "midden-drenthe", "year": 2026, "reference": "Inkoop 1",
                                   "lines": [["activity": 1, "quantity": 2]]]
            let created = try api.asAdmin("POST", "/api/v1/orders", json: body)
            try #require(created.status == 201, "\(created)")
            return try created.json()
        },
    ]

    @Test(arguments: resources.indices)
    func everyColumnIsAMemberAndEveryMemberIsInTheSchema(_ index: Int) throws {
        let resource = Self.resources[index]
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let members = try #require(try resource.read(api).objectValue).keys
            let columns = try registrationTestColumn(app, "SELECT name FROM pragma_table_info(?) ORDER BY cid", [resource.table])
            #expect(!columns.isEmpty)
            let missing = columns.filter { !resource.unshown.contains($0) }.map { resource.renamed[$0] ?? $0 }.filter { !members.contains($0) }
            #expect(missing.isEmpty, "\(resource.table): columns \(missing) are not in the resource")
            let document = try app.client().get("/openapi.json").json()
            let schema = try #require(document["components"]?["schemas"]?[resource.schema])
            let properties = try #require(schema["properties"]?.objectValue).keys
            // In order; a member the schema marks optional (an activity's `price`) may be absent.
            #expect(properties.filter(members.contains) == members, "\(resource.schema)")
            let required = Set(schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            #expect(required.isSubset(of: members), "\(resource.schema)")
        }
    }
}
