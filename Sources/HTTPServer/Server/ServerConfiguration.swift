import HTTPParser

/// Every limit and timeout of the server, with named defaults.
public struct ServerConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    public var port: UInt16 = 8080
    /// Event loops (threads); one per core by default.
    public var workers: Int = ServerConfiguration.coreCount
    public var parserLimits = HTTPParserLimits()
    /// A request head must arrive completely within this time (slowloris → 408).
    public var headerTimeoutSeconds: Double = 10
    /// A request body must arrive completely within this time (→ 408).
    public var bodyTimeoutSeconds: Double = 30
    /// An idle keep-alive connection is closed after this time.
    public var idleTimeoutSeconds: Double = 60
    /// Connections beyond this are refused with 503 and closed.
    public var maxConnections: Int = 20_000
    /// On SIGTERM, requests in flight get this long to finish.
    public var drainTimeoutSeconds: Double = 10
    /// Responses at least this large are gzip-compressed when the client accepts it.
    public var gzipMinimumBytes: Int = 1024
    /// Output buffered for one connection above which the server stops reading its
    /// pipelined requests until the client reads (back-pressure).
    public var maxPendingOutputBytes: Int = 4 << 20

    public init() {}

    public static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

#if canImport(Glibc)
import Glibc
#endif
