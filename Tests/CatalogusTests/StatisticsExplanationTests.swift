import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import Foundation
import JSON
import Testing

/// `GET /api/v1/stats/municipalities/{slug}/explain` and `/api/v1/stats/organisation/explain`:
/// every figure of the Midden-Drenthe 2024 report explains itself with sources that add up
/// to exactly the report's value, only for those who may read the report, and never from
/// before a correction.
@Suite struct StatisticsExplanationTests {
    static let base = "/api/v1/stats/municipalities/midden-drenthe/explain?year=2024"

    /// The first page's members and every item over all pages (`limit` per page).
    struct Explained {
        let first: JSONValue
        let items: [JSONValue]
        var value: JSONValue? { first["value"] }
        var method: String? { first["method"]?.stringValue }
    }

    static func explain(_ client: HTTPTestClient, _ figure: String, token: String, path: String = base, limit: Int = 500,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> Explained {
        let target = "\(path)&figure=\(figure)"
        let first = try client.request("GET", "\(target)&limit=\(limit)", token: token)
        try #require(first.status == 200, "\(figure): \(first)", sourceLocation: sourceLocation)
        let body = try first.json()
        var items = body["items"]?.arrayValue ?? []
        var page = body, response = first
        for _ in 0..<1_000 {
            guard let cursor = page["next_cursor"]?.stringValue else { break }
            #expect(response.header("Link")?.contains("rel=\"next\"") == true, "\(figure): a next page has a Link", sourceLocation: sourceLocation)
            response = try client.request("GET", "\(target)&limit=\(limit)&cursor=\(catalogueQueryEncode(cursor))", token: token)
            try #require(response.status == 200, "\(figure): \(response)", sourceLocation: sourceLocation)
            page = try response.json()
            #expect(page["value"] == body["value"], sourceLocation: sourceLocation)
            items += page["items"]?.arrayValue ?? []
        }
        return Explained(first: body, items: items)
    }

    /// Checks that the sources make the value exactly, as the method says; returns the method.
    @discardableResult
    static func expectSourcesAddUp(_ explained: Explained, _ figure: String, client: HTTPTestClient, token: String, path: String = base,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        let items = explained.items
        let values = items.compactMap { $0["value"]?.int64Value }
        switch explained.method {
        case "sum":
            #expect(values.count == items.count, "\(figure): every item has an integer value", sourceLocation: sourceLocation)
            if explained.value?.isNull == true {
                #expect(items.isEmpty, "\(figure)", sourceLocation: sourceLocation)
            } else {
                #expect(values.reduce(0, +) == explained.value?.int64Value, "\(figure): Σ items = value", sourceLocation: sourceLocation)
            }
        case "count":
            #expect(Int64(items.count) == explained.value?.int64Value, "\(figure): one item per count", sourceLocation: sourceLocation)
            #expect(values.allSatisfy { $0 == 1 }, "\(figure)", sourceLocation: sourceLocation)
            #expect(items.allSatisfy { $0["kind"]?.stringValue == "registration" }, "\(figure)", sourceLocation: sourceLocation)
        case "stored":
            if explained.value?.isNull == true {
                #expect(items.isEmpty, "\(figure)", sourceLocation: sourceLocation)
            } else {
                #expect(items.count == 1, "\(figure): one key figure", sourceLocation: sourceLocation)
                #expect(items.first?["kind"]?.stringValue == "key_figure", "\(figure)", sourceLocation: sourceLocation)
                #expect(registrationTestNumberText(items.first?["value"]) == registrationTestNumberText(explained.value),
                        "\(figure)", sourceLocation: sourceLocation)
            }
        case "ratio":
            #expect(items.isEmpty, "\(figure): a ratio has no items", sourceLocation: sourceLocation)
            let numerator = try #require(explained.first["terms"]?["numerator"], sourceLocation: sourceLocation)
            let denominator = try #require(explained.first["terms"]?["denominator"], sourceLocation: sourceLocation)
            let top = numerator["value"]?.int64Value, bottom = denominator["value"]?.int64Value
            if figure.hasSuffix("_cents") {
                // Whole cents each, rounded half away from zero; none unless both are above 0.
                let expected: Int64? = if let top, let bottom, top > 0, bottom > 0 { registrationTestRoundedDivision(top, bottom) } else { nil }
                #expect(explained.value?.int64Value == expected, "\(figure): \(String(describing: top)) ÷ \(String(describing: bottom))",
                        sourceLocation: sourceLocation)
            } else if let top, let bottom, bottom > 0 {
                // A percentage with one decimal, rounded half away from zero, as the report rounds.
                #expect(registrationTestTenthsText(registrationTestRoundedDivision(top * 1000, bottom)) == registrationTestNumberText(explained.value),
                        "\(figure): \(top) ÷ \(bottom)", sourceLocation: sourceLocation)
            } else {
                #expect(explained.value?.isNull == true, "\(figure): no ratio without both terms", sourceLocation: sourceLocation)
            }
            for term in [numerator, denominator] {
                let name = try #require(term["figure"]?.stringValue, sourceLocation: sourceLocation)
                let inTurn = try explain(client, name, token: token, path: path, sourceLocation: sourceLocation)
                #expect(inTurn.value == term["value"], "\(figure): the term \(name) explains itself", sourceLocation: sourceLocation)
                try expectSourcesAddUp(inTurn, name, client: client, token: token, path: path, sourceLocation: sourceLocation)
            }
        default:
            Issue.record("\(figure): method \(String(describing: explained.method))", sourceLocation: sourceLocation)
        }
        return explained.method
    }

    /// Every figure of a report and every number of its programme table, explained: the
    /// report's value, with sources that make it exactly; the figures' methods.
    @discardableResult
    static func expectEveryFigureExplainsItself(_ app: RunningApp, slug: String = "midden-drenthe", year: Int = 2024,
                                                sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: String] {
        let client = try app.client()
        let token = try registrationTestToken(app, .viewer)
        let path = "/api/v1/stats/municipalities/\(slug)/explain?year=\(year)"
        let report = try StatisticsReportTests.report(app, year: year, slug: slug)
        let figures = try #require(report["figures"]?.objectValue, sourceLocation: sourceLocation)
        var methods: [String: String] = [:]
        for (code, figure) in figures {
            let explained = try Self.explain(client, code, token: token, path: path, sourceLocation: sourceLocation)
            #expect(explained.first["figure"]?.stringValue == code, sourceLocation: sourceLocation)
            #expect(explained.value == figure["value"], "\(code): the report's value", sourceLocation: sourceLocation)
            methods[code] = try Self.expectSourcesAddUp(explained, code, client: client, token: token, path: path, sourceLocation: sourceLocation)
        }
        #expect(figures.keys.count >= 40, sourceLocation: sourceLocation)
        for row in report["programmes"]?.arrayValue ?? [] {
            let code = try #require(row["code"]?.stringValue, sourceLocation: sourceLocation)
            for measure in ["activities", "participants", "sessions", "confirmed_net_cents", "cost_per_participant_cents"] {
                let key = "programme.\(code).\(measure)"
                let explained = try Self.explain(client, key, token: token, path: path, sourceLocation: sourceLocation)
                #expect(explained.value == row[measure], "\(key): the report's value", sourceLocation: sourceLocation)
                methods[key] = try Self.expectSourcesAddUp(explained, key, client: client, token: token, path: path, sourceLocation: sourceLocation)
            }
        }
        return methods
    }

    @Test func everyFigureOfTheMiddenDrenthe2024ReportIsItsSources() throws {
        try withDemoApp { app in
            let client = try app.client()
            let token = try registrationTestToken(app, .viewer)
            let methods = try Self.expectEveryFigureExplainsItself(app)
            // The shapes the report's figures have (docs/domain.md#key-figures).
            #expect(methods["members_total"] == "sum" && methods["loans_physical_total"] == "sum" && methods["loans_online_total"] == "sum")
            #expect(methods["participation_rate"] == "ratio")
            #expect(methods["members_paying"] == "stored" && methods["inhabitants"] == "stored" && methods["survey_staff"] == "stored")
            #expect(methods["platform_activities"] == "count" && methods["digital_courses"] == "count" && methods["ido_office_hours"] == "count")
            #expect(methods["platform_participants"] == "sum" && methods["digital_course_sessions"] == "sum")
            #expect(methods.keys.filter { $0.hasPrefix("programme.") }.count == 25)
            #expect(methods["programme.geletterdheid.activities"] == "count" && methods["programme.geletterdheid.cost_per_participant_cents"] == "ratio")
            #expect(methods["programme.leesbevordering.confirmed_net_cents"] == "sum")

            // What the confirmed orders of 2024 cost, line by line at their frozen prices.
            let lines = try Self.explain(client, "programme.leesbevordering.confirmed_net_cents", token: token)
            #expect(!lines.items.isEmpty && lines.items.allSatisfy { $0["kind"]?.stringValue == "order_line" })
            #expect(lines.items.allSatisfy { $0["url"]?.stringValue == "/api/v1/orders/\($0["order"]?["id"]?.int64Value ?? 0)" })
            #expect(lines.items.contains { $0["order"]?["number"]?.stringValue?.hasPrefix("2024-GM1731-") == true })

            // The printed figures, item by item: 466 participants in geletterdheid from 26 registrations.
            let geletterdheid = try Self.explain(client, "programme.geletterdheid.participants", token: token)
            #expect(geletterdheid.value?.int64Value == 466 && geletterdheid.items.count == 26)
            #expect(geletterdheid.items.allSatisfy { $0["url"]?.stringValue == "/api/v1/registrations/\($0["id"]?.int64Value ?? 0)" })
            #expect(Set(geletterdheid.items.compactMap { $0["id"]?.int64Value }).count == 26, "each registration once")
            let members = try Self.explain(client, "members_total", token: token)
            #expect(members.items.compactMap { $0["value"]?.int64Value } == [1920, 4563, 295, 206])
            #expect(members.items.first?["url"]?.stringValue == "/api/v1/figures/2024/midden-drenthe")
        }
    }

    /// A large synthetic history: every figure of a busy municipality-year adds up as well.
    @Test func everyFigureOfALargeSyntheticYearIsItsSources() throws {
        try withDemoApp { app in
            _ = try SyntheticData.addRegistrations(30_000, into: app.writer, seed: 11)
            let busiest = try registrationTestColumn(app, """
                SELECT municipality || ' ' || year FROM registration_year WHERE year <> 2024
                GROUP BY municipality, year ORDER BY sum(registrations) DESC, 1 LIMIT 1
                """)
            let parts = try #require(busiest.first?.split(separator: " "))
            let year = try #require(Int(parts[1]))
            #expect(try registrationTestCount(app, "SELECT sum(registrations) FROM registration_year WHERE municipality = ? AND year = ?",
                                              [String(parts[0]), year]) > 200)
            try Self.expectEveryFigureExplainsItself(app, slug: String(parts[0]), year: year)
        }
    }

    @Test func pagesFollowTheCursorAndTheLinkAndMissNothing() throws {
        try withDemoApp { app in
            let client = try app.client()
            let token = try registrationTestToken(app, .viewer)
            let whole = try Self.explain(client, "platform_participants", token: token, limit: 500)
            let paged = try Self.explain(client, "platform_participants", token: token, limit: 7)
            #expect(whole.items.count == 155)
            #expect(paged.items == whole.items)
            #expect(paged.first["items"]?.arrayValue?.count == 7)
            let sum = try Self.explain(client, "members_total", token: token, limit: 3)
            #expect(sum.first["items"]?.arrayValue?.count == 3 && sum.items.count == 4)
        }
    }

    /// Both ways to a selection's registrations give the same pages; the cheaper one is taken.
    @Test func byDateAndByActivityGiveTheSamePages() throws {
        try withDemoApp { app in
            try app.writer.withConnection { db in
                let repository = ExplanationRepository(db: db)
                for selection in [RegistrationSelection(programme: "platform", measure: .participants),
                                  RegistrationSelection(programme: "digitale-vaardigheden", format: "office_hours", measure: .activities)] {
                    // A page of a selection either way, from the same cursor.
                    for limit in [5, 500] {
                        var pages: [ExplanationRepository.Path: [Int64]] = [:]
                        for path in [ExplanationRepository.Path.byDate, .byActivity] {
                            var page = PageRequest(limit: limit)
                            for _ in 0..<100 {
                                let found = try repository.registrations(programme: selection.programme, format: selection.format,
                                                                         municipality: "midden-drenthe", year: 2024, page: page, path: path)
                                pages[path, default: []] += found.items.map(\.id)
                                guard let next = found.nextCursor else { break }
                                page = PageRequest(limit: limit, after: (next.key, next.id))
                            }
                        }
                        #expect(pages[.byDate] == pages[.byActivity], "\(selection.programme) by \(limit)")
                        #expect(!(pages[.byDate] ?? []).isEmpty)
                    }
                }
            }
        }
        #expect(FigureExplanation.path(selection: 100_000, year: 100_000, page: 51) == .byDate)
        #expect(FigureExplanation.path(selection: 69, year: 100_000, page: 51) == .byActivity)
        #expect(FigureExplanation.path(selection: .max, year: .max, page: 51) == .byDate)
    }

    @Test func theOrganisationsFiguresExplainThemselves() throws {
        try withDemoApp { app in
            let client = try app.client()
            let token = try registrationTestToken(app, .municipality)
            let path = "/api/v1/stats/organisation/explain?year=2024"
            let total = try Self.explain(client, "loans_online_total", token: token, path: path)
            #expect(total.value?.int64Value == 123_551 && total.method == "sum")
            #expect(total.items.compactMap { $0["value"]?.int64Value } == [89_894, 33_657])
            #expect(total.items.first?["url"]?.stringValue == "/api/v1/figures/2024/organisation")
            try Self.expectSourcesAddUp(total, "loans_online_total", client: client, token: token, path: path)
            let refused = try client.request("GET", "\(path)&figure=members_total", token: token)
            #expect(refused.status == 422)
            #expect(try registrationTestFieldErrors(refused).map(\.code) == ["statistics.organisation_figure_unknown"])
        }
    }

    @Test func aMunicipalityExplainsOnlyItsOwnFigures() throws {
        try withDemoApp { app in
            let client = try app.client()
            let own = try registrationTestToken(app, .municipality)
            let other = "/api/v1/stats/municipalities/assen"
            let report = try client.request("GET", "\(other)?year=2024", token: own)
            let explanation = try client.request("GET", "\(other)/explain?year=2024&figure=members_total", token: own)
            #expect(report.status == 403)
            #expect(explanation.status == report.status, "\(explanation)")
            #expect(try explanation.json()["code"]?.stringValue == "statistics.own_only")
            let ownFigure = try client.request("GET", "\(Self.base)&figure=members_total", token: own)
            #expect(ownFigure.status == 200)
            let unknown = try client.request("GET", "/api/v1/stats/municipalities/atlantis/explain?year=2024&figure=members_total", token: own)
            #expect(unknown.status == 404)
            let anonymous = try client.request("GET", "\(Self.base)&figure=members_total")
            #expect(anonymous.status == 401)
        }
    }

    @Test func anUnknownFigureIsRefusedSayingWhatIsAllowed() throws {
        try withDemoApp { app in
            let client = try app.client()
            let token = try registrationTestToken(app, .viewer)
            for figure in ["members", "programme.nope.participants", "programme.geletterdheid.visitors", "programme.geletterdheid",
                           "per_1000_inhabitants"] {
                let response = try client.request("GET", "\(Self.base)&figure=\(figure)", token: token)
                #expect(response.status == 422, "\(figure)")
                let errors = try response.json()["errors"]?.arrayValue ?? []
                #expect(errors.first?["field"]?.stringValue == "figure" && errors.first?["code"]?.stringValue == "statistics.figure_unknown")
                let detail = errors.first?["detail"]?.stringValue ?? ""
                #expect(detail.contains("programme.") && detail.contains("geletterdheid") && detail.contains("participants"), "\(detail)")
            }
            let missing = try client.request("GET", Self.base, token: token)
            #expect(try registrationTestFieldErrors(missing).map(\.field) == ["figure"])
        }
    }

    @Test func theExplanationFollowsACorrectionAtOnce() throws {
        try withDemoApp { app in
            let client = try app.client()
            let staff = try registrationTestToken(app, .staff)
            let id: Int64 = 500  // koffieochtend (platform), 2024-05-03, 10 participants in the demo data
            let before = try Self.explain(client, "platform_participants", token: staff)
            _ = try Self.explain(client, "platform_participants", token: staff)  // now in the cache
            let item = try #require(before.items.first { $0["id"]?.int64Value == id })
            let old = try #require(item["value"]?.int64Value)
            let patch = try client.request("PATCH", "/api/v1/registrations/\(id)", token: staff, json: ["participants": .integer(old + 25)])
            try #require(patch.status == 200, "\(patch)")

            let after = try Self.explain(client, "platform_participants", token: staff)
            #expect(after.value?.int64Value == (before.value?.int64Value ?? 0) + 25)
            #expect(after.items.first { $0["id"]?.int64Value == id }?["value"]?.int64Value == old + 25)
            try Self.expectSourcesAddUp(after, "platform_participants", client: client, token: staff)
            let report = try StatisticsReportTests.report(app)
            #expect(report["figures"]?["platform_participants"]?["value"] == after.value)

            // A key figure entered a moment ago, with who entered it.
            let put = try client.request("PUT", "/api/v1/figures/2024/midden-drenthe", token: staff, json: ["members_paying": 2000])
            try #require(put.status == 200, "\(put)")
            let members = try Self.explain(client, "members_total", token: staff)
            let total: Int64 = 6984 + 80  // members_paying 1,920 → 2,000
            #expect(members.value?.int64Value == total)
            let paying = members.items.first { $0["code"]?.stringValue == "members_paying" }
            #expect(paying?["value"]?.int64Value == 2000)
            #expect(paying?["entered_by"]?.stringValue?.hasPrefix("staff-") == true)
            #expect(paying?["entered_at"]?.stringValue != nil)
            let rate = try Self.explain(client, "participation_rate", token: staff)
            #expect(rate.first["terms"]?["numerator"]?["value"]?.int64Value == total)
        }
    }

    @Test func csvAndWorkbookListTheSources() throws {
        try withDemoApp { app in
            let client = try app.client()
            let token = try registrationTestToken(app, .viewer)
            let csv = try client.request("GET", "\(Self.base)&figure=programme.geletterdheid.participants&output=csv&limit=500", token: token)
            try #require(csv.status == 200, "\(csv)")
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.first == Substring(FigureExplanation.csvHeader.joined(separator: ",")))
            #expect(lines.count == 27)
            #expect(csv.header("Content-Disposition")?.contains("toelichting-midden-drenthe-2024-programme.geletterdheid.participants.csv") == true)
            let people = try client.request("GET", "\(Self.base)&figure=participation_rate&output=csv&sep=;", token: token)
            #expect(people.text.contains("Soort;") && people.text.contains("Teller") && people.text.contains("Noemer"), "\(people.text)")
            let workbook = try client.request("GET", "\(Self.base)&figure=platform_activities&output=xlsx", token: token)
            #expect(workbook.status == 200)
            #expect(workbook.header("Content-Type") == Workbook.contentType)
        }
    }
}
