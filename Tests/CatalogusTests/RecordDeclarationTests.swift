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
    /// A resource, its table, the columns whose member goes by another name, and those not
    /// members of the answer read (a hook's secret and version; a line's order; an `inhabitant` line's inhabitants).
    struct Resource: Sendable {
        let table: String
        let schema: String
        let renamed: [String: String]
        var absent: Set<String> = []
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
        Resource(table: "activity_price", schema: "YearPrice", renamed: [:], absent: ["activity_id", "updated_at", "is_example"]) { api in
            let set = try api.asAdmin("PUT", "/api/v1/activities/1/prices/2031", json: ["unit_price_cents": 45000, "vat_rate": 9])
            try #require(set.status == 201, "\(set)")
            return try set.json()
        },
        Resource(table: "registration", schema: "Registration", renamed: ["activity_id": "activity", "location_id": "location"],
                 // Which bulk import wrote it: the server's bookkeeping (migration 0019), not the record's.
                 absent: ["import_id"]) { api in
            try #require(try api.asAdmin("GET", "/api/v1/registrations?limit=1").json().catalogueItems.first)
        },
        Resource(table: "purchase_order", schema: "Order", renamed: [:]) { api in
            let body: JSONValue = ["municipality": "midden-drenthe", "year": 2026, "reference": "Inkoop 1",
                                   "lines": [["activity": 1, "quantity": 2]]]
            let created = try api.asAdmin("POST", "/api/v1/orders", json: body)
            try #require(created.status == 201, "\(created)")
            return try created.json()
        },
        // The hash is read only as whether there is one.
        Resource(table: "app_user", schema: "User", renamed: ["password_hash": "has_password"],
                 absent: ["mail_orders", "mail_reminders"]) { api in
            let created = try api.asAdmin("POST", "/api/v1/users", json: ["email": "nieuw@x.nl", "name": "Nina Nieuw", "role": "viewer"])
            try #require(created.status == 201, "\(created)")
            return try #require(try created.json()["user"])
        },
        // The secret only in the create and rotate answers; the version only in the ETag.
        Resource(table: "webhook", schema: "Webhook", renamed: [:], absent: ["secret", "version"]) { api in
            let created = try api.asAdmin("POST", "/api/v1/webhooks", json: ["url": "https://93.184.216.34/hooks", "events": ["order.created"]])
            try #require(created.status == 201, "\(created)")
            let id = try #require(try created.json()["id"]?.int64Value)
            return try api.asAdmin("GET", "/api/v1/webhooks/\(id)").json()
        },
        // A line of an order: shown priced (or with null prices), its activity by reference.
        Resource(table: "order_line", schema: "OrderLine", renamed: ["activity_id": "activity"], absent: ["order_id", "inhabitants"]) { api in
            let body: JSONValue = ["municipality": "midden-drenthe", "year": 2026, "lines": [["activity": 1, "quantity": 2, "note": "Boekenweek"]]]
            let created = try api.asAdmin("POST", "/api/v1/orders", json: body)
            try #require(created.status == 201, "\(created)")
            return try #require(try created.json()["lines"]?.arrayValue?.first)
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
            let missing = columns.filter { !resource.absent.contains($0) }.map { resource.renamed[$0] ?? $0 }.filter { !members.contains($0) }
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

/// An account's record shows whether it has a password, never the hash: in the answers
/// and in the audit log's snapshots, member for member in the record's order.
@Suite struct UserRecordTests {
    static let members = ["id", "email", "name", "role", "municipality", "active", "has_password", "version", "created_at",
                          "updated_at", "last_sign_in_at"]

    @Test func anAccountIsShownAndAuditedWithoutItsPasswordHash() throws {
        try withDemoApp { app in
            let admin = try app.signedInPerson(email: "beheer@x.nl", name: "Anne Beheer", role: "admin")
            let person = try app.signedInPerson(email: "piet@x.nl", name: "Piet Plan", role: "staff")
            let shown = try app.client().get("/api/v1/users/\(person.userID)", headers: admin.readHeaders)
            #expect(shown.status == 200, "\(shown)")
            let user = try #require(try shown.json().objectValue)
            #expect(user.keys == Self.members)
            #expect(user["has_password"]?.boolValue == true)
            #expect(user["last_sign_in_at"]?.stringValue != nil)
            let changed = try app.client().request("PATCH", "/api/v1/users/\(person.userID)", json: ["name": "Piet Beleid", "role": nil],
                                                   headers: admin.changeHeaders + ["If-Match: \(try #require(shown.header("ETag")))"])
            #expect(changed.status == 200, "\(changed)")
            #expect(try changed.json()["name"]?.stringValue == "Piet Beleid")
            #expect(try changed.json()["role"]?.stringValue == "staff")
            let reset = try app.client().request("POST", "/api/v1/users/\(person.userID)/reset", headers: admin.changeHeaders)
            #expect(reset.status == 200, "\(reset)")
            #expect(try reset.json()["user"]?["has_password"]?.boolValue == false)

            let snapshots = try registrationTestColumn(app, """
                SELECT coalesce(before_json, '') || '|' || coalesce(after_json, '') FROM audit_log
                WHERE entity = 'user' AND entity_id = ? AND action IN ('user.created', 'user.updated', 'user.reset') ORDER BY id
                """, [String(person.userID)])
            #expect(snapshots.count == 3)  // created, updated, reset
            for snapshot in snapshots {
                #expect(!snapshot.contains("scrypt") && !snapshot.contains("password_hash"), "\(snapshot)")
                for part in snapshot.split(separator: "|") {
                    let object = try #require(try JSONParser.parse(String(part)).objectValue)
                    #expect(object.keys == Self.members)
                }
            }
        }
    }
}

/// A hook's record never carries its secret: the list, the hook and the audit log's
/// snapshots go without it; the create and rotate answers show it after `active`.
@Suite struct WebhookRecordTests {
    static let members = ["id", "url", "events", "description", "municipality", "active", "created_at", "updated_at"]

    @Test func aHookIsShownAndAuditedWithoutItsSecret() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let created = try api.asAdmin("POST", "/api/v1/webhooks", json: [
                "url": "https://93.184.216.34/hooks", "events": ["order.created", "order.created"], "description": "Inkoop", "municipality": "emmen",
            ])
            #expect(created.status == 201, "\(created)")
            let answer = try #require(try created.json().objectValue)
            var withSecret = Self.members
            withSecret.insert("secret", at: 6)
            #expect(answer.keys == withSecret)
            #expect(answer["events"] == ["order.created"])
            let id = try #require(answer["id"]?.int64Value)
            let secret = try #require(answer["secret"]?.stringValue)

            let shown = try api.asAdmin("GET", "/api/v1/webhooks/\(id)")
            #expect(try shown.json().objectValue?.keys == Self.members)
            let etag = try #require(shown.header("ETag"))
            let changed = try api.asAdmin("PATCH", "/api/v1/webhooks/\(id)", json: ["active": false, "url": nil], headers: ["If-Match: \(etag)"])
            #expect(changed.status == 200, "\(changed)")
            #expect(try changed.json()["active"]?.boolValue == false)
            #expect(try changed.json()["url"]?.stringValue == "https://93.184.216.34/hooks")
            #expect(try api.asAdmin("PATCH", "/api/v1/webhooks/\(id)", json: ["description": "Anders"],
                                    headers: ["If-Match: \(try #require(changed.header("ETag")))"]).status == 422)
            let rotated = try api.asAdmin("POST", "/api/v1/webhooks/\(id)/rotate-secret")
            #expect(rotated.status == 200, "\(rotated)")
            let newSecret = try #require(try rotated.json()["secret"]?.stringValue)
            let list = try api.asAdmin("GET", "/api/v1/webhooks").json()
            #expect(list["items"]?.arrayValue?.first?.objectValue?.keys == Self.members)

            let snapshots = try registrationTestColumn(app, """
                SELECT coalesce(before_json, '') || '|' || coalesce(after_json, '') FROM audit_log WHERE entity = 'webhook' AND entity_id = ? ORDER BY id
                """, [String(id)])
            #expect(snapshots.count == 3)  // create, update, rotate_secret
            for snapshot in snapshots {
                #expect(!snapshot.contains(secret) && !snapshot.contains(newSecret) && !snapshot.contains("whsec_"), "\(snapshot)")
                for part in snapshot.split(separator: "|") {
                    #expect(try JSONParser.parse(String(part)).objectValue?.keys == Self.members)
                }
            }
        }
    }
}

/// An order's line is written from its record's columns, with what the price decides in
/// between: members and their order as before the record, priced or not.
@Suite struct OrderLineRecordTests {
    static let members = ["line_no", "activity", "quantity", "unit", "unit_price_cents", "vat_rate", "net_cents", "vat_cents",
                          "gross_cents", "note"]

    @Test func aLineIsShownPricedOrWithNullPrices() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            var inhabitantLine = Self.members
            inhabitantLine.insert("inhabitants", at: 6)
            // Activity 43 is priced per inhabitant: in 2026 by midden-drenthe's inhabitants, in 2027 (none known) not at all.
            for (year, shown) in [(2026, inhabitantLine), (2027, Self.members)] {
                let body: JSONValue = ["municipality": "midden-drenthe", "year": .integer(Int64(year)),
                                       "lines": [["activity": 1, "quantity": 2, "note": "Boekenweek"], ["activity": 43, "quantity": 1]]]
                let created = try api.asAdmin("POST", "/api/v1/orders", json: body)
                try #require(created.status == 201, "\(created)")
                let lines = try #require(try created.json()["lines"]?.arrayValue)
                #expect(lines.map { $0.objectValue?.keys ?? [] } == [Self.members, shown], "\(year)")
                #expect(lines.map { $0["note"] ?? "absent" } == ["Boekenweek", JSONValue.null], "\(year)")
                #expect(lines.map { $0["line_no"]?.int64Value } == [1, 2])
                #expect((lines[1]["net_cents"]?.isNull == true) == (year == 2027), "\(year)")
            }
            let quote = try api.asAdmin("POST", "/api/v1/quotes", json: [
                "municipality": "midden-drenthe", "year": 2026, "lines": [["activity": 1, "quantity": 1, "note": "Boekenweek"]],
            ])
            #expect(quote.status == 422, "\(quote)")
            #expect(try quote.json()["errors"]?.arrayValue?.first?["code"]?.stringValue == "field.unknown")
            #expect(try quote.json()["errors"]?.arrayValue?.first?["field"]?.stringValue == "lines[0].note")
        }
    }
}

/// A registration is written from its record's columns, with the activity and the location
/// by reference and the programme after the activity: the same members in the same order
/// in the answers and in the audit log's snapshots, before and after a correction.
@Suite struct RegistrationRecordTests {
    static let members = ["id", "activity", "programme", "municipality", "location", "date", "sessions", "participants", "order_id",
                          "partners", "notes", "version", "created_at", "updated_at"]

    @Test func aRegistrationIsShownAndAuditedMemberForMember() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let created = try app.client().request("POST", "/api/v1/registrations", token: token,
                                                   json: registrationTestBody(["partners": ["Basisschool De Wel"], "notes": "Vol"]))
            try #require(created.status == 201, "\(created)")
            let answer = try created.json()
            #expect(answer.objectValue?.keys == Self.members)
            #expect(answer["activity"]?.objectValue?.keys == ["id", "code", "name"])
            #expect(answer["location"]?.objectValue?.keys == ["id", "name"])
            #expect(answer["partners"] == ["Basisschool De Wel"])
            let id = try #require(answer["id"]?.int64Value)
            let changed = try app.client().request("PATCH", "/api/v1/registrations/\(id)", token: token, json: ["location": nil, "notes": nil])
            #expect(changed.status == 200, "\(changed)")
            #expect(try changed.json().objectValue?.keys == Self.members)
            #expect(try changed.json()["location"]?.isNull == true)
            #expect(try changed.json()["version"]?.int64Value == 2)

            let snapshots = try registrationTestColumn(app, """
                SELECT coalesce(before_json, '') || '|' || coalesce(after_json, '') FROM audit_log
                WHERE entity = 'registration' AND entity_id = ? ORDER BY id
                """, [String(id)])
            #expect(snapshots.count == 2)  // create, update
            for snapshot in snapshots {
                for part in snapshot.split(separator: "|") {
                    #expect(try JSONParser.parse(String(part)).objectValue?.keys == Self.members, "\(part)")
                }
            }
        }
    }
}
