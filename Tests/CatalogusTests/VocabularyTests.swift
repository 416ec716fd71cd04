import Foundation
import SQLite
import Testing
@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb

/// The closed sets the decoders and the OpenAPI schemas use are the database's own: each
/// equals the `CHECK (column IN (…))` of its table, and the programme codes equal the
/// programme rows, so that neither can change without the other.
@Suite struct VocabularyTests {
    /// The values of `CHECK (column IN (…))` in a table's SQL, quotes removed.
    static func checkedValues(of column: String, in table: String, db: Connection) throws -> [String]? {
        guard let sql: String = try db.scalar("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", table) else { return nil }
        let pattern = "\\b\(column)\\s+IN\\s*\\(([^)]*)\\)"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: sql, range: NSRange(sql.startIndex..., in: sql)),
              let range = Range(match.range(at: 1), in: sql) else { return nil }
        return sql[range].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
    }

    static let cases: [(table: String, column: String, values: [String])] = [
        ("activity", "format", Vocabulary.formats),
        ("activity", "unit", Vocabulary.units),
        ("activity_audience", "audience", Vocabulary.audiences),
        ("location", "kind", Vocabulary.locationKinds),
        ("report_publication", "state", Vocabulary.reportStates),
        ("activity_price", "vat_rate", Vocabulary.vatRates.map(String.init)),
        ("order_line", "vat_rate", Vocabulary.vatRates.map(String.init)),
        ("purchase_order", "status", OrderStatus.allCases.map(\.rawValue)),
        ("order_history", "status", OrderStatus.allCases.map(\.rawValue)),
        // Roles are not here: since migration 0017 the server checks them (RoleMigrationTests).
    ]

    @Test(arguments: 0..<cases.count)
    func aVocabularyEqualsItsCheckConstraint(index: Int) throws {
        let (table, column, values) = Self.cases[index]
        try withDemoApp { app in
            let checked = try app.writer.withConnection { try Self.checkedValues(of: column, in: table, db: $0) }
            let found = try #require(checked, "no CHECK (\(column) IN (…)) in \(table)")
            #expect(found.sorted() == values.sorted(), "\(table).\(column)")
        }
    }

    @Test func programmeCodesAreTheProgrammeRowsInReportOrder() throws {
        try withDemoApp { app in
            let codes = try app.writer.withConnection { try ProgrammeRepository.codes(in: $0) }
            #expect(codes == Vocabulary.programmeCodes)
            #expect(OpenAPIDocument.programmeCodes == codes)
        }
    }

    /// Every group of key figures has its heading (the workbook's "De cijfers" and the
    /// key-figures page show it), and no heading is for a group that is not there.
    @Test func everyFigureGroupHasItsHeading() throws {
        try withDemoApp { app in
            let groups = try registrationTestColumn(app, "SELECT DISTINCT grp FROM figure_definition ORDER BY grp")
            #expect(groups == Vocabulary.figureGroupTerms.codes.sorted())
        }
    }

    /// The check itself can fail: a set that differs from the constraint is seen.
    @Test func aDifferentSetIsNoticed() throws {
        try withDemoApp { app in
            let checked = try app.writer.withConnection { try Self.checkedValues(of: "kind", in: "location", db: $0) }
            #expect(checked?.sorted() != (Vocabulary.locationKinds + ["castle"]).sorted())
            #expect(checked?.count == Vocabulary.locationKinds.count)
        }
    }
}

/// A record's columns are read at their place in the SELECT, however the index is found.
@Suite struct RecordColumnsTests {
    enum Sample: String, RecordColumn { case id, name, createdAt = "created_at", version }

    @Test func theSelectListAndTheIndexesFollowTheDeclaration() {
        let table = RecordTable<Sample>(name: "sample", alias: "s")
        #expect(table.selectList == "s.id, s.name, s.created_at, s.version")
        #expect(Sample.allCases.map(table.index(of:)) == [0, 1, 2, 3])
        #expect(table.select(extra: "x.y") == "SELECT s.id, s.name, s.created_at, s.version, x.y FROM sample s")
        #expect(table.insert([.name, .version]) == "INSERT INTO sample (name, version) VALUES (?, ?)")
        #expect(table.update([.name]) == "UPDATE sample SET name = ?")
    }
}
