import Foundation
import SQLite
import Testing

/// Every bindable type goes into a STRICT `ANY` column and comes back unchanged.
@Suite struct ValueRoundTripTests {
    private func roundTrip<T: SQLiteBindable & SQLiteColumnDecodable>(_ value: T) throws -> (T, String) {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, value ANY) STRICT")
            try db.run("INSERT INTO item (value) VALUES (?)", value)
            let row = try #require(try db.queryRow("SELECT value, typeof(value) AS type FROM item"))
            return (try row.column(0, as: T.self), try row.column("type", as: String.self))
        }
    }

    @Test(arguments: [Int64.min, -1, 0, 1, Int64.max])
    func int64(_ value: Int64) throws {
        #expect(try roundTrip(value) == (value, "integer"))
    }

    @Test func intAndInt32AndBool() throws {
        #expect(try roundTrip(Int.max) == (Int.max, "integer"))
        #expect(try roundTrip(Int(Int32.min)) == (Int(Int32.min), "integer"))
        #expect(try withTemporaryDatabase { db, _ in try db.scalar("SELECT ?", Int32.min, as: Int64.self) }
            == Int64(Int32.min))
        #expect(try roundTrip(true) == (true, "integer"))
        #expect(try roundTrip(false) == (false, "integer"))
    }

    @Test(arguments: [0.0, -0.5, 0.1, Double.pi, -Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude])
    func double(_ value: Double) throws {
        let (back, type) = try roundTrip(value)
        #expect(back.bitPattern == value.bitPattern)
        #expect(type == "real")
    }

    @Test(arguments: ["", "plain", "héllo wörld — Midden-Drenthe 🚀 日本語", "nul\0inside", String(repeating: "x", count: 100_000)])
    func string(_ value: String) throws {
        #expect(try roundTrip(value) == (value, "text"))
    }

    @Test func dataKeepsZeroBytesAndEmptyStaysBlob() throws {
        let bytes = Data([0, 1, 0, 255, 0, 0])
        #expect(try roundTrip(bytes) == (bytes, "blob"))
        #expect(try roundTrip(Data()) == (Data(), "blob"))
        #expect(try roundTrip([UInt8]([0, 0, 7])) == ([0, 0, 7], "blob"))
        #expect(try roundTrip([UInt8]()) == ([], "blob"))
    }

    @Test func nilBindsNullAndReadsAsNil() throws {
        let (back, type) = try roundTrip(String?.none)
        #expect(back == nil)
        #expect(type == "null")
        #expect(try roundTrip(Int64?.some(42)) == (42, "integer"))
    }

    @Test func sqliteValueBindsAsItself() throws {
        for value: SQLiteValue in [.null, .integer(-7), .real(2.5), .text("t"), .blob([0, 9])] {
            #expect(try roundTrip(value).0 == value)
        }
    }

    @Test func statementReadsEveryColumnType() throws {
        try withTemporaryDatabase { db, _ in
            let statement = try db.makeStatement("SELECT ?, ?, ?, ?, ?")
            try statement.bind([Int64.min, 1.5, "ü", Data([0, 1]), String?.none])
            #expect(try statement.step())
            #expect(statement.columnCount == 5)
            #expect(try statement.column(0, as: Int64.self) == .min)
            #expect(try statement.column(1, as: Double.self) == 1.5)
            #expect(try statement.column(2, as: String.self) == "ü")
            #expect(try statement.column(3, as: Data.self) == Data([0, 1]))
            #expect(try statement.column(4, as: String?.self) == nil)
            #expect(try statement.step() == false)
        }
    }
}

@Suite struct ColumnAccessTests {
    @Test func namedColumnsMatchExactlyThenIgnoringCase() throws {
        try withTemporaryDatabase { db, _ in
            let row = try #require(try db.queryRow("SELECT 1 AS id, 'Assen' AS Name, 2 AS name"))
            #expect(row.columnNames == ["id", "Name", "name"])
            #expect(try row.column("id", as: Int.self) == 1)
            #expect(try row.column("name", as: Int.self) == 2)   // exact match wins
            #expect(try row.column("NAME", as: String.self) == "Assen")  // first case-insensitive
            #expect(row[1] == .text("Assen"))
            let error = try #require(throws: SQLiteDecodingError.self) { try row.column("missing", as: Int.self) }
            #expect(error.description.contains("missing"))
        }
    }

    @Test func nullIntoNonOptionalThrows() throws {
        try withTemporaryDatabase { db, _ in
            let row = try #require(try db.queryRow("SELECT NULL AS note"))
            let error = try #require(throws: SQLiteDecodingError.self) { try row.column("note", as: String.self) }
            guard case .unexpectedNull(let column, _) = error else {
                Issue.record("expected unexpectedNull, got \(error)")
                return
            }
            #expect(column == "note")
            #expect(try row.column("note", as: String?.self) == nil)
        }
    }

    @Test func mismatchesThrowWithoutShowingTheValue() throws {
        try withTemporaryDatabase { db, _ in
            let row = try #require(try db.queryRow("SELECT 'secret-value' AS t, 2 AS two, 3 AS i, x'00' AS b"))
            let error = try #require(throws: SQLiteDecodingError.self) { try row.column("t", as: Int.self) }
            #expect(!error.description.contains("secret-value"))
            #expect(error.description.contains("TEXT"))
            #expect(throws: SQLiteDecodingError.self) { try row.column("two", as: Bool.self) }
            #expect(throws: SQLiteDecodingError.self) { try row.column("i", as: String.self) }
            #expect(throws: SQLiteDecodingError.self) { try row.column("b", as: String.self) }
            #expect(throws: SQLiteDecodingError.self) { try row.column("t", as: Data.self) }
            #expect(throws: SQLiteDecodingError.self) { try row.column(9, as: Int.self) }
            // The one widening: an INTEGER reads as Double (SUM over integers).
            #expect(try row.column("i", as: Double.self) == 3)
        }
    }

    @Test func statementColumnErrors() throws {
        try withTemporaryDatabase { db, _ in
            let statement = try db.makeStatement("SELECT 'x' AS word")
            #expect(try statement.step())
            #expect(statement.columnName(0) == "word")
            #expect(throws: SQLiteDecodingError.self) { try statement.column(0, as: Int64.self) }
            #expect(throws: SQLiteDecodingError.self) { try statement.column(1, as: String.self) }
        }
    }

    @Test func scalarIsNilForNoRowAndForNull() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (x INTEGER) STRICT")
            #expect(try db.scalar("SELECT x FROM t", as: Int.self) == nil)
            #expect(try db.scalar("SELECT max(x) FROM t", as: Int.self) == nil)
            try db.run("INSERT INTO t VALUES (?), (?)", 4, 9)
            #expect(try db.scalar("SELECT max(x) FROM t WHERE x < ?", 100, as: Int.self) == 9)
            #expect(try db.scalar("SELECT sum(x) FROM t", arguments: [], as: Double.self) == 13)
        }
    }
}
