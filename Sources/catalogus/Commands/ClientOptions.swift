import ArgumentParser
import Foundation
import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import HTTPServer

/// `serve`'s options about who the clients are (trusted proxies, the public URL) and what
/// one client may hold (issue 20): a group of their own, so that ServeCommand stays readable.
struct ClientOptions: ParsableArguments {
    @Option(name: .customLong("trusted-proxy"),
            help: "A reverse proxy in CIDR notation (10.0.0.0/8, 2001:db8::/48, or one address) whose Forwarded / X-Forwarded-For / X-Forwarded-Proto are believed; repeatable (env CATALOGUS_TRUSTED_PROXIES, comma-separated; default none).")
    var trustedProxies: [String] = []

    @Option(help: "The address people and webhook receivers use, e.g. https://catalogus.example.nl: the prefix of every absolute link the server writes (env CATALOGUS_PUBLIC_URL; default: links are paths).")
    var publicUrl: String?

    @Option(help: "Seconds a request body may take in all, however fast it comes (env CATALOGUS_BODY_TIMEOUT; default 30).")
    var bodyTimeout: Double?

    @Option(help: "Bytes per second a request body must keep up after its first seconds, else 408; 0 turns it off (env CATALOGUS_BODY_MIN_RATE; default 1024).")
    var bodyMinRate: Int?

    @Option(help: "Seconds a request body has from its head before the minimum rate counts (env CATALOGUS_BODY_INITIAL_TIMEOUT; default 5).")
    var bodyInitialTimeout: Double?

    @Option(help: "Open connections per client address (IPv6: per /64), else 429; trusted proxies are exempt (env CATALOGUS_MAX_CONNECTIONS_PER_CLIENT; default 256).")
    var maxConnectionsPerClient: Int?

    @Option(help: "Request bodies one client address may be sending at once, else 429 (env CATALOGUS_MAX_BODIES_PER_CLIENT; default 16).")
    var maxBodiesPerClient: Int?

    @Option(help: "MiB of request bodies one client address may hold, else 429 (env CATALOGUS_MAX_BUFFERED_BODIES_MB_PER_CLIENT; default 32).")
    var maxBufferedBodiesMbPerClient: Int?

    @Option(help: "MiB of answers one client address may leave unread across its connections before its new requests get 429 (env CATALOGUS_MAX_UNREAD_OUTPUT_MB_PER_CLIENT; default 64).")
    var maxUnreadOutputMbPerClient: Int?

    func apply(to server: inout ServerConfiguration, app: inout AppConfiguration) throws {
        let proxies = trustedProxies.isEmpty
            ? (Environment.value("CATALOGUS_TRUSTED_PROXIES") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            : trustedProxies
        server.trustedProxies = try proxies.filter { !$0.isEmpty }.map { text in
            do { return try IPNetwork(parsing: text) } catch { throw ValidationError("--trusted-proxy: \(error)") }
        }
        if let url = publicUrl ?? Environment.value("CATALOGUS_PUBLIC_URL") {
            do { app.publicURL = try PublicURL.normalized(url) } catch { throw ValidationError("--public-url: \(error)") }
        }
        server.bodyTimeoutSeconds = try bodyTimeout ?? Self.environment("CATALOGUS_BODY_TIMEOUT") ?? server.bodyTimeoutSeconds
        server.minBodyBytesPerSecond = try bodyMinRate ?? Self.environment("CATALOGUS_BODY_MIN_RATE") ?? server.minBodyBytesPerSecond
        server.bodyInitialTimeoutSeconds = try bodyInitialTimeout ?? Self.environment("CATALOGUS_BODY_INITIAL_TIMEOUT")
            ?? server.bodyInitialTimeoutSeconds
        server.maxConnectionsPerClient = try maxConnectionsPerClient ?? Self.environment("CATALOGUS_MAX_CONNECTIONS_PER_CLIENT")
            ?? server.maxConnectionsPerClient
        server.maxBodiesReceivingPerClient = try maxBodiesPerClient ?? Self.environment("CATALOGUS_MAX_BODIES_PER_CLIENT")
            ?? server.maxBodiesReceivingPerClient
        let perClientMiB: Int = try maxBufferedBodiesMbPerClient ?? Self.environment("CATALOGUS_MAX_BUFFERED_BODIES_MB_PER_CLIENT")
            ?? server.maxBufferedBodyBytesPerClient >> 20
        guard server.bodyTimeoutSeconds > 0, server.bodyInitialTimeoutSeconds > 0 else {
            throw ValidationError("--body-timeout and --body-initial-timeout must be more than 0 seconds")
        }
        guard server.minBodyBytesPerSecond >= 0 else { throw ValidationError("--body-min-rate must be 0 or more") }
        guard server.maxConnectionsPerClient >= 1, server.maxBodiesReceivingPerClient >= 1 else {
            throw ValidationError("--max-connections-per-client and --max-bodies-per-client must be at least 1")
        }
        guard (1...1_048_576).contains(perClientMiB) else {
            throw ValidationError("--max-buffered-bodies-mb-per-client must be between 1 and 1048576")
        }
        server.maxBufferedBodyBytesPerClient = perClientMiB << 20
        let unreadMiB: Int = try maxUnreadOutputMbPerClient ?? Self.environment("CATALOGUS_MAX_UNREAD_OUTPUT_MB_PER_CLIENT")
            ?? server.maxUnreadOutputBytesPerClient >> 20
        guard (1...1_048_576).contains(unreadMiB) else {
            throw ValidationError("--max-unread-output-mb-per-client must be between 1 and 1048576")
        }
        server.maxUnreadOutputBytesPerClient = unreadMiB << 20
    }

    private static func environment<T: LosslessStringConvertible>(_ name: String) throws -> T? {
        guard let text = Environment.value(name) else { return nil }
        guard let value = T(text) else { throw ValidationError("invalid value '\(text)' in \(name)") }
        return value
    }
}
