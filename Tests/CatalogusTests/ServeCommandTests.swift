import Foundation
import Testing

/// `catalogus serve` as operators run it: a child process, stopped by SIGTERM.
@Suite struct ServeCommandTests {
    @Test func servesAndExitsZeroOnSIGTERM() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/serve.sqlite"
            let server = try ServeProcess(directory: directory, arguments: ["--db", database, "--migrations", RepositoryLayout.migrations])
            #expect(try server.client().get("/healthz").status == 200)
            #expect(try server.client().get("/readyz").status == 200)
            let status = server.terminate()
            #expect(status == 0, "\(server.log)")
            #expect(server.log.contains("catalogus stopped"), "\(server.log)")
        }
    }

    /// `--rate-limit N` bounds a token's burst (2 × N) as well as its rate: with
    /// `--rate-limit 1` a token cannot send 10 requests at once.
    @Test
    func rateLimitFlagAlsoBoundsTheBurst() throws {
        try withTemporaryDirectory { directory in
            let database = directory + "/limited.sqlite"
            let created = try ChildProcess.catalogus(["token", "create", "--role", "viewer", "--name", "eager"], database: database)
            let token = try #require(created.outputLines.first)
            let server = try ServeProcess(directory: directory, arguments: [
                "--rate-limit", "1", "--no-access-log", "--db", database, "--migrations", RepositoryLayout.migrations,
            ])
            defer { _ = server.terminate() }
            let client = try server.client()
            let statuses = try (1...10).map { _ in try client.get("/healthz", headers: ["Authorization: Bearer \(token)"]).status }
            #expect(statuses.contains(429), "10 immediate requests at --rate-limit 1 all passed: \(statuses)")
        }
    }
}
