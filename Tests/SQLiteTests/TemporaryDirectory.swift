import Foundation
import SQLite

/// A fresh directory under the system temporary directory, removed after `body`.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let path = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

func withTemporaryDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let path = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try await body(path)
}

private func makeTemporaryDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("sqlite-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

/// A read-write connection to a new database file in a temporary directory.
func withTemporaryDatabase<T>(
    options: Connection.Options = .init(), _ body: (Connection, String) throws -> T
) throws -> T {
    try withTemporaryDirectory { directory in
        let path = directory + "/test.sqlite"
        let connection = try Connection(path: path, options: options)
        defer { connection.close() }
        return try body(connection, path)
    }
}
