import Foundation
import JSON
import Testing

/// The server-rendered catalogue pages: contents, search, prices, errors, and that no
/// value from the database can become markup.
@Suite struct WebCatalogueTests {
    static let hostileName = "<script>alert(1)</script>"
    static let hostileSummary = "\"><img src=x onerror=alert(2)> & 'meer'"

    /// Adds an activity whose texts try to break out of HTML, priced in 2027.
    static func addHostileActivity(_ app: RunningApp) throws {
        let admin = try app.createToken(role: .admin, name: "web-test-admin").token
        let created = try app.client().request("POST", "/api/v1/activities", token: admin, json: [
            "code": "vijandige-naam", "name": .string(hostileName), "summary": .string(hostileSummary),
            "description": "Regel één <b>vet</b>\nRegel twee </p><script src=//evil.example></script>",
            "programme": "platform", "audiences": ["adults"], "format": "meeting", "unit": "session",
        ])
        try #require(created.status == 201, "\(created)")
        let priced = try app.client().request("PUT", "/api/v1/activities/vijandige-naam/prices/2027", token: admin,
                                              json: ["unit_price_cents": 123_456, "vat_rate": 21])
        try #require(priced.status == 200 || priced.status == 201, "\(priced)")
    }

    static func expectNoInjectedMarkup(_ html: String, _ context: String) {
        #expect(!html.contains("<script>alert"), "\(context)")
        #expect(!html.contains("<img src=x"), "\(context)")
        #expect(!html.contains("<b>vet</b>"), "\(context)")
        #expect(!html.contains("<script src=//evil"), "\(context)")
    }

    @Test func hostileActivityTextsAreShownAsTextOnTheListAndDetailPages() throws {
        try withDemoApp { app in
            try Self.addHostileActivity(app)
            let list = try app.client().get("/catalogue?year=2027")
            #expect(list.status == 200)
            Self.expectNoInjectedMarkup(list.text, "list")
            #expect(list.text.contains(">&lt;script&gt;alert(1)&lt;/script&gt;</a>"))
            #expect(list.text.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#39;meer&#39;"))
            #expect(list.text.contains("<span class=\"price-amount\">€ 1.234,56</span>"))

            let searched = try app.client().get("/catalogue?year=2027&q=script")
            Self.expectNoInjectedMarkup(searched.text, "search")
            #expect(searched.text.contains("1 activiteit in 2027"))

            let detail = try app.client().get("/catalogue/vijandige-naam?year=2027")
            #expect(detail.status == 200)
            Self.expectNoInjectedMarkup(detail.text, "detail")
            #expect(detail.text.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · Activiteitencatalogus</title>"))
            #expect(detail.text.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
            #expect(detail.text.contains("<p>Regel één &lt;b&gt;vet&lt;/b&gt;</p>"))
            // 2027's price list is not published: its price is marked as a draft.
            #expect(detail.text.contains("<th scope=\"row\">2027 <span class=\"price-status\">(concept)</span></th><td class=\"num\">€ 1.234,56</td><td class=\"num\">21%</td><td class=\"num\">€ 1.493,82</td></tr>"))
            #expect(detail.text.contains("content=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#39;meer&#39;\""))
        }
    }

    @Test func hostileMunicipalityNameIsEscapedOnTheDashboardAndReport() throws {
        try withDemoApp { app in
            let admin = try app.createToken(role: .admin, name: "web-test-admin").token
            let name = "<img src=x onerror=alert(3)>"
            let put = try app.client().request("PUT", "/api/v1/municipalities/schijnstad", token: admin,
                                               json: ["cbs_code": "GM9998", "name": .string(name)])
            try #require(put.status == 200 || put.status == 201, "\(put)")
            for path in ["/?municipality=schijnstad", "/report/schijnstad/2024"] {
                let html = try app.client().get(path).text
                #expect(!html.contains("<img src=x"), "\(path)")
                #expect(html.contains("&lt;img src=x onerror=alert(3)&gt;"), "\(path)")
            }
        }
    }

    @Test func listGroupsTheYearsActivitiesByProgrammeWithPrices() throws {
        try withDemoApp { app in
            let html = try app.client().get("/catalogue?year=2024").text
            #expect(html.contains("<h1>Activiteitencatalogus 2024</h1>"))
            #expect(html.contains("43 activiteiten in 2024"))
            // The five programme areas, in the report's order.
            let headings = ["Drenthe leert en ontwikkelt", "Drenthe leest: leesbevordering",
                            "Drenthe leest: werken aan geletterdheid", "Heel Drenthe doet mee", "Platformactiviteiten"]
            let positions = headings.map { html.range(of: "\">\($0) <span class=\"count\">")?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(headings)")
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
            // Breicafé costs € 65,00 per session (dagdeel) at 9 % VAT in 2024 (demo prices).
            let card = try #require(webTestFirstMatch(html, #"<li class="card">\s*<h3[^>]*><a href="/catalogue/breicafe\?year=2024">[\s\S]*?</li>"#))
            #expect(card.contains("Het Breicafé"))
            #expect(card.contains("<span class=\"price-amount\">€ 65,00</span>"))
            #expect(card.contains("<span class=\"price-unit\">per dagdeel</span>"))
            #expect(card.contains("excl. 9% btw"))
            #expect(card.contains("<dd>volwassenen, senioren</dd>"))
        }
    }

    @Test func searchAndProgrammeFilterNarrowTheList() throws {
        try withDemoApp { app in
            let search = try app.client().get("/catalogue?year=2024&q=breica").text
            #expect(search.contains("1 activiteit in 2024 voor “breica”"))
            #expect(search.contains("Het Breicafé"))
            #expect(!search.contains("Koffieochtend"))
            #expect(search.contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"breica\""))

            let none = try app.client().get("/catalogue?year=2024&q=zzzzqqq").text
            #expect(none.contains("0 activiteiten in 2024"))
            #expect(none.contains("Geen activiteiten gevonden."))

            let programme = try app.client().get("/catalogue?year=2024&programme=geletterdheid").text
            #expect(programme.contains("<option value=\"geletterdheid\" selected>"))
            #expect(programme.contains("id=\"programma-geletterdheid\""))
            #expect(!programme.contains("id=\"programma-platform\""))
        }
    }

    @Test func detailShowsEveryYearsPriceWithVATAndMarksTheChosenYear() throws {
        try withDemoApp { app in
            let response = try app.client().get("/catalogue/breicafe?year=2025")
            #expect(response.status == 200)
            let html = response.text
            #expect(html.contains("<h1>Het Breicafé</h1>"))
            // 6708 cents + 9 % VAT = 6708 + 603.72 → 7312 cents.
            #expect(html.contains("<tr class=\"selected\" aria-current=\"true\"><th scope=\"row\">2025</th><td class=\"num\">€ 67,08</td><td class=\"num\">9%</td><td class=\"num\">€ 73,12</td>"))
            #expect(html.contains("<th scope=\"row\">2024</th><td class=\"num\">€ 65,00</td>"))
            #expect(html.contains("<a href=\"/catalogue?year=2025\">Catalogus 2025</a>"))
            #expect(html.contains("<dt>Prijseenheid</dt><dd>per dagdeel</dd>"))
        }
    }

    @Test func badFiltersAnswer400WithTheFormAndUnknownActivities404() throws {
        try withDemoApp { app in
            let year = try app.client().get("/catalogue?year=tweeduizend")
            #expect(year.status == 400)
            #expect(year.text.contains("role=\"alert\""))
            #expect(year.text.contains("<form class=\"filters\""))
            #expect(try app.client().get("/catalogue?programme=onbekend").status == 400)
            #expect(try app.client().get("/catalogue?q=%21%21").status == 400)

            let missing = try app.client().get("/catalogue/bestaat-niet")
            #expect(missing.status == 404)
            #expect(missing.text.contains("geen activiteit met de code “bestaat-niet”"))
        }
    }
}
