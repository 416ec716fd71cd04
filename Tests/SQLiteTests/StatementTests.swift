import Foundation
import SQLite
import Testing

@Suite struct StatementTests {
    @Test func argumentCountMustMatch() throws {
        try withTemporaryDatabase { db, _ in
            let error = try #require(throws: SQLiteError.self) { try db.run("SELECT ?, ?", 1) }
            #expect(error.code == 25)  // SQLITE_RANGE
            #expect(error.message.contains("2"))
        }
    }

    @Test func runTakesExactlyOneStatement() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (x INTEGER)")
            let error = try #require(throws: SQLiteError.self) {
                try db.run("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)")
            }
            #expect(error.code == 21)  // SQLITE_MISUSE
            #expect(try db.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
            // Trailing whitespace and comments are not a second statement.
            try db.run("INSERT INTO t VALUES (3);  -- done\n")
            #expect(try db.scalar("SELECT count(*) FROM t", as: Int.self) == 1)
            #expect(throws: SQLiteError.self) { try db.run("  -- nothing  ") }
        }
    }

    @Test func executeRunsEveryStatementAndNamesTheFailingOne() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("""
                CREATE TABLE a (x INTEGER) STRICT;
                -- a comment between statements
                INSERT INTO a VALUES (1);
                PRAGMA user_version = 7;
                """)
            #expect(try db.scalar("SELECT x FROM a", as: Int.self) == 1)
            #expect(try db.scalar("PRAGMA user_version", as: Int.self) == 7)
            let error = try #require(throws: SQLiteError.self) {
                try db.execute("INSERT INTO a VALUES (2); INSERT INTO missing VALUES (3); INSERT INTO a VALUES (4)")
            }
            #expect(error.sql == "INSERT INTO missing VALUES (3); INSERT INTO a VALUES (4)")
            #expect(error.message.contains("no such table"))
            // Statements before the failure ran (no implicit transaction), later ones did not.
            #expect(try db.query("SELECT x FROM a ORDER BY x").map { try $0.column(0, as: Int.self) } == [1, 2])
        }
    }

    @Test func stepErrorNamesTheStatement() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (x INTEGER NOT NULL) STRICT")
            let error = try #require(throws: SQLiteError.self) {
                try db.execute("INSERT INTO t VALUES (1); INSERT INTO t VALUES (NULL)")
            }
            #expect(error.sql == "INSERT INTO t VALUES (NULL)")
            #expect(error.code == 1299)  // SQLITE_CONSTRAINT_NOTNULL
        }
    }

    @Test func changesAndLastInsertRowID() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER) STRICT")
            try db.run("INSERT INTO t (x) VALUES (?), (?), (?)", 1, 2, 3)
            #expect(db.lastInsertRowID == 3)
            #expect(db.changes == 3)
            try db.run("UPDATE t SET x = x + 1 WHERE x >= ?", 2)
            #expect(db.changes == 2)
        }
    }
}

@Suite struct StatementCacheTests {
    @Test func sameSQLGivesTheSameStatement() throws {
        try withTemporaryDatabase { db, _ in
            let first = try db.cachedStatement("SELECT ?")
            let again = try db.cachedStatement("SELECT ?")
            let other = try db.cachedStatement("SELECT ? + 1")
            #expect(first === again)
            #expect(first !== other)
            _ = try db.query("SELECT ?", 1)
            #expect(try db.cachedStatement("SELECT ?") === first)
        }
    }

    @Test func bindingsAreClearedBetweenUses() throws {
        try withTemporaryDatabase { db, _ in
            #expect(try db.scalar("SELECT ?", "personal", as: String.self) == "personal")
            let statement = try db.cachedStatement("SELECT ?")
            #expect(try statement.step())
            #expect(try statement.column(0, as: String?.self) == nil)
            statement.reset()
        }
    }

    @Test func forEachRowStreamsAndAllowsTheSameQueryNested() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (1), (2), (3)")
            let sql = "SELECT x FROM t WHERE x > ? ORDER BY x"
            var pairs: [[Int]] = []
            try db.forEachRow(sql, arguments: [0]) { outer in
                let x = try outer.column(0, as: Int.self)
                let above = try db.query(sql, x).map { try $0.column(0, as: Int.self) }
                pairs.append([x] + above)
            }
            #expect(pairs == [[1, 2, 3], [2, 3], [3]])
            // The cached statement was handed back reset, so it runs again from the start.
            var again: [Int] = []
            try db.forEachRow(sql, arguments: [1]) { again.append(try $0.column(0)) }
            #expect(again == [2, 3])
        }
    }

    @Test func queryRowDoesNotPinAReadSnapshot() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/db.sqlite"
            let writer = try Connection(path: path)
            try writer.execute("CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (1), (2)")
            let reader = try Connection(path: path, mode: .readOnly)
            // Stops after the first of two rows: the statement must still be reset.
            #expect(try reader.queryRow("SELECT x FROM t ORDER BY x")?.column(0, as: Int.self) == 1)
            try writer.run("INSERT INTO t VALUES (3)")
            #expect(try reader.scalar("SELECT count(*) FROM t", as: Int.self) == 3)
        }
    }

    @Test func cacheIsBounded() throws {
        try withTemporaryDatabase(options: .init(statementCacheCapacity: 2)) { db, _ in
            let first = try db.cachedStatement("SELECT 1")
            _ = try db.cachedStatement("SELECT 2")
            #expect(try db.cachedStatement("SELECT 1") === first)
            _ = try db.cachedStatement("SELECT 3")  // over capacity: the cache starts afresh
            #expect(try db.cachedStatement("SELECT 1") !== first)
            // A statement dropped from the cache still works for whoever holds it.
            #expect(try first.step())
            #expect(try first.column(0, as: Int.self) == 1)
            first.reset()
        }
    }
}
