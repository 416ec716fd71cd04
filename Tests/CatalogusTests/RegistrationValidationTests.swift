import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `POST /api/v1/registrations`: what is accepted, and every rule that refuses a body.
@Suite struct RegistrationValidationTests {
    /// One refused body: the field the 422 must name.
    struct Refusal: CustomStringConvertible {
        let name: String
        let body: JSONValue
        let field: String
        var description: String { name }
    }

    static func refusals() -> [Refusal] {
        let tomorrow = registrationTestAmsterdamDate(daysFromToday: 1)
        let nextYear = registrationTestAmsterdamDate(daysFromToday: 366)
        return [
            Refusal(name: "date tomorrow in Amsterdam", body: registrationTestBody(["date": .string(tomorrow)]), field: "date"),
            Refusal(name: "date next year", body: registrationTestBody(["date": .string(nextYear)]), field: "date"),
            Refusal(name: "date not a day", body: registrationTestBody(["date": "2024-02-30"]), field: "date"),
            Refusal(name: "date not ISO", body: registrationTestBody(["date": "14-05-2024"]), field: "date"),
            Refusal(name: "date missing", body: registrationTestBody(removing: ["date"]), field: "date"),
            Refusal(name: "participants negative", body: registrationTestBody(["participants": -1]), field: "participants"),
            Refusal(name: "participants text", body: registrationTestBody(["participants": "ten"]), field: "participants"),
            Refusal(name: "participants fraction", body: registrationTestBody(["participants": .number(JSONNumber(text: "2.5"))]),
                    field: "participants"),
            Refusal(name: "participants missing", body: registrationTestBody(removing: ["participants"]), field: "participants"),
            Refusal(name: "sessions negative", body: registrationTestBody(["sessions": -1]), field: "sessions"),
            Refusal(name: "location of Assen for Midden-Drenthe", body: registrationTestBody(["location": 18]), field: "location"),
            Refusal(name: "location unknown", body: registrationTestBody(["location": 9999]), field: "location"),
            Refusal(name: "location not an id", body: registrationTestBody(["location": "Beilen"]), field: "location"),
            Refusal(name: "activity code unknown", body: registrationTestBody(["activity": "no-such-activity"]), field: "activity"),
            Refusal(name: "activity id unknown", body: registrationTestBody(["activity": 9999]), field: "activity"),
            Refusal(name: "activity missing", body: registrationTestBody(removing: ["activity"]), field: "activity"),
            Refusal(name: "activity an object", body: registrationTestBody(["activity": ["id": 36]]), field: "activity"),
            Refusal(name: "municipality unknown", body: registrationTestBody(["municipality": "atlantis", "location": .null]),
                    field: "municipality"),
            Refusal(name: "municipality missing", body: registrationTestBody(removing: ["municipality", "location"]),
                    field: "municipality"),
            Refusal(name: "order unknown", body: registrationTestBody(["order_id": 9999]), field: "order_id"),
            // Demo order 1 is Midden-Drenthe's; Assen's registration cannot count against it.
            Refusal(name: "order of another municipality",
                    body: registrationTestBody(["municipality": "assen", "location": 18, "order_id": 1]), field: "order_id"),
            Refusal(name: "partners a string", body: registrationTestBody(["partners": "Welzijnswerk"]), field: "partners"),
            Refusal(name: "partners numbers", body: registrationTestBody(["partners": [1, 2]]), field: "partners"),
            Refusal(name: "partners empty name", body: registrationTestBody(["partners": [""]]), field: "partners"),
            Refusal(name: "partners too many",
                    body: registrationTestBody(["partners": .array((1...21).map { .string("Partner \($0)") })]), field: "partners"),
            Refusal(name: "partners name too long",
                    body: registrationTestBody(["partners": [.string(String(repeating: "x", count: 201))]]), field: "partners"),
            Refusal(name: "unknown field", body: registrationTestBody(["participant_names": ["Jan"]]), field: "participant_names"),
            Refusal(name: "notes too long", body: registrationTestBody(["notes": .string(String(repeating: "n", count: 2001))]),
                    field: "notes"),
        ]
    }

    @Test func everyRuleRefusesWith422NamingTheFieldAndSavesNothing() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let client = try app.client()
            let before = try registrationTestCount(app, "SELECT count(*) FROM registration")
            for refusal in Self.refusals() {
                let response = try client.request("POST", "/api/v1/registrations", token: token, json: refusal.body)
                #expect(response.status == 422, "\(refusal): \(response)")
                #expect(response.header("Content-Type")?.hasPrefix("application/problem+json") == true, "\(refusal)")
                let fields = try registrationTestFieldErrors(response).map(\.field)
                #expect(fields.contains(refusal.field), "\(refusal): fields \(fields)")
            }
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before)
        }
    }

    @Test func severalProblemsAreListedTogether() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let body = registrationTestBody(["activity": "nope", "participants": -3, "date": "2024-13-01", "colour": "red"])
            let response = try app.client().request("POST", "/api/v1/registrations", token: token, json: body)
            #expect(response.status == 422, "\(response)")
            let fields = Set(try registrationTestFieldErrors(response).map(\.field))
            #expect(fields.isSuperset(of: ["activity", "participants", "date", "colour"]), "\(fields)")
        }
    }

    @Test func todayInAmsterdamAndZeroParticipantsAreAccepted() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let today = registrationTestAmsterdamDate(daysFromToday: 0)
            let body = registrationTestBody(["date": .string(today), "participants": 0])
            let response = try app.client().request("POST", "/api/v1/registrations", token: token, json: body)
            #expect(response.status == 201, "\(response)")
            #expect(try response.json()["date"]?.stringValue == today)
            #expect(try response.json()["participants"]?.int64Value == 0)
        }
    }

    @Test func createdRegistrationIsStoredAndServed() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let client = try app.client()
            let body = registrationTestBody(["activity": "klik-en-tik", "location": 2, "date": "2024-06-03", "participants": 7,
                                             "order_id": 1, "partners": ["Welzijnswerk Midden-Drenthe", "Stichting Lezen"],
                                             "notes": "Cursus in het dorpshuis, café erbij"])
            let response = try client.request("POST", "/api/v1/registrations", token: token, json: body)
            try #require(response.status == 201, "\(response)")
            let created = try response.json()
            let id = try #require(created["id"]?.int64Value)
            #expect(response.header("Location") == "/api/v1/registrations/\(id)")
            #expect(response.header("ETag") != nil)
            #expect(created["activity"]?["code"]?.stringValue == "klik-en-tik")
            #expect(created["programme"]?.stringValue == "digitale-vaardigheden")
            #expect(created["municipality"]?.stringValue == "midden-drenthe")
            #expect(created["location"]?["id"]?.int64Value == 2)
            #expect(created["participants"]?.int64Value == 7)
            #expect(created["order_id"]?.int64Value == 1)
            #expect(created["partners"] == ["Welzijnswerk Midden-Drenthe", "Stichting Lezen"])
            #expect(created["notes"]?.stringValue == "Cursus in het dorpshuis, café erbij")
            #expect(created["version"]?.int64Value == 1)
            // A course without `sessions` counts the activity's sessions per course (Klik&Tik: 4).
            let perUnit = try registrationTestCount(app, "SELECT sessions_per_unit FROM activity WHERE code = 'klik-en-tik'")
            #expect(perUnit > 1)
            #expect(created["sessions"]?.int64Value == perUnit)

            let fetched = try client.request("GET", "/api/v1/registrations/\(id)", token: token)
            #expect(fetched.status == 200, "\(fetched)")
            #expect(try fetched.json() == created)
            #expect(try registrationTestAggregateMismatches(app) == [])
        }
    }

    @Test func activityByIdAndNoLocationAreAccepted() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .admin)
            let id = try registrationTestCount(app, "SELECT id FROM activity WHERE code = 'filmavond'")
            let body = registrationTestBody(["activity": .integer(id), "municipality": "westerveld", "sessions": 2], removing: ["location"])
            let response = try app.client().request("POST", "/api/v1/registrations", token: token, json: body)
            #expect(response.status == 201, "\(response)")
            #expect(try response.json()["location"] == .null)
            #expect(try response.json()["activity"]?["id"]?.int64Value == id)
            #expect(try response.json()["sessions"]?.int64Value == 2)
        }
    }

    @Test func bodyThatIsNotAnObjectOrNotJSONIsRefused() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let client = try app.client()
            #expect(try client.request("POST", "/api/v1/registrations", token: token, json: [1, 2]).status == 422)
            #expect(try client.request("POST", "/api/v1/registrations", token: token, body: "{\"activity\":",
                                       contentType: "application/json").status == 400)
            #expect(try client.request("POST", "/api/v1/registrations", token: token, body: "activity=1",
                                       contentType: "application/x-www-form-urlencoded").status == 415)
        }
    }
}
