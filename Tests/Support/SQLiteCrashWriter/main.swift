// Child process of SQLiteTests' durability test: inserts rows in a loop, one
// transaction each, and prints each id on stdout only after its COMMIT
// returned, so every printed id must survive a kill -9 of this process.
//
// Usage: sqlite-crash-writer <database path> [writers]
// With a count of writers, that many threads insert through one DatabaseWriter, so
// their commits are grouped, and each prints its id once its `write` returned.
// Stops by itself when its stdin reaches end of file, that is when the test
// that started it closed the pipe or died; never after a fixed time, because a
// loaded test process may take longer than any time we could pick.
import Foundation
import SQLite

let arguments = CommandLine.arguments
guard (2...3).contains(arguments.count), let writers = arguments.count == 3 ? Int(arguments[2]) : 0, writers >= 0 else {
    FileHandle.standardError.write(Data("usage: sqlite-crash-writer <database path> [writers]\n".utf8))
    exit(64)
}

let stdinWatcher = Thread {
    while !FileHandle.standardInput.availableData.isEmpty {}
    exit(0)
}
stdinWatcher.start()

@Sendable func fail(_ error: any Error) -> Never {
    FileHandle.standardError.write(Data("sqlite-crash-writer: \(error)\n".utf8))
    exit(1)
}

let payload = String(repeating: "durable ", count: 32)

if writers > 0 {
    do {
        let writer = try DatabaseWriter(path: arguments[1])
        try writer.withConnection { db in
            try db.execute("CREATE TABLE IF NOT EXISTS crash_rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT")
        }
        for _ in 0..<writers {
            Thread {
                while true {
                    do {
                        let id = try writer.write { db in
                            try db.run("INSERT INTO crash_rows (payload) VALUES (?)", payload)
                            return db.lastInsertRowID
                        }
                        // One short write(2) to a pipe is atomic: lines never interleave.
                        FileHandle.standardOutput.write(Data("\(id)\n".utf8))
                    } catch {
                        fail(error)
                    }
                }
            }.start()
        }
        while true { sleep(60) }
    } catch {
        fail(error)
    }
}

do {
    let connection = try Connection(path: arguments[1])
    try connection.execute(
        "CREATE TABLE IF NOT EXISTS crash_rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT")
    while true {
        let id = try connection.transaction {
            try connection.run("INSERT INTO crash_rows (payload) VALUES (?)", payload)
            return connection.lastInsertRowID
        }
        // FileHandle writes straight to the descriptor: no stdio buffer to flush.
        FileHandle.standardOutput.write(Data("\(id)\n".utf8))
    }
} catch {
    fail(error)
}
