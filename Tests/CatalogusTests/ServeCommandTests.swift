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
    /// `--cache-mb N` is the representation cache's budget in MiB; 0 turns it off.
    @Test(arguments: [("1", 1 << 20), ("0", 0)])
    func cacheMegabytesSetTheBudget(option: String, bytes: Int) throws {
        try withTemporaryDirectory { directory in
            let server = try ServeProcess(directory: directory, arguments: [
                "--cache-mb", option, "--public-metrics", "--no-access-log", "--db", directory + "/cache.sqlite",
                "--migrations", RepositoryLayout.migrations,
            ])
            defer { _ = server.terminate() }
            for _ in 0..<2 { #expect(try server.client().get("/api/v1/programmes").status == 200) }
            let metrics = try server.client().get("/metrics").text
            #expect(metrics.contains("catalogus_cache_capacity_bytes \(bytes)\n"), "\(metrics.suffix(600))")
            #expect(metrics.contains("catalogus_cache_hits_total \(bytes > 0 ? 1 : 0)\n"), "\(metrics.suffix(600))")
        }
    }

    /// Issue 20, item 5: a typo in a trust setting stops the server instead of trusting
    /// something else (or nothing, silently).
    @Test(arguments: [["--trusted-proxy", "10.0.0.1/8"], ["--trusted-proxy", "10.0.0.0/8", "--trusted-proxy", "nginx"],
                      ["--public-url", "catalogus.example.nl"]])
    func invalidProxyOrPublicURLRefusesToStart(arguments: [String]) throws {
        try withTemporaryDirectory { directory in
            let outcome = try ChildProcess.catalogus(["serve", "--port", "0"] + arguments, database: directory + "/refused.sqlite")
            #expect(outcome.exitCode != 0, "\(outcome)")
            #expect(outcome.standardError.contains(arguments.last!), "\(outcome)")
            #expect(!outcome.standardError.contains("listening"), "\(outcome)")
        }
    }

    @Test func trustedProxiesAreRepeatableAndNamedInTheLog() throws {
        try withTemporaryDirectory { directory in
            let server = try ServeProcess(directory: directory, arguments: [
                "--trusted-proxy", "127.0.0.0/8", "--trusted-proxy", "::1", "--no-access-log", "--db", directory + "/proxied.sqlite", "--migrations", RepositoryLayout.migrations,
            ])
            defer { _ = server.terminate() }
            #expect(try server.client().get("/healthz").status == 200)
            #expect(server.log.contains("trusting forwarded client addresses from 127.0.0.0/8, ::1/128"), "\(server.log)")
        }
    }
}
