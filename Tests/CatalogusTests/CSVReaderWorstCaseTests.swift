@testable import Catalogus
@testable import CatalogusAPI
@testable import CatalogusDomain
@testable import CatalogusServices
@testable import CatalogusStorage
@testable import CatalogusWeb
import Testing

/// Hostile CSV bodies (bulk registration uploads) under the body limit: each is read in one
/// linear pass, so a megabyte is milliseconds; sizes are large enough that per-row or per-cell
/// rescanning or concatenation would not finish. No time limit: it would make them flaky.
@Suite("CSV reader: worst cases and hostile input")
struct CSVReaderWorstCaseTests {
    static func read(_ text: String) throws(CSVReader.Error) -> [[String]] {
        try CSVReader.parse(Array(text.utf8))
    }

    static func failure(_ text: String) -> CSVReader.Error? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsManyColumns() throws {
        let count = 200_000
        let header = (0..<count).map { "c\($0)" }.joined(separator: ",")
        let rows = try Self.read(header + "\r\n" + String(repeating: "1,", count: count - 1) + "1\r\n")
        #expect(rows.count == 2)
        #expect(rows[0].count == count && rows[0].last == "c\(count - 1)")
        #expect(rows[1].count == count && rows[1].allSatisfy { $0 == "1" })
    }

    @Test func readsManyRows() throws {
        let count = 200_000
        let body = "name;email\n" + (0..<count).map { "n\($0);e\($0)@example.nl\n" }.joined()
        let rows = try Self.read(body)
        #expect(rows.count == count + 1)
        #expect(rows.last == ["n\(count - 1)", "e\(count - 1)@example.nl"])
    }

    @Test func readsALongQuotedFieldWithQuotesAndLineBreaks() throws {
        let piece = "say \"\"hi\"\",\r\n"
        let count = 65_536
        let rows = try Self.read("a,b\r\n\"" + String(repeating: piece, count: count) + "\",2\r\n")
        #expect(rows.count == 2 && rows[1].count == 2 && rows[1][1] == "2")
        #expect(rows[1][0] == String(repeating: "say \"hi\",\r\n", count: count))
    }

    @Test func readsManyEmptyCellsAndSkipsManyBlankLines() throws {
        let rows = try Self.read("a\n" + String(repeating: ",", count: 500_000) + "\n" + String(repeating: "\r\n", count: 200_000))
        #expect(rows.count == 2 && rows[1].count == 500_001 && rows[1].allSatisfy(\.isEmpty))
    }

    /// Line numbers count the line breaks inside quoted cells, so the error points at the line.
    @Test(arguments: [
        BadQuote(name: "after a quoted line break", text: "a,b\n1,2\n\"x\ny\",3\n4,5\"\n", line: 5, reason: "a quote inside an unquoted field"),
        BadQuote(name: "text after closing", text: "a,b\n\"1\"2,3\n", line: 2, reason: "text after a closing quote"),
        BadQuote(name: "unclosed over 100,000 lines", text: "a,b\n1,\"" + String(repeating: "x\n", count: 100_000),
                 line: 100_002, reason: "a quoted field is not closed"),
        BadQuote(name: "after 100,000 rows", text: "a,b\n" + String(repeating: "1,2\n", count: 100_000) + "3,4\"\n",
                 line: 100_002, reason: "a quote inside an unquoted field"),
    ])
    func pointsAtTheLineOfABadQuote(_ bad: BadQuote) {
        #expect(Self.failure(bad.text) == CSVReader.Error(line: bad.line, reason: bad.reason))
    }

    /// Named briefly, so that the long inputs are not printed into the test log.
    struct BadQuote: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let line: Int
        let reason: String
        var testDescription: String { name }
    }

    /// The separator comes from the header row outside quotes: a quoted header cell may hold
    /// the other separator or a line break, and a file with CR line ends has its header row
    /// end at the first CR (before, the whole file was taken for the header).
    @Test(arguments: [
        ("\"a,b\";c\n1;2\n", [["a,b", "c"], ["1", "2"]]),
        ("\"x\ny\";z\n1;2\n", [["x\ny", "z"], ["1", "2"]]),
        ("a;b\r1,5;2\r", [["a", "b"], ["1,5", "2"]]),
        ("\u{FEFF}\"a;b\",c\n1,2\n", [["a;b", "c"], ["1", "2"]]),
        ("a;b,c\n1;2,3\n", [["a;b", "c"], ["1;2", "3"]]),
    ])
    func takesTheSeparatorFromTheHeaderRowOutsideQuotes(_ text: String, _ expected: [[String]]) throws {
        #expect(try Self.read(text) == expected)
    }

    /// A row that is one empty cell is skipped wherever it stands, the last row included.
    @Test func skipsALoneEmptyCellAtTheEndAsElsewhere() throws {
        #expect(try Self.read("a\n\"\"\nb\n") == [["a"], ["b"]])
        #expect(try Self.read("a\n\"\"") == [["a"]])
        #expect(try Self.read("a\n\"\"\n") == [["a"]])
        #expect(try Self.read("\"\"") == [])
        #expect(try Self.read("a\n\"\",") == [["a"], ["", ""]])
    }
}
