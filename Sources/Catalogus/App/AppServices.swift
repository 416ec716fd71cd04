import HTTPServer
import SQLite

/// Everything the loops share. All of it is Sendable: the writer is behind a mutex,
/// the rest is immutable or atomic.
public final class AppServices: Sendable {
    public let configuration: AppConfiguration
    public let writer: DatabaseWriter
    public let migrator: Migrator
    public let metrics: ServerMetrics
    public let log: LogSink
    public let rateLimiter: RateLimiter
    public let tokenUsage: TokenUsageRecorder

    public init(configuration: AppConfiguration, writer: DatabaseWriter, migrator: Migrator,
                metrics: ServerMetrics, log: LogSink) {
        self.configuration = configuration
        self.writer = writer
        self.migrator = migrator
        self.metrics = metrics
        self.log = log
        rateLimiter = RateLimiter(requestsPerSecond: configuration.rateLimitPerSecond, burst: configuration.rateLimitBurst)
        tokenUsage = TokenUsageRecorder()
    }
}

/// Application settings (the HTTP server's own are in `ServerConfiguration`).
public struct AppConfiguration: Sendable {
    public var databasePath: String
    public var corsOrigins: Set<String> = []
    /// Sustained requests per second allowed per token, and the burst above it.
    public var rateLimitPerSecond: Double = 100
    public var rateLimitBurst: Double = 200
    public var accessLog = true
    /// `/metrics` without a token (`--public-metrics`), for scrapers on a private network.
    public var publicMetrics = false

    public init(databasePath: String) { self.databasePath = databasePath }
}
