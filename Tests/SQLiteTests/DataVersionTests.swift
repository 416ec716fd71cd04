import Foundation
import SQLite
import Testing

/// `dataVersion` rises for every commit a cached read could miss: the writer's own, and
/// another process's on the same file (the CLI while the server runs).
@Suite struct DataVersionTests {
    @Test func aCommitByAnotherConnectionRaisesTheVersion() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/db.sqlite"
            let writer = try DatabaseWriter(path: path)
            defer { writer.close() }
            try writer.write { db in try db.execute("CREATE TABLE t (x INTEGER) STRICT") }
            let before = writer.dataVersion

            // Another connection, as `catalogus seed` in a second process would open.
            let other = try Connection(path: path)
            try other.execute("INSERT INTO t VALUES (1)")
            other.close()

            // The writer looks at least once a second while idle; wait for the state.
            let deadline = ContinuousClock.now + .seconds(30)
            while writer.dataVersion == before, ContinuousClock.now < deadline { usleep(10_000) }
            #expect(writer.dataVersion > before)
        }
    }

    @Test func theVersionStaysPutWhileNothingIsWritten() throws {
        try withTemporaryDirectory { directory in
            let writer = try DatabaseWriter(path: directory + "/db.sqlite")
            defer { writer.close() }
            try writer.write { db in try db.execute("CREATE TABLE t (x INTEGER) STRICT") }
            let before = writer.dataVersion
            // Two idle checks pass (one a second); none may count as a change.
            usleep(2_200_000)
            #expect(writer.dataVersion == before)
        }
    }
}
