import Foundation
import SQLite
import Testing

/// Errors classify constraint failures from real STRICT tables, and carry the
/// SQL but never the bound values (they may be personal data).
@Suite struct SQLiteErrorTests {
    private static let schema = """
        CREATE TABLE municipality (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            inhabitants INTEGER NOT NULL CHECK (inhabitants >= 0)
        ) STRICT;
        CREATE TABLE code (cbs TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT, WITHOUT ROWID;
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality (id)
        ) STRICT;
        """

    private func withSchema(_ body: (Connection) throws -> Void) throws {
        try withTemporaryDatabase { db, _ in
            try db.execute(Self.schema)
            try db.run("INSERT INTO municipality (slug, inhabitants) VALUES (?, ?)", "midden-drenthe", 33_000)
            try body(db)
        }
    }

    @Test func uniqueViolationCarriesCodeMessageAndSQLButNotTheValue() throws {
        try withSchema { db in
            let secret = "jan.jansen@example.nl-secret"
            let sql = "INSERT INTO municipality (slug, inhabitants) VALUES (?, ?)"
            try db.run(sql, secret, 1)
            let error = try #require(throws: SQLiteError.self) { try db.run(sql, secret, 2) }
            #expect(error.code == 2067)  // SQLITE_CONSTRAINT_UNIQUE
            #expect(error.primaryCode == 19)  // SQLITE_CONSTRAINT
            #expect(error.isUniqueViolation)
            #expect(!error.isForeignKeyViolation && !error.isCheckViolation && !error.isBusy)
            #expect(error.message.contains("UNIQUE constraint failed: municipality.slug"))
            #expect(error.sql == sql)
            #expect(error.description.contains(sql))
            #expect(error.description.contains("2067"))
            #expect(!error.description.contains(secret))
            #expect(!String(describing: error).contains(secret))
        }
    }

    @Test func primaryKeyViolationCountsAsUnique() throws {
        try withSchema { db in
            try db.run("INSERT INTO code VALUES (?, ?)", "GM1731", "Midden-Drenthe")
            let error = try #require(throws: SQLiteError.self) {
                try db.run("INSERT INTO code VALUES (?, ?)", "GM1731", "again")
            }
            #expect(error.code == 1555)  // SQLITE_CONSTRAINT_PRIMARYKEY
            #expect(error.isUniqueViolation)
        }
    }

    @Test func foreignKeyViolation() throws {
        try withSchema { db in
            let error = try #require(throws: SQLiteError.self) {
                try db.run("INSERT INTO orders (municipality_id) VALUES (?)", 999)
            }
            #expect(error.code == 787)  // SQLITE_CONSTRAINT_FOREIGNKEY
            #expect(error.isForeignKeyViolation)
            #expect(!error.isUniqueViolation)
        }
    }

    @Test func checkNotNullAndStrictTypeViolations() throws {
        try withSchema { db in
            let insert = "INSERT INTO municipality (slug, inhabitants) VALUES (?, ?)"
            let check = try #require(throws: SQLiteError.self) { try db.run(insert, "a", -5) }
            #expect(check.code == 275)  // SQLITE_CONSTRAINT_CHECK
            let notNull = try #require(throws: SQLiteError.self) { try db.run(insert, String?.none, 5) }
            #expect(notNull.code == 1299)  // SQLITE_CONSTRAINT_NOTNULL
            let datatype = try #require(throws: SQLiteError.self) { try db.run(insert, "b", "many-secret") }
            #expect(datatype.code == 3091)  // SQLITE_CONSTRAINT_DATATYPE
            #expect(!datatype.description.contains("many-secret"))
            for error in [check, notNull, datatype] {
                #expect(error.isCheckViolation)
                #expect(!error.isUniqueViolation && !error.isForeignKeyViolation)
            }
        }
    }

    @Test func busyWhenAnotherConnectionHoldsTheWriteLock() throws {
        try withTemporaryDatabase { db, path in
            try db.execute("CREATE TABLE t (x INTEGER) STRICT")
            let impatient = try Connection(path: path, options: .init(busyTimeoutMilliseconds: 0))
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                let error = try #require(throws: SQLiteError.self) {
                    try impatient.transaction(.immediate) { try impatient.run("INSERT INTO t VALUES (2)") }
                }
                #expect(error.primaryCode == 5)  // SQLITE_BUSY
                #expect(error.isBusy)
            }
        }
    }

    @Test func syntaxErrorsCarryTheSQL() throws {
        try withTemporaryDatabase { db, _ in
            let error = try #require(throws: SQLiteError.self) { try db.query("SELEC 1") }
            #expect(error.code == 1)  // SQLITE_ERROR
            #expect(error.sql == "SELEC 1")
            #expect(error.message.contains("syntax error"))
        }
    }
}
