@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Every code a person can see has its Dutch label in the server's one vocabulary, and
/// the pages, workbooks and scripts take the words from there.
@Suite struct VocabularyLabelTests {
    static let terms: [(name: String, terms: Terms)] = PageVocabulary.sets + [("columns", Vocabulary.columnTerms)]

    @Test func everySetHasOneNonEmptyLabelPerCode() {
        for (name, terms) in Self.terms {
            #expect(Set(terms.codes).count == terms.codes.count, "\(name): a code listed twice")
            for term in terms.terms {
                #expect(!term.label.trimmingCharacters(in: .whitespaces).isEmpty, "\(name).\(term.code) has no Dutch label")
            }
        }
    }

    /// The enums' labels are switches (a new case without one does not compile); here: all
    /// of them reach the pages.
    @Test func thePagesGetEveryValueOfEverySet() throws {
        let document = try JSONParser.parse(PageVocabulary.json)
        func codes(_ name: String) -> Set<String> { Set(document[name]?.objectValue?.keys ?? []) }
        #expect(codes("roles") == Set(Role.allCases.map(\.rawValue)))
        #expect(codes("order_statuses") == Set(OrderStatus.allCases.map(\.rawValue)))
        #expect(codes("units") == Set(Vocabulary.units))
        #expect(codes("formats") == Set(Vocabulary.formats))
        #expect(codes("audiences") == Set(Vocabulary.audiences))
        #expect(codes("location_kinds") == Set(Vocabulary.locationKinds))
        #expect(codes("figure_units") == Set(FigureDefinition.Unit.allCases.map(\.rawValue)))
        #expect(codes("webhook_events") == Set(WebhookEventType.allCases.map(\.rawValue)))
        #expect(codes("registration_fields").isSuperset(of: RegistrationInput.fields))
        #expect(document["roles"]?["viewer"]?.stringValue == "meekijker")
        #expect(document["order_statuses"]?["submitted"]?.stringValue == "ingediend")
    }

    /// The column names of every table that is also a workbook: a new column without its
    /// Dutch name fails here.
    @Test(arguments: [
        ("registrations", Registration.csvHeader), ("orders", OrderView.csvHeader), ("prices", PriceListItem.csvHeader),
        ("overview", Overview.csvHeader), ("series", TimeSeriesDocument.seriesHeader),
    ])
    func everyWorkbookColumnHasADutchName(table: String, header: [String]) {
        for column in header {
            #expect(Vocabulary.columnTerms.contains(column), "\(table): column \(column) has no Dutch name in Vocabulary.columnTerms")
        }
    }

    @Test func aWorkbookShowsLabelsWhereCSVKeepsCodes() throws {
        var table = Table(name: "Prijslijst 2026", header: PriceListItem.csvHeader)
        PriceListItem(activityID: 1, code: "breicafe", name: "Het Breicafé", programme: "leesbevordering", unit: "session",
                      unitPriceCents: 6500, vatRate: 9).writeRow(to: &table)
        let csv = String(decoding: CSVWriter(separator: ",", table: table).bytes, as: UTF8.self)
        #expect(csv.contains("activity_id,activity_code,activity_name,programme,unit,unit_price_cents,vat_rate"), "\(csv)")
        #expect(csv.contains(",session,6500,9"), "\(csv)")
        #expect(WorkbookSheet.headerNames(table).contains("Prijs per eenheid (€)"))
        #expect(table.rows[0][4] == .code("session", label: "per dagdeel"))
    }

    @Test func everyPageWithAScriptCarriesTheVocabulary() {
        let page = WebLayout(title: "T", description: "D", section: .none, script: "orders.js").render("<p>x</p>", for: nil).rendered
        #expect(page.contains("<script type=\"application/json\" id=\"vocabulary\">\(PageVocabulary.json)</script>"))
        let plain = WebLayout(title: "T", description: "D", section: .none).render("<p>x</p>", for: nil).rendered
        #expect(!plain.contains("id=\"vocabulary\""))
    }

    /// The scripts ask vocabulary.js only for sets the server sends, and keep no copy of
    /// the words: a role, status, unit or location kind written into a script fails here.
    @Test func scriptsKeepNoLabelTablesOfTheirOwn() throws {
        let folder = WebAssetTests.folder
        let sent = Set(PageVocabulary.sets.map(\.name))
        let vocabulary = try String(contentsOf: folder.appendingPathComponent("vocabulary.js"), encoding: .utf8)
        let asked = vocabulary.matches(of: /label\('([a-z_]+)'/).map { String($0.1) }
        #expect(!asked.isEmpty)
        for name in asked { #expect(sent.contains(name), "vocabulary.js asks for '\(name)', which the server does not send") }

        let watched = ["roles", "order_statuses", "units", "location_kinds"]
        // "gemeente" and "concept" are also ordinary words of the pages' sentences.
        let words = PageVocabulary.sets.filter { watched.contains($0.name) }.flatMap { $0.terms.terms.map(\.label) }
            .filter { !["gemeente", "concept"].contains($0) }
        for name in try WebAssetTests.files() where name.hasSuffix(".js") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for word in words {
                #expect(!text.contains("'\(word)'"), "\(name) holds its own '\(word)': take it from vocabulary.js")
            }
        }
    }
}
