// Child process of SQLiteTests' durability test: inserts rows in a loop, one
// transaction each, and prints each id on stdout only after its COMMIT
// returned, so every printed id must survive a kill -9 of this process.
//
// Usage: sqlite-crash-writer <database path>
// Stops by itself when its stdin reaches end of file, that is when the test
// that started it closed the pipe or died; never after a fixed time, because a
// loaded test process may take longer than any time we could pick.
import Foundation
import SQLite

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: sqlite-crash-writer <database path>\n".utf8))
    exit(64)
}

let stdinWatcher = Thread {
    while !FileHandle.standardInput.availableData.isEmpty {}
    exit(0)
}
stdinWatcher.start()

do {
    let connection = try Connection(path: arguments[1])
    try connection.execute(
        "CREATE TABLE IF NOT EXISTS crash_rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT")
    let payload = String(repeating: "durable ", count: 32)
    while true {
        let id = try connection.transaction {
            try connection.run("INSERT INTO crash_rows (payload) VALUES (?)", payload)
            return connection.lastInsertRowID
        }
        // FileHandle writes straight to the descriptor: no stdio buffer to flush.
        FileHandle.standardOutput.write(Data("\(id)\n".utf8))
    }
} catch {
    FileHandle.standardError.write(Data("sqlite-crash-writer: \(error)\n".utf8))
    exit(1)
}
