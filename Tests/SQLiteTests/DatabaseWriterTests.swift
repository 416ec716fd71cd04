import Foundation
import SQLite
import Testing

private struct Cancelled: Error {}

@Suite struct DatabaseWriterTests {
    @Test func writesFromManyTasksAllLand() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/db.sqlite"
            let writer = try DatabaseWriter(path: path)
            try writer.withConnection {
                try $0.execute("CREATE TABLE t (task INTEGER NOT NULL, n INTEGER NOT NULL, UNIQUE (task, n)) STRICT")
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for task in 0..<8 {
                    group.addTask {
                        for n in 0..<100 {
                            try writer.write { db in try db.run("INSERT INTO t VALUES (?, ?)", task, n) }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let reader = try Connection(path: path, mode: .readOnly)
            #expect(try reader.scalar("SELECT count(*) FROM t", as: Int.self) == 800)
            #expect(try reader.scalar("SELECT count(DISTINCT task) FROM t", as: Int.self) == 8)
            writer.close()
        }
    }

    @Test func writeRunsInAnImmediateTransactionAndRollsBack() throws {
        try withTemporaryDirectory { directory in
            let writer = try DatabaseWriter(path: directory + "/db.sqlite")
            try writer.withConnection { db in
                #expect(db.isAutocommit)
                try db.execute("CREATE TABLE t (x INTEGER) STRICT")
            }
            let inside = try writer.write { db in
                try db.run("INSERT INTO t VALUES (1)")
                return db.isAutocommit
            }
            #expect(inside == false)
            #expect(throws: Cancelled.self) {
                try writer.write { db in
                    try db.run("INSERT INTO t VALUES (2)")
                    throw Cancelled()
                }
            }
            #expect(try writer.withConnection { try $0.scalar("SELECT sum(x) FROM t", as: Int.self) } == 1)
        }
    }

    @Test func useAfterCloseThrows() throws {
        try withTemporaryDirectory { directory in
            let writer = try DatabaseWriter(path: directory + "/db.sqlite")
            writer.close()
            writer.close()
            let error = try #require(throws: SQLiteError.self) { try writer.write { _ in } }
            #expect(error.code == 21)  // SQLITE_MISUSE
        }
    }
}
