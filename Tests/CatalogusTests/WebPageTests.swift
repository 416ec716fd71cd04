import Foundation
import JSON
import Testing

/// The pages for people (dashboard, report, catalogue): routes, types, the security
/// headers on every response, 404s, and that no page carries inline script or style.
@Suite struct WebPageTests {
    static let policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    @Test func everyPageFileAndNotFoundAnswerCarriesTheSecurityHeaders() throws {
        try withDemoApp { app in
            let client = try app.client()
            let expected: [(String, Int)] = [
                ("/", 200), ("/?municipality=midden-drenthe&year=2024", 200), ("/catalogue", 200),
                ("/catalogue?year=2024&q=brei", 200), ("/catalogue/breicafe", 200), ("/report/midden-drenthe/2024", 200),
                ("/assets/app.css", 200), ("/assets/dashboard.js", 200), ("/assets/icon.svg", 200),
                ("/catalogue/geen-activiteit", 404), ("/report/nergens/2024", 404), ("/report/midden-drenthe/twintig", 404),
                ("/assets/geen.js", 404), ("/catalogue?year=abc", 400),
            ]
            for (path, status) in expected {
                let response = try client.get(path)
                #expect(response.status == status, "\(path)")
                #expect(response.header("Content-Security-Policy") == Self.policy, "\(path)")
                #expect(response.header("X-Content-Type-Options") == "nosniff", "\(path)")
                #expect(response.header("Referrer-Policy") == "no-referrer", "\(path)")
                if status != 200 { #expect(response.header("Content-Type") == "text/html; charset=utf-8", "\(path)") }
            }
        }
    }

    @Test func pagesAreHTMLWithoutInlineScriptOrStyle() throws {
        try withDemoApp { app in
            let client = try app.client()
            let admin = try app.signedInPerson(email: "beheer@x.nl", role: "admin")
            let publicPages = ["/", "/catalogue", "/catalogue/biebfabriek", "/report/midden-drenthe/2024", "/catalogue/nope", "/login", "/welcome"]
            let work = ["/orders", "/orders/new", "/registrations", "/registrations/new", "/registrations/upload",
                        "/registrations/figures", "/admin", "/admin/activities", "/admin/prices", "/admin/orders",
                        "/admin/budgets", "/admin/users", "/account", "/registrations/story", "/registrations/story?registration=316",
                        "/registrations/story?highlight=1"]
            for (path, headers) in publicPages.map({ ($0, [String]()) }) + (publicPages + work).map({ ($0, admin.readHeaders) }) {
                let response = try client.get(path, headers: headers)
                let html = response.text
                #expect(response.status == 200 || path == "/catalogue/nope", "\(path): \(response.status)")
                #expect(response.header("Content-Type") == "text/html; charset=utf-8", "\(path)")
                // Pages show who is signed in: no shared cache may keep them; a signed-in page (and
                // the sign-in pages) no cache at all, so that Back after "Afmelden" cannot show it.
                let caching = ["/login", "/welcome"].contains(path) || !headers.isEmpty ? "no-store" : "private, no-cache"
                #expect(response.header("Cache-Control") == caching, "\(path)")
                #expect(html.hasPrefix("<!doctype html>\n<html lang=\"nl\">"), "\(path)")
                // CSP would block them; the page must not depend on any.
                // A JSON data block (the page's vocabulary) is not run, so CSP does not refuse it.
                #expect(webTestMatches(html, #"<script(?![^>]*\bsrc="/assets/[a-z-]+\.js")(?![^>]*\btype="application/json")"#) == 0,
                        "inline script in \(path)")
                #expect(webTestMatches(html, #"\sstyle\s*="#) == 0, "style attribute in \(path)")
                #expect(webTestMatches(html, #"<style"#) == 0, "style element in \(path)")
                #expect(webTestMatches(html, #"\son[a-z]+\s*="#) == 0, "event handler attribute in \(path)")
                #expect(html.contains("<a class=\"skip-link\" href=\"#inhoud\">"), "\(path)")
                #expect(html.contains("<main id=\"inhoud\""), "\(path)")
            }
        }
    }

    @Test func dashboardOffersMunicipalitiesAndYearsAndPreselectsTheAskedOnes() throws {
        try withDemoApp { app in
            let client = try app.client()
            let first = try client.get("/").text
            // The demo data has key figures for Midden-Drenthe in 2023 and 2024 only.
            #expect(first.contains("<option value=\"midden-drenthe\" selected>Midden-Drenthe</option>"))
            #expect(first.contains("<option value=\"2024\" selected>2024</option>"))
            #expect(first.contains("<option value=\"2023\">2023</option>"))
            #expect(first.contains("<script type=\"module\" src=\"/assets/dashboard.js\"></script>"))
            let asked = try client.get("/?municipality=assen&year=2023").text
            #expect(asked.contains("<option value=\"assen\" selected>Assen</option>"))
            #expect(asked.contains("<option value=\"2023\" selected>2023</option>"))
            #expect(asked.contains("href=\"/report/assen/2023\""))
            let unknown = try client.get("/?municipality=atlantis&year=1850").text
            #expect(unknown.contains("<option value=\"midden-drenthe\" selected>"))
        }
    }

    /// People sign in (issue 11): the read pages no longer ask anyone to paste a token.
    @Test func theReadPagesAskForNoToken() throws {
        try withDemoApp { app in
            let client = try app.client()
            for path in ["/", "/report/midden-drenthe/2024"] {
                let html = try client.get(path).text
                #expect(webTestFirstMatch(html, #"<input[^>]*type="password""#) == nil, "\(path)")
                #expect(!html.lowercased().contains("token"), "\(path)")
            }
        }
    }

    @Test func reportPageNamesTheMunicipalityButHoldsNoFigures() throws {
        try withDemoApp { app in
            let client = try app.client()
            let response = try client.get("/report/midden-drenthe/2024")
            #expect(response.status == 200)
            let html = response.text
            #expect(html.contains("<h1 id=\"jaarbericht-titel\">Bibliotheken Midden-Drenthe</h1>"))
            #expect(html.contains("data-municipality=\"midden-drenthe\" data-year=\"2024\""))
            #expect(html.contains("<title>Jaarbericht 2024 Midden-Drenthe · Activiteitencatalogus</title>"))
            // Statistics need a token: the frame must not leak them.
            for figure in ["6.984", "6984", "20,5", "188.901"] { #expect(!html.contains(figure), "\(figure)") }

            #expect(try client.get("/report/midden-drenthe/1999").status == 404)
            #expect(try client.get("/report/midden-drenthe/2201").status == 404)
            let unknown = try client.get("/report/atlantis/2024")
            #expect(unknown.status == 404)
            #expect(unknown.text.contains("Er is geen gemeente “atlantis”."))
        }
    }

    @Test func pagesAnswerIfNoneMatchWith304AndOtherMethodsWith405() throws {
        try withDemoApp { app in
            let page = try app.client().get("/catalogue?year=2024")
            let etag = try #require(page.header("ETag"))
            let again = try app.client().get("/catalogue?year=2024", headers: ["If-None-Match: \(etag)", "Connection: close"])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            #expect(again.header("Content-Security-Policy") == Self.policy)
            let other = try app.client().get("/catalogue?year=2025", headers: ["If-None-Match: \(etag)"])
            #expect(other.status == 200)

            let post = try app.client().request("POST", "/catalogue", body: "q=x", contentType: "application/x-www-form-urlencoded")
            #expect(post.status == 405)
            #expect(post.header("Allow") == "GET, HEAD, OPTIONS")
        }
    }

    @Test func unknownPathsBelowThePagesAreNotFound() throws {
        try withDemoApp { app in
            let client = try app.client()
            for path in ["/catalogue/breicafe/prijzen", "/report/midden-drenthe", "/report/midden-drenthe/2024/extra",
                         "/assets", "/assets/", "/catalogue/36", "/dashboard"] {
                #expect(try client.get(path).status == 404, "\(path)")
            }
        }
    }

    /// The basket's reference example names the order's own year, not a fixed one.
    @Test func theBasketsReferenceExampleNamesTheOrderYear() throws {
        try withDemoApp { app in
            let admin = try app.signedInPerson(email: "mandje@x.nl", role: "admin")
            for year in [2026, 2027, 2028] {
                let page = try app.client().get("/orders/new?year=\(year)", headers: admin.readHeaders).text
                #expect(page.contains("of “Afname \(year)”; het staat op de bestelling."), "\(year)")
                #expect(webTestMatches(page, "Afname 20") == 1, "\(year)")
            }
        }
    }

    /// Key figures without an area in the address open on the first municipality only for
    /// keyfigures.js to replace by the one used last; asked for, the area is remembered.
    @Test func keyFiguresSayWhereTheAreaCameFrom() throws {
        try withDemoApp { app in
            let staff = try app.signedInPerson(email: "cijfers@x.nl", role: "staff")
            let first = try app.client().get("/registrations/figures", headers: staff.readHeaders).text
            #expect(first.contains("data-area-from=\"first\""))
            let asked = try app.client().get("/registrations/figures?area=assen", headers: staff.readHeaders).text
            #expect(asked.contains("data-area-from=\"asked\"") && asked.contains("data-area=\"assen\""))
        }
    }
}

/// How often `pattern` (a regular expression) occurs in `text`.
func webTestMatches(_ text: String, _ pattern: String) -> Int {
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return -1 }
    return expression.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
}

/// The first match of `pattern` in `text`.
func webTestFirstMatch(_ text: String, _ pattern: String) -> String? {
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
          let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
          let range = Range(match.range, in: text) else { return nil }
    return String(text[range])
}
