import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `q`: full-text search over name, summary and description, accent-insensitive and by
/// word prefix; user text must never reach FTS5 as syntax.
@Suite struct CatalogueSearchTests {
    private static func codes(_ api: CatalogueAPI, _ q: String, extra: String = "",
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let response = try api.call("GET", "/api/v1/activities?q=\(catalogueQueryEncode(q))\(extra)")
        #expect(response.status == 200, "q=\(q): \(response)", sourceLocation: sourceLocation)
        return response.catalogueItems.compactMap { $0["code"]?.stringValue }
    }

    @Test(arguments: ["breicafe", "breica", "Breicafé", "BREICAFÉ", "breicafe\u{301}", "  breicafe  ", "het breicafe"])
    func accentsAndPrefixesFindHetBreicafe(q: String) throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            #expect(try Self.codes(api, q).contains("breicafe"), "q=\(q)")
        }
    }

    @Test func wordPrefixFindsDigisterkerAndDigiVitaler() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let digi = try Self.codes(api, "digi")
            #expect(digi.contains("digisterker"))
            #expect(digi.contains("digivitaler"))
            #expect(!digi.contains("breicafe"))
            // Every word must match: "cursus digi" keeps the courses, drops the Digi-Taalhuis.
            let both = try Self.codes(api, "cursus digi")
            #expect(both.contains("digisterker") && both.contains("digivitaler"))
            #expect(Set(both).isSubset(of: Set(digi)))
            #expect(try Self.codes(api, "breicafe koffieochtendxyz").isEmpty)
            // Search pages like any list.
            let paged = try api.allItems("/api/v1/activities?q=digi", limit: 2).compactMap { $0["code"]?.stringValue }
            #expect(paged == digi)
        }
    }

    /// The name first: exact, then starting with the text, then containing it, then found by
    /// summary or description only; ties by name. Paging keeps that order.
    @Test func searchRanksByTheName() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let koffie = try Self.codes(api, "koffie")
            #expect(koffie.first == "koffieochtend", "\(koffie)")
            #expect(koffie.contains("breicafe"))
            try api.createActivity(code: "koffie", name: "Koffie")
            try api.createActivity(code: "samen-koffie", name: "Samen koffie drinken")
            try api.createActivity(code: "koffie-a", name: "Koffie aan huis")
            let ranked = try Self.codes(api, "Koffie")
            #expect(Array(ranked.prefix(4)) == ["koffie", "koffie-a", "koffieochtend", "samen-koffie"], "\(ranked)")
            #expect(ranked.firstIndex(of: "breicafe").map { $0 >= 4 } == true, "\(ranked)")

            let taalhuis = try Self.codes(api, "taalhuis")
            #expect(Array(taalhuis.prefix(3)) == ["taalhuis", "digi-taalhuis", "taalhuis-inloopspreekuur"], "\(taalhuis)")
            // Accents and case do not matter for the name either.
            #expect(try Self.codes(api, "HET breicafé").first == "breicafe")

            for q in ["koffie", "taalhuis", "digi"] {
                let whole = try Self.codes(api, q)
                for limit in [1, 2, 3] {
                    let paged = try api.allItems("/api/v1/activities?q=\(q)", limit: limit).compactMap { $0["code"]?.stringValue }
                    #expect(paged == whole, "q=\(q) limit=\(limit)")
                }
            }
        }
    }

    @Test func aCursorOfAnotherListIsRefusedBySearch() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let plain = try api.call("GET", "/api/v1/activities?limit=1")
            let cursor = try #require(try plain.json()["next_cursor"]?.stringValue)
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities?q=koffie&cursor=\(cursor)"), 422, fields: ["cursor"])
        }
    }

    @Test func searchCoversSummaryAndDescription() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            try api.createActivity(code: "handwerkuur", name: "Handwerkuur", summary: "Samen borduren met xylofoonmuziek.")
            #expect(try Self.codes(api, "xylofoon") == ["handwerkuur"])
            let patched = try api.asAdmin("PATCH", "/api/v1/activities/handwerkuur", json: ["description": "Met zeefdrukwerkplaats."],
                                          headers: ["If-Match: \"1\""])
            #expect(patched.status == 200, "\(patched)")
            #expect(try Self.codes(api, "zeefdruk") == ["handwerkuur"])
        }
    }

    @Test(arguments: [
        "OR", "AND", "NOT", "NEAR(", "NEAR(breicafe koffie, 2)", "breicafe OR koffieochtend", "\"breicafe", "breica*",
        "name:breicafe", "-breicafe", "^breicafe", "breicafe)", "{name}: x", "'; DROP TABLE activity; --", "a\"b\"c",
        "编织", "Ærø Łódź", String(repeating: "a", count: 300),
        (1...30).map { "woord\($0)" }.joined(separator: " "),
    ])
    func ftsSyntaxInQIsNeverAnError(q: String) throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/activities?q=\(catalogueQueryEncode(q))")
            #expect(response.status == 200, "q=\(q): \(response)")
            #expect(response.header("Content-Type") == "application/json; charset=utf-8")
            #expect(try app.client().get("/healthz", headers: ["Connection: close"]).status == 200)
        }
    }

    @Test(arguments: ["breicafe%00", "%00", "breicafe%0D%0A", "%C3%28", "%FF%FE"])
    func controlBytesAndBadUTF8InQAreNoServerError(rawQ: String) throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("GET", "/api/v1/activities?q=\(rawQ)")
            #expect([200, 400, 422].contains(response.status), "q=\(rawQ): \(response)")
        }
    }

    @Test func quotedAndStarredWordsStillSearchTheWord() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            #expect(try Self.codes(api, "\"breicafe\"").contains("breicafe"))
            #expect(try Self.codes(api, "breica*").contains("breicafe"))
            #expect(try Self.codes(api, "(breicafe)").contains("breicafe"))
        }
    }

    @Test(arguments: ["", "\"", "*", "\"*\"", "---", "()", "🧶", " "])
    func qWithoutLettersIs422(q: String) throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.call("GET", "/api/v1/activities?q=\(catalogueQueryEncode(q))"), 422, fields: ["q"])
        }
    }

    @Test func renamedActivityIsFoundUnderItsNewNameOnly() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let created = try api.createActivity(code: "quiltmiddag", name: "Quiltmiddag")
            let id = try #require(created["id"]?.int64Value)
            #expect(try Self.codes(api, "quiltmid") == ["quiltmiddag"])
            let renamed = try api.asAdmin("PATCH", "/api/v1/activities/\(id)", json: ["name": "Patchworkavond"], headers: ["If-Match: \"1\""])
            #expect(renamed.status == 200, "\(renamed)")
            #expect(try Self.codes(api, "quiltmiddag").isEmpty)
            #expect(try Self.codes(api, "patchwork") == ["quiltmiddag"])
            // Archived ones drop out of the default search but stay findable with active=all.
            _ = try api.asAdmin("DELETE", "/api/v1/activities/\(id)", headers: ["If-Match: \"2\""])
            #expect(try Self.codes(api, "patchwork").isEmpty)
            #expect(try Self.codes(api, "patchwork", extra: "&active=all") == ["quiltmiddag"])
        }
    }
}
