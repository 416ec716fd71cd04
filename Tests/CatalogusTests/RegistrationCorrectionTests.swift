import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `PATCH` and `DELETE /api/v1/registrations/{id}`: corrections are audited, and the
/// monthly aggregates (hence the statistics) follow every change.
@Suite struct RegistrationCorrectionTests {
    static func programme(_ report: JSONValue, _ code: String) -> JSONValue? {
        report["programmes"]?.arrayValue?.first { $0["code"]?.stringValue == code }
    }

    static func auditEntries(_ app: RunningApp, id: Int64) throws -> [JSONValue] {
        let admin = try registrationTestToken(app, .admin)
        let response = try app.client().request("GET", "/api/v1/audit?entity=registration&id=\(id)", token: admin)
        try #require(response.status == 200, "\(response)")
        return try response.json()["items"]?.arrayValue ?? []
    }

    @Test func patchIsAuditedAndTheStatisticsFollow() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let path = "/api/v1/stats/municipalities/midden-drenthe?year=2024"
            let before = try client.request("GET", path, token: staff).json()
            let id: Int64 = 500  // koffieochtend (platform), 2024-05-03, 10 participants in the demo data
            let current = try client.request("GET", "/api/v1/registrations/\(id)", token: staff).json()
            let oldParticipants = try #require(current["participants"]?.int64Value)

            let response = try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff,
                                              json: ["participants": .integer(oldParticipants + 25), "notes": "Geteld na afloop"])
            try #require(response.status == 200, "\(response)")
            let patched = try response.json()
            #expect(patched["participants"]?.int64Value == oldParticipants + 25)
            #expect(patched["version"]?.int64Value == (current["version"]?.int64Value ?? 0) + 1)
            #expect(patched["date"] == current["date"], "fields not in the PATCH stay")
            #expect(patched["location"] == current["location"])

            let entries = try Self.auditEntries(app, id: id)
            let update = try #require(entries.first { $0["action"]?.stringValue == "update" })
            #expect(update["before"]?["participants"]?.int64Value == oldParticipants)
            #expect(update["after"]?["participants"]?.int64Value == oldParticipants + 25)
            #expect(update["by"]?.stringValue?.hasPrefix("staff-") == true)

            let after = try client.request("GET", path, token: staff).json()
            let was = Self.programme(before, "platform")?["participants"]?.int64Value ?? 0
            #expect(Self.programme(after, "platform")?["participants"]?.int64Value == was + 25)
            #expect(after["figures"]?["platform_participants"]?["value"]?.int64Value == was + 25)
            #expect(try registrationTestAggregateMismatches(app) == [])
        }
    }

    @Test func movingDateMunicipalityAndActivityKeepsTheAggregatesExact() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let ids = try registrationTestColumn(app, "SELECT id FROM registration WHERE date LIKE '2024-%' ORDER BY id LIMIT 6")
                .compactMap(Int64.init)
            try #require(ids.count == 6)
            let patches: [JSONValue] = [
                ["date": "2023-01-31"],                                      // to another year
                ["date": "2024-12-01", "participants": 0, "sessions": 3],    // to another month, counts changed
                ["municipality": "assen", "location": 18, "order_id": .null],  // to another municipality (the order is Midden-Drenthe's)
                ["activity": "digivitaler"],                                 // to another activity and programme
                ["activity": "filmavond", "municipality": "westerveld", "location": .null, "order_id": .null, "date": "2022-06-15"],
                ["notes": "alleen een notitie"],                             // no counted field
            ]
            for (id, patch) in zip(ids, patches) {
                let response = try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff, json: patch)
                #expect(response.status == 200, "\(patch): \(response)")
                #expect(try registrationTestAggregateMismatches(app) == [], "after \(patch)")
            }
            #expect(try registrationTestColumn(app, "SELECT municipality FROM registration WHERE id = ?", [ids[2]]) == ["assen"])

            // Deleting the moved rows empties their new months again.
            for id in ids {
                let response = try client.request("DELETE", "/api/v1/registrations/\(id)", token: staff)
                #expect(response.status == 204, "\(response)")
            }
            #expect(try registrationTestAggregateMismatches(app) == [])
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration_month WHERE municipality IN ('assen', 'westerveld')") == 0)
        }
    }

    @Test func refusedCorrectionsChangeNothing() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let id: Int64 = 500
            let before = try client.request("GET", "/api/v1/registrations/\(id)", token: staff).json()
            let refusals: [(JSONValue, String)] = [
                (["location": 18], "location"),                         // Assen's location for Midden-Drenthe
                (["municipality": "assen"], "location"),                // keeps location 1, which is Midden-Drenthe's
                (["date": .string(registrationTestAmsterdamDate(daysFromToday: 2))], "date"),
                (["participants": -1], "participants"),
                (["activity": "nope"], "activity"),
                (["id": 7], "id"),
            ]
            for (patch, field) in refusals {
                let response = try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff, json: patch)
                #expect(response.status == 422, "\(patch): \(response)")
                #expect(try registrationTestFieldErrors(response).map(\.field).contains(field), "\(patch): \(response)")
            }
            let stale = try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff, json: ["participants": 1],
                                           headers: ["If-Match: \"999\""])
            #expect(stale.status == 412, "\(stale)")
            #expect(try client.request("GET", "/api/v1/registrations/\(id)", token: staff).json() == before)
            #expect(try client.request("PATCH", "/api/v1/registrations/99999", token: staff, json: ["participants": 1]).status == 404)
            #expect(try Self.auditEntries(app, id: id).isEmpty)
        }
    }

    @Test func deleteIsAuditedAndTheStatisticsFollow() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let path = "/api/v1/stats/municipalities/midden-drenthe?year=2024"
            let before = try client.request("GET", path, token: staff).json()
            let id: Int64 = 500
            let registration = try client.request("GET", "/api/v1/registrations/\(id)", token: staff).json()
            let participants = try #require(registration["participants"]?.int64Value)

            let response = try client.request("DELETE", "/api/v1/registrations/\(id)", token: staff)
            #expect(response.status == 204, "\(response)")
            #expect(try client.request("GET", "/api/v1/registrations/\(id)", token: staff).status == 404)
            #expect(try client.request("DELETE", "/api/v1/registrations/\(id)", token: staff).status == 404)

            let deleted = try #require(try Self.auditEntries(app, id: id).first { $0["action"]?.stringValue == "delete" })
            #expect(deleted["before"]?["participants"]?.int64Value == participants)
            #expect(deleted["after"] == .null)

            let after = try client.request("GET", path, token: staff).json()
            let platform = (before: Self.programme(before, "platform"), after: Self.programme(after, "platform"))
            #expect(platform.after?["activities"]?.int64Value == (platform.before?["activities"]?.int64Value ?? 0) - 1)
            #expect(platform.after?["participants"]?.int64Value == (platform.before?["participants"]?.int64Value ?? 0) - participants)
            #expect(try registrationTestAggregateMismatches(app) == [])
        }
    }

    @Test func createAndBulkAreAuditedToo() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let created = try client.request("POST", "/api/v1/registrations", token: staff, json: registrationTestBody())
            let id = try #require(try created.json()["id"]?.int64Value)
            #expect(try Self.auditEntries(app, id: id).contains { $0["action"]?.stringValue == "create" })
            let bulk = try client.request("POST", "/api/v1/registrations/bulk", token: staff, json: [registrationTestBody(), registrationTestBody()])
            #expect(bulk.status == 201, "\(bulk)")
            #expect(try registrationTestCount(app, "SELECT count(*) FROM audit_log WHERE entity = 'registration' AND action = 'bulk_create'") == 1)
        }
    }

    /// Sessions follow the activity when a correction changes it without naming sessions:
    /// the row must read as if it had been registered for the new activity (a course's four
    /// sessions must not stick to a one-off meeting).
    @Test func changingTheActivityResetsSessionsToTheNewActivitysDefault() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let course = try client.request("POST", "/api/v1/registrations", token: staff, json: registrationTestBody(["activity": "klik-en-tik"]))
            let id = try #require(try course.json()["id"]?.int64Value)
            let perCourse = try registrationTestCount(app, "SELECT sessions_per_unit FROM activity WHERE code = 'klik-en-tik'")
            #expect(try course.json()["sessions"]?.int64Value == perCourse)
            let fresh = try client.request("POST", "/api/v1/registrations", token: staff, json: registrationTestBody(["activity": "breicafe"]))
            let meetingDefault = try #require(try fresh.json()["sessions"]?.int64Value)

            let moved = try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff, json: ["activity": "breicafe"])
            #expect(moved.status == 200, "\(moved)")
            #expect(try moved.json()["sessions"]?.int64Value == meetingDefault,
                    "PATCH {activity: breicafe} kept the course's \(perCourse) sessions; a new breicafe registration has \(meetingDefault)")
            let back = try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff, json: ["activity": "digivitaler"])
            #expect(try back.json()["sessions"]?.int64Value == (try registrationTestCount(app, "SELECT sessions_per_unit FROM activity WHERE code = 'digivitaler'")))
            let explicit = try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff, json: ["activity": "breicafe", "sessions": 2])
            #expect(try explicit.json()["sessions"]?.int64Value == 2)
            #expect(try registrationTestAggregateMismatches(app) == [])
        }
    }

    @Test func ifMatchIsHonouredAndConditionalGetAnswers304() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let current = try client.request("GET", "/api/v1/registrations/500", token: staff)
            let etag = try #require(current.header("ETag"))
            #expect(try client.request("GET", "/api/v1/registrations/500", token: staff, headers: ["If-None-Match: \(etag)"]).status == 304)
            let patched = try client.request("PATCH", "/api/v1/registrations/500", token: staff, json: ["participants": 4],
                                             headers: ["If-Match: \(etag)"])
            #expect(patched.status == 200, "\(patched)")
            #expect(patched.header("ETag") != etag)
            #expect(try client.request("DELETE", "/api/v1/registrations/500", token: staff, headers: ["If-Match: \(etag)"]).status == 412)
            #expect(try client.request("GET", "/api/v1/registrations/500", token: staff, headers: ["If-None-Match: \(etag)"]).status == 200)
        }
    }
}
