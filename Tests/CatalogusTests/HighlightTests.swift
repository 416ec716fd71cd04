import Catalogus
import CatalogusDomain
import Foundation
import JSON
import Testing

/// `/api/v1/highlights`: a jaarbericht's stories, their figures computed from the linked
/// registrations, who sees them (a municipality: its own, once published), the foreword
/// and the publication (issue 24).
@Suite struct HighlightTests {
    /// One request on its own connection.
    static func call(_ app: RunningApp, _ method: String, _ path: String, token: String?, json: JSONValue? = nil,
                     headers: [String] = []) throws -> TestResponse {
        try app.client().request(method, path, token: token, json: json, headers: headers + ["Connection: close"])
    }

    static func body(_ changes: [String: JSONValue] = [:]) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("municipality", "midden-drenthe"), ("year", 2024), ("programme", "leesbevordering"),
            ("title", "Kinderboekenweek"), ("text", "Drie ochtenden vol verhalen.\n\nEn veel nieuwe leden."),
            ("registrations", [316, 317, 319]),
        ]
        for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
            if let index = members.firstIndex(where: { $0.key == key }) { members[index].value = value } else { members.append((key, value)) }
        }
        return .object(JSONObject(members))
    }

    static func codes(_ response: TestResponse) throws -> [String] {
        try (response.json()["errors"]?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
    }

    @Test func aStoryIsWrittenCorrectedAndRemovedUnderIfMatchAndAudited() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            let admin = try registrationTestToken(app, .admin)
            let created = try Self.call(app, "POST", "/api/v1/highlights", token: staff, json: Self.body(["quote": "Mooi!", "quote_by": "een ouder"]))
            #expect(created.status == 201, "\(created)")
            let story = try created.json()
            let id = try #require(story["id"]?.int64Value)
            #expect(created.header("Location") == "/api/v1/highlights/\(id)")
            #expect(story["text"]?.stringValue == "Drie ochtenden vol verhalen.\n\nEn veel nieuwe leden.")
            #expect(story["quote_by"]?.stringValue == "een ouder")
            #expect(story["registrations"]?.arrayValue?.compactMap(\.int64Value) == [316, 317, 319])
            let etag = try #require(created.header("ETag"))

            let path = "/api/v1/highlights/\(id)"
            let read = try Self.call(app, "GET", path, token: staff)
            #expect(read.status == 200 && read.header("ETag") == etag, "the same representation, the same tag")
            #expect(try Self.call(app, "GET", path, token: staff, headers: ["If-None-Match: \(etag)"]).status == 304)

            catalogueExpectProblem(try Self.call(app, "PATCH", path, token: staff, json: ["title": "Nieuw"]), 428)
            catalogueExpectProblem(try Self.call(app, "PATCH", path, token: staff, json: ["title": "Nieuw"], headers: ["If-Match: \"1\""]), 412)
            let changed = try Self.call(app, "PATCH", path, token: staff, json: ["title": "Kinderboekenweek: lekker eigenwijs", "quote": nil],
                                        headers: ["If-Match: \(etag)"])
            #expect(changed.status == 200, "\(changed)")
            #expect(try changed.json()["title"]?.stringValue == "Kinderboekenweek: lekker eigenwijs")
            #expect(try changed.json()["quote"]?.isNull == true)
            #expect(try changed.json()["version"]?.int64Value == 2)
            let newTag = try #require(changed.header("ETag"))
            #expect(newTag != etag)
            // The old tag is stale now.
            catalogueExpectProblem(try Self.call(app, "DELETE", path, token: staff, headers: ["If-Match: \(etag)"]), 412)
            catalogueExpectProblem(try Self.call(app, "DELETE", path, token: staff), 428)
            #expect(try Self.call(app, "DELETE", path, token: staff, headers: ["If-Match: \(newTag)"]).status == 204)
            catalogueExpectProblem(try Self.call(app, "GET", path, token: staff), 404)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM highlight_registration WHERE highlight_id = ?", [id]) == 0)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration WHERE id IN (316, 317, 319)") == 3, "its registrations stay")

            let audit = try Self.call(app, "GET", "/api/v1/audit?entity=highlight&id=\(id)", token: admin).json()
            let entries = audit["items"]?.arrayValue ?? []
            #expect(entries.compactMap { $0["action"]?.stringValue } == ["delete", "update", "create"])
            #expect(entries[1]["before"]?["title"]?.stringValue == "Kinderboekenweek")
            #expect(entries[1]["after"]?["title"]?.stringValue == "Kinderboekenweek: lekker eigenwijs")
            #expect(entries[2]["after"]?["figures"]?["participants"]?.int64Value == 82)
        }
    }

    /// The figures are the linked registrations', read when the story is: a correction to a
    /// registration shows at once, under a new ETag (no cache keeps the old figures).
    @Test func theFiguresFollowTheRegistrations() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            // Demo story 1: the Kinderboekenweek's three mornings (24 + 31 + 27 children).
            let before = try Self.call(app, "GET", "/api/v1/highlights/1", token: staff)
            let figures = try #require(try before.json()["figures"])
            #expect(figures["participants"]?.int64Value == 82)
            #expect(figures["sessions"]?.int64Value == 3)
            #expect(figures["registrations"]?.int64Value == 3)
            #expect(figures["first_date"]?.stringValue == "2024-10-02" && figures["last_date"]?.stringValue == "2024-10-12")
            let etag = try #require(before.header("ETag"))

            let corrected = try Self.call(app, "PATCH", "/api/v1/registrations/316", token: staff, json: ["participants": 40, "sessions": 2])
            #expect(corrected.status == 200, "\(corrected)")
            let after = try Self.call(app, "GET", "/api/v1/highlights/1", token: staff, headers: ["If-None-Match: \(etag)"])
            #expect(after.status == 200, "a story whose registration changed is no longer the one the client holds")
            #expect(try after.json()["figures"]?["participants"]?.int64Value == 98)
            #expect(try after.json()["figures"]?["sessions"]?.int64Value == 4)
            #expect(try after.json()["version"]?.int64Value == 1, "the story itself did not change")

            #expect(try Self.call(app, "DELETE", "/api/v1/registrations/319", token: staff).status == 204)
            let list = try Self.call(app, "GET", "/api/v1/highlights?municipality=midden-drenthe&year=2024", token: staff).json()
            let first = try #require(list["items"]?.arrayValue?.first { $0["id"]?.int64Value == 1 })
            #expect(first["registrations"]?.arrayValue?.compactMap(\.int64Value) == [316, 317])
            #expect(first["figures"]?["participants"]?.int64Value == 71)

            // A registration moved to another year since it was linked no longer counts.
            #expect(try Self.call(app, "PATCH", "/api/v1/registrations/317", token: staff, json: ["date": "2023-10-09"]).status == 200)
            let moved = try Self.call(app, "GET", "/api/v1/highlights/1", token: staff).json()
            #expect(moved["registrations"]?.arrayValue?.compactMap(\.int64Value) == [316])
            #expect(moved["figures"]?["participants"]?.int64Value == 40)
        }
    }

    @Test func aRegistrationOfAnotherMunicipalityOrYearIsRefused() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            let assen = try Self.call(app, "POST", "/api/v1/registrations", token: staff,
                                      json: registrationTestBody(["municipality": "assen"], removing: ["location"]))
            let assenID = try #require(try assen.json()["id"]?.int64Value, "\(assen)")

            let otherYear = try Self.call(app, "POST", "/api/v1/highlights", token: staff, json: Self.body(["year": 2023]))
            catalogueExpectProblem(otherYear, 422, fields: ["registrations"])
            #expect(try Self.codes(otherYear) == Array(repeating: "highlight.registration_elsewhere", count: 3))
            let detail = try otherYear.json()["errors"]?.arrayValue?.first?["detail"]?.stringValue ?? ""
            #expect(detail.contains("Registratie 316 is van midden-drenthe in 2024"), "\(detail)")

            let mixed = try Self.call(app, "POST", "/api/v1/highlights", token: staff, json: Self.body(["registrations": [316, .integer(assenID), 999_999]]))
            catalogueExpectProblem(mixed, 422, fields: ["registrations"])
            #expect(try Self.codes(mixed) == ["highlight.registration_elsewhere", "highlight.registration_unknown"])
            #expect(try registrationTestCount(app, "SELECT count(*) FROM highlight") == 4, "nothing written: only the demo's stories")

            // A correction is held to the same rule.
            let story = try Self.call(app, "GET", "/api/v1/highlights/2", token: staff)
            let refused = try Self.call(app, "PATCH", "/api/v1/highlights/2", token: staff, json: ["registrations": [.integer(assenID)]],
                                        headers: ["If-Match: \(story.header("ETag") ?? "")"])
            #expect(try Self.codes(refused) == ["highlight.registration_elsewhere"], "\(refused)")
            #expect(try Self.call(app, "GET", "/api/v1/highlights/2", token: staff).json()["registrations"]?.arrayValue?.count == 5)
        }
    }

    @Test func aMunicipalitySeesOnlyItsOwnStoriesOfPublishedReports() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            let admin = try registrationTestToken(app, .admin)
            let own = try registrationTestToken(app, .municipality)
            let other = try registrationTestToken(app, .municipality, municipality: "assen")
            // A story of 2023, whose report is a draft.
            let reg2023 = try #require(Int64(try registrationTestColumn(app, "SELECT min(id) FROM registration WHERE date LIKE '2023-%'").first ?? ""))
            let draft = try Self.call(app, "POST", "/api/v1/highlights", token: staff, json: Self.body(["year": 2023, "registrations": [.integer(reg2023)]]))
            let draftID = try #require(try draft.json()["id"]?.int64Value, "\(draft)")

            func ids(_ token: String, _ query: String = "") throws -> [Int64] {
                try Self.call(app, "GET", "/api/v1/highlights" + query, token: token).json()["items"]?.arrayValue?.compactMap { $0["id"]?.int64Value } ?? []
            }
            #expect(try ids(staff) == [1, 2, 3, 4, draftID])
            #expect(try ids(own) == [1, 2, 3, 4], "the published 2024 report's stories, not the draft's")
            #expect(try ids(own, "?municipality=assen").isEmpty)
            #expect(try ids(other).isEmpty)
            catalogueExpectProblem(try Self.call(app, "GET", "/api/v1/highlights/\(draftID)", token: own), 404)
            catalogueExpectProblem(try Self.call(app, "GET", "/api/v1/highlights/1", token: other), 404)
            #expect(try Self.call(app, "GET", "/api/v1/highlights/1", token: own).status == 200)
            let unpublished = try Self.call(app, "GET", "/api/v1/reports/midden-drenthe/2023", token: own)
            catalogueExpectProblem(unpublished, 404)
            #expect(try unpublished.json()["code"]?.stringValue == "report.not_published")
            #expect(try Self.call(app, "GET", "/api/v1/reports/midden-drenthe/2023", token: staff).json()["state"]?.stringValue == "draft")
            catalogueExpectProblem(try Self.call(app, "POST", "/api/v1/highlights", token: own, json: Self.body()), 403)

            // Only the organisation publishes; then the municipality sees the year's stories.
            catalogueExpectProblem(try Self.call(app, "PUT", "/api/v1/reports/midden-drenthe/2023", token: staff, json: ["state": "published"]), 403)
            let published = try Self.call(app, "PUT", "/api/v1/reports/midden-drenthe/2023", token: admin, json: ["state": "published"])
            #expect(published.status == 200, "\(published)")
            #expect(try published.json()["published_at"]?.stringValue != nil)
            #expect(try ids(own) == [1, 2, 3, 4, draftID])
            #expect(try Self.call(app, "GET", "/api/v1/reports/midden-drenthe/2023", token: own).json()["state"]?.stringValue == "published")
            #expect(try ids(own, "?year=2023") == [draftID])
            let back = try Self.call(app, "PUT", "/api/v1/reports/midden-drenthe/2023", token: admin, json: ["state": "draft"])
            #expect(try back.json()["published_at"]?.isNull == true)
            #expect(try ids(own) == [1, 2, 3, 4])
            let audit = try Self.call(app, "GET", "/api/v1/audit?entity=report&id=midden-drenthe/2023", token: admin).json()
            #expect(audit["items"]?.arrayValue?.compactMap { $0["after"]?["state"]?.stringValue } == ["draft", "published"])
        }
    }

    @Test func bodiesAreCheckedWithDutchMessages() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            let empty = try Self.call(app, "POST", "/api/v1/highlights", token: staff, json: [:])
            catalogueExpectProblem(empty, 422, fields: ["municipality", "year", "programme", "title", "text", "registrations"])
            let details = try (empty.json()["errors"]?.arrayValue ?? []).compactMap { $0["detail"]?.stringValue }
            #expect(Set(details) == ["Vul dit in."], "\(details)")

            let long = try Self.call(app, "POST", "/api/v1/highlights", token: staff, json: Self.body(["text": .string(String(repeating: "a", count: 1501))]))
            #expect(try Self.codes(long) == ["field.too_long"])
            #expect(try long.json()["errors"]?.arrayValue?.first?["detail"]?.stringValue == "Gebruik hoogstens 1500 tekens.")
            let fits = try Self.call(app, "POST", "/api/v1/highlights", token: staff, json: Self.body(["text": .string(String(repeating: "a", count: 1500))]))
            #expect(fits.status == 201, "\(fits)")

            let blank = try Self.call(app, "POST", "/api/v1/highlights", token: staff, json: Self.body(["text": " \n\n ", "programme": "poëzie"]))
            #expect(try Self.codes(blank) == ["field.not_one_of", "field.empty"])
            for registrations: JSONValue in [[], [316, 316], ["316"], [0], "316"] {
                let bad = try Self.call(app, "POST", "/api/v1/highlights", token: staff, json: Self.body(["registrations": registrations]))
                #expect(try Self.codes(bad) == ["highlight.registrations_invalid"], "\(registrations)")
                let detail = try bad.json()["errors"]?.arrayValue?.first?["detail"]?.stringValue ?? ""
                #expect(detail.hasPrefix("Kies 1 tot en met 100 registraties"), "\(detail)")
            }
            // A story stays with its municipality and year: a change names them no more.
            let story = try Self.call(app, "GET", "/api/v1/highlights/1", token: staff)
            let fixed = try Self.call(app, "PATCH", "/api/v1/highlights/1", token: staff, json: ["year": 2023],
                                      headers: ["If-Match: \(story.header("ETag") ?? "")"])
            #expect(try Self.codes(fixed) == ["field.unknown"], "\(fixed)")
        }
    }

    /// "Maak er een verhaal van": the page starts from the registration (its municipality,
    /// year and programme area chosen, it ticked); the registrations list links to it.
    @Test func aStoryIsWrittenFromARegistration() throws {
        try withDemoApp { app in
            let staff = try app.signedInPerson(email: "verhaal@x.nl", role: "staff")
            let page = try app.client().get("/registrations/story?registration=316", headers: staff.readHeaders)
            #expect(page.status == 200)
            #expect(page.text.contains("data-registration=\"316\""), "\(page.text)")
            #expect(page.text.contains("<option value=\"midden-drenthe\" selected>"))
            #expect(page.text.contains("<option value=\"leesbevordering\" selected>"))
            #expect(page.text.contains("value=\"2024\""))
            #expect(page.text.contains("<script type=\"module\" src=\"/assets/story.js\""), "\(page.text)")
            #expect(try app.client().get("/assets/story.js").status == 200)
            let list = try app.client().get("/assets/registrations.js").text
            #expect(list.contains("/registrations/story?registration=") && list.contains("Maak er een verhaal van"))
            let viewer = try app.signedInPerson(email: "kijker@x.nl", role: "viewer")
            #expect(try app.client().get("/registrations/story", headers: viewer.readHeaders).status == 403)
        }
    }

    @Test func theForewordIsTheAdminsAndOpensEveryReportOfTheYear() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            let admin = try registrationTestToken(app, .admin)
            let none = try Self.call(app, "GET", "/api/v1/forewords/2025", token: staff)
            catalogueExpectProblem(none, 404)
            #expect(try none.json()["detail"]?.stringValue == "Voor 2025 is nog geen voorwoord geschreven.")
            catalogueExpectProblem(try Self.call(app, "PUT", "/api/v1/forewords/2025", token: staff, json: ["text": "Hallo"]), 403)
            catalogueExpectProblem(try Self.call(app, "PUT", "/api/v1/forewords/2025", token: admin, json: ["text": "  "]), 422, fields: ["text"])
            #expect(try Self.call(app, "PUT", "/api/v1/forewords/2025", token: admin, json: ["text": "Een jaar.\n\nVol verhalen."]).status == 201)
            #expect(try Self.call(app, "PUT", "/api/v1/forewords/2025", token: admin, json: ["text": "Een goed jaar."]).status == 200)
            let report = try Self.call(app, "GET", "/api/v1/reports/assen/2025", token: staff).json()
            #expect(report["foreword"]?.stringValue == "Een goed jaar.")
            #expect(report["state"]?.stringValue == "draft")
            #expect(report["updated_at"]?.isNull == true && report["published_at"]?.isNull == true, "nobody published it yet")
            let demo = try Self.call(app, "GET", "/api/v1/reports/midden-drenthe/2024", token: registrationTestToken(app, .municipality)).json()
            #expect(demo["state"]?.stringValue == "published")
            #expect(demo["foreword"]?.stringValue?.hasPrefix("Voor u ligt het jaarbericht over 2024.") == true)
        }
    }
}
