import Foundation
import SQLite
import Testing

@Suite struct ConnectionTests {
    @Test func readWriteConnectionsUseWALWithFullSyncAndForeignKeys() throws {
        try withTemporaryDatabase { db, path in
            #expect(try db.scalar("PRAGMA journal_mode", as: String.self) == "wal")
            #expect(try db.scalar("PRAGMA synchronous", as: Int.self) == 2)  // FULL
            #expect(try db.scalar("PRAGMA foreign_keys", as: Bool.self) == true)
            #expect(try db.scalar("PRAGMA busy_timeout", as: Int.self) == 5000)
            #expect(FileManager.default.fileExists(atPath: path))
            let relaxed = try Connection(path: path, options: .init(busyTimeoutMilliseconds: 50, synchronousFull: false))
            #expect(try relaxed.scalar("PRAGMA synchronous", as: Int.self) == 1)  // NORMAL
            #expect(try relaxed.scalar("PRAGMA busy_timeout", as: Int.self) == 50)
        }
    }

    @Test func readsNeverWaitForAnOpenWriteTransaction() throws {
        try withTemporaryDatabase { writer, path in
            try writer.execute("CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (1)")
            let reader = try Connection(path: path, mode: .readOnly)
            #expect(try reader.scalar("PRAGMA journal_mode", as: String.self) == "wal")
            try writer.transaction(.immediate) {
                try writer.run("INSERT INTO t VALUES (2)")
                // With a rollback journal this would wait out the 5 s busy
                // timeout and fail; in WAL it reads the last committed state at once.
                let seen = try reader.scalar("SELECT count(*) FROM t", as: Int.self)
                #expect(seen == 1)
            }
            #expect(try reader.scalar("SELECT count(*) FROM t", as: Int.self) == 2)
        }
    }

    @Test func readOnlyConnectionsCannotWrite() throws {
        try withTemporaryDatabase { db, path in
            try db.execute("CREATE TABLE t (x INTEGER) STRICT")
            let reader = try Connection(path: path, mode: .readOnly)
            #expect(try reader.scalar("PRAGMA query_only", as: Bool.self) == true)
            let error = try #require(throws: SQLiteError.self) { try reader.run("INSERT INTO t VALUES (1)") }
            #expect(error.primaryCode == 8)  // SQLITE_READONLY
            #expect(throws: SQLiteError.self) { try reader.execute("CREATE TABLE u (y INTEGER)") }
            #expect(try db.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
        }
    }

    @Test func readOnlyDoesNotCreateAMissingFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/absent.sqlite"
            let error = try #require(throws: SQLiteError.self) { try Connection(path: path, mode: .readOnly) }
            #expect(error.primaryCode == 14)  // SQLITE_CANTOPEN
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func closeIsIdempotentAndLaterUseThrows() throws {
        try withTemporaryDatabase { db, _ in
            let statement = try db.cachedStatement("SELECT 1")
            _ = statement  // a statement still held must not block closing
            db.close()
            db.close()
            let error = try #require(throws: SQLiteError.self) { try db.query("SELECT 1") }
            #expect(error.code == 21)  // SQLITE_MISUSE
        }
    }

    @Test func integrityCheckOnAHealthyDatabase() throws {
        try withTemporaryDatabase { db, _ in
            try db.execute("CREATE TABLE t (x INTEGER PRIMARY KEY, y TEXT) STRICT; CREATE INDEX t_y ON t (y)")
            try db.transaction { for i in 0..<200 { try db.run("INSERT INTO t (y) VALUES (?)", "row \(i)") } }
            #expect(try db.integrityCheck() == "ok")
        }
    }
}
