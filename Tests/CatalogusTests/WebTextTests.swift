@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Testing

/// The pieces the server-rendered pages are made of: escaping and Dutch notation.
@Suite struct WebTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\" onmouseover='x'", "&quot; onmouseover=&#39;x&#39;"),
        ("Klik&Tik", "Klik&amp;Tik"),
        ("&amp;", "&amp;amp;"),
        ("Breicafé – ü 🙂", "Breicafé – ü 🙂"),
    ])
    func escapesTextForElementsAndQuotedAttributes(input: String, expected: String) {
        #expect(HTML.escape(input) == expected)
        let value = input
        let fragment: HTML = "<p title=\"\(value)\">\(value)</p>"
        #expect(fragment.description == "<p title=\"\(expected)\">\(expected)</p>")
    }

    @Test func markupPassesOnlyWhenItIsHTMLAlready() {
        let inner: HTML = "<em>\("<b>")</em>"
        let outer: HTML = "<p>\(inner)</p>"
        #expect(outer.description == "<p><em>&lt;b&gt;</em></p>")
    }

    @Test(arguments: [
        ("breicafe", "breicafe"), ("a b", "a%20b"), ("../x", "..%2Fx"), ("é", "%C3%A9"), ("\"><", "%22%3E%3C"), ("q?x#y", "q%3Fx%23y"),
    ])
    func pathSegmentsStayInsideTheirSegment(input: String, expected: String) {
        #expect(HTML.pathSegment(input) == expected)
    }

    @Test(arguments: [
        (Int64(0), "0"), (7, "7"), (999, "999"), (1_000, "1.000"), (6_984, "6.984"), (188_901, "188.901"),
        (1_234_567, "1.234.567"), (-2_556, "-2.556"),
    ])
    func integersGetDutchThousandSeparators(value: Int64, expected: String) {
        #expect(DutchText.integer(value) == expected)
    }

    @Test(arguments: [
        (Int64(0), "€ 0,00"), (5, "€ 0,05"), (6_500, "€ 65,00"), (123_456, "€ 1.234,56"), (-1_050, "€ -10,50"),
    ])
    func moneyIsInEurosWithADecimalComma(cents: Int64, expected: String) {
        #expect(DutchText.money(cents: cents) == expected)
    }

    @Test func grossPriceRoundsVATHalfAwayFromZero() {
        #expect(DutchText.grossCents(net: 6_708, vatRate: 9) == 7_312)   // 603.72 → 604
        #expect(DutchText.grossCents(net: 50, vatRate: 9) == 55)         // 4.5 → 5
        #expect(DutchText.grossCents(net: 32_500, vatRate: 0) == 32_500)
    }

    @Test func vocabularyIsDutch() {
        #expect(DutchText.unit("session") == "per dagdeel")
        #expect(DutchText.format("office_hours") == "Spreekuur")
        #expect(DutchText.unit("fortnight") == "fortnight", "an unknown code is shown as it is")
        #expect(DutchText.audienceList(["adults", "seniors"]) == "volwassenen, senioren")
    }
}
