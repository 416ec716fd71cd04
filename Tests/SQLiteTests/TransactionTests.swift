import Foundation
import SQLite
import Testing

private struct AbortTransfer: Error, Equatable {}

@Suite struct TransactionTests {
    private func count(_ db: Connection) throws -> Int {
        try db.scalar("SELECT count(*) FROM t", as: Int.self) ?? -1
    }

    @Test func commitsWhenTheBodyReturns() throws {
        try withTemporaryDatabase { db, path in
            try db.execute("CREATE TABLE t (x INTEGER) STRICT")
            let answer = try db.transaction {
                try db.run("INSERT INTO t VALUES (?)", 1)
                try db.run("INSERT INTO t VALUES (?)", 2)
                return "done"
            }
            #expect(answer == "done")
            #expect(db.isAutocommit)
            let other = try Connection(path: path, mode: .readOnly)
            #expect(try count(other) == 2)
        }
    }

    @Test(arguments: [Connection.TransactionKind.deferred, .immediate])
    func rollsBackOnAThrownErrorAndRethrowsIt(_ kind: Connection.TransactionKind) throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (x INTEGER) STRICT")
            #expect(throws: AbortTransfer()) {
                try db.transaction(kind) {
                    try db.run("INSERT INTO t VALUES (1)")
                    throw AbortTransfer()
                }
            }
            #expect(try count(db) == 0)
            #expect(db.isAutocommit)
        }
    }

    @Test func rollsBackOnAnSQLiteErrorInTheBody() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (x INTEGER UNIQUE) STRICT")
            let error = try #require(throws: SQLiteError.self) {
                try db.transaction {
                    try db.run("INSERT INTO t VALUES (1)")
                    try db.run("INSERT INTO t VALUES (1)")
                }
            }
            #expect(error.isUniqueViolation)
            #expect(try count(db) == 0)
        }
    }

    @Test func nestingIsAnErrorAndLeavesTheOuterTransactionUsable() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (x INTEGER) STRICT")
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                let error = try #require(throws: SQLiteError.self) {
                    try db.transaction { try db.run("INSERT INTO t VALUES (2)") }
                }
                #expect(error.code == 21)  // SQLITE_MISUSE
                try db.run("INSERT INTO t VALUES (3)")
            }
            #expect(try db.query("SELECT x FROM t ORDER BY x").map { try $0.column(0, as: Int.self) } == [1, 3])
        }
    }

    @Test func aFailingCommitRollsBack() throws {
        try withTemporaryDatabase { db, _ in
            // A deferred foreign key is only checked at COMMIT.
            try db.execute("""
                CREATE TABLE parent (id INTEGER PRIMARY KEY) STRICT;
                CREATE TABLE child (
                    id INTEGER PRIMARY KEY,
                    parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED
                ) STRICT;
                """)
            let error = try #require(throws: SQLiteError.self) {
                try db.transaction { try db.run("INSERT INTO child (parent_id) VALUES (?)", 42) }
            }
            #expect(error.isForeignKeyViolation)
            #expect(error.sql == "COMMIT")
            #expect(db.isAutocommit)
            #expect(try db.scalar("SELECT count(*) FROM child", as: Int.self) == 0)
        }
    }
}
