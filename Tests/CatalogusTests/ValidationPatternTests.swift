@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import JSON
import Testing

/// ICU's `$` matches before a final line break: every validation pattern must match the
/// whole value, so that `evil\n` is refused by the rule and never reaches the database.
@Suite struct ValidationPatternTests {
    @Test(arguments: [
        (Municipality.slugPattern, "midden-drenthe"),
        (Municipality.cbsPattern, "GM1731"),
        (ActivityInput.codePattern, "klik-en-tik"),
    ])
    func aValueWithATrailingLineBreakDoesNotMatch(pattern: String, valid: String) {
        #expect(valid.matchesWhole(pattern))
        for suffix in ["\n", "\r\n", "\r", "\u{2028}", "\u{85}"] {
            #expect(!(valid + suffix).matchesWhole(pattern), "\((valid + suffix).debugDescription)")
        }
        #expect(!("\n" + valid).matchesWhole(pattern))
    }

    @Test func aSlugWithALineBreakIsRefusedByTheRule() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let slug = try api.asAdmin("PUT", "/api/v1/municipalities/evil%0A", json: ["cbs_code": "GM0014", "name": "Evil"])
            catalogueExpectProblem(slug, 422, fields: ["slug"])
            let cbs = try api.asAdmin("PUT", "/api/v1/municipalities/evil", json: ["cbs_code": "GM0014\n", "name": "Evil"])
            catalogueExpectProblem(cbs, 422, fields: ["cbs_code"])
        }
    }
}
