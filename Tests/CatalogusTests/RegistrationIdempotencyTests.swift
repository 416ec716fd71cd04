import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `Idempotency-Key` on the creating POSTs of registrations (docs/api.md#idempotency): the same
/// key and body again returns the first response and creates nothing; another body → 422.
@Suite struct RegistrationIdempotencyTests {
    @Test func singleCreateIsReplayedNotRepeated() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let before = try registrationTestCount(app, "SELECT count(*) FROM registration")
            let key = ["Idempotency-Key: reg-\(UUID().uuidString)"]
            let first = try client.request("POST", "/api/v1/registrations", token: staff, json: registrationTestBody(), headers: key)
            try #require(first.status == 201, "\(first)")
            // The same JSON value with its members in another order is the same body.
            let reordered: JSONValue = ["participants": 11, "date": "2024-05-14", "location": 1, "municipality": "midden-drenthe",
                                        "activity": "breicafe"]
            let again = try client.request("POST", "/api/v1/registrations", token: staff, json: reordered, headers: key)
            #expect(again.status == 201, "\(again)")
            #expect(again.header("Idempotent-Replayed") == "true")
            #expect(try again.json() == first.json())
            #expect(again.header("Location") == first.header("Location"))
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before + 1)

            let other = try client.request("POST", "/api/v1/registrations", token: staff,
                                           json: registrationTestBody(["participants": 12]), headers: key)
            #expect(other.status == 422, "\(other)")
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before + 1)

            // Keys are per token: another token's identical key is a new request.
            let otherStaff = try registrationTestToken(app, .staff)
            #expect(try client.request("POST", "/api/v1/registrations", token: otherStaff, json: registrationTestBody(), headers: key).status == 201)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before + 2)
        }
    }

    @Test func bulkCSVIsReplayedNotRepeated() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let csv = ([RegistrationBulkTests.csvHeader] + RegistrationBulkTests.csvRows(50)).joined(separator: "\n") + "\n"
            let key = ["Idempotency-Key: bulk-\(UUID().uuidString)"]
            let before = try registrationTestCount(app, "SELECT count(*) FROM registration")
            let first = try client.request("POST", "/api/v1/registrations/bulk", token: staff, body: csv, contentType: "text/csv", headers: key)
            try #require(first.status == 201, "\(first)")
            let again = try client.request("POST", "/api/v1/registrations/bulk", token: staff, body: csv, contentType: "text/csv", headers: key)
            #expect(again.status == 201, "\(again)")
            #expect(again.header("Idempotent-Replayed") == "true")
            #expect(try again.json()["ids"] == first.json()["ids"])
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before + 50)

            // A failed bulk is not remembered: the corrected retry with the same key goes through.
            let badKey = ["Idempotency-Key: bulk-\(UUID().uuidString)"]
            let bad = try client.request("POST", "/api/v1/registrations/bulk", token: staff,
                                         json: [registrationTestBody(["participants": -1])], headers: badKey)
            #expect(bad.status == 422, "\(bad)")
            let fixed = try client.request("POST", "/api/v1/registrations/bulk", token: staff, json: [registrationTestBody()], headers: badKey)
            #expect(fixed.status == 201, "\(fixed)")
        }
    }
}
