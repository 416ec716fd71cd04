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
    /// A request body must arrive completely within this time (→ 408), however fast it comes.
    public var bodyTimeoutSeconds: Double = 30
    /// A body must also keep coming (Apache's mod_reqtimeout `body=5,MinRate=1024`): it has
    /// `bodyInitialTimeoutSeconds` from its head, and every `minBodyBytesPerSecond` bytes
    /// received buy one second more (up to `bodyTimeoutSeconds`); falling behind → 408.
    /// A client that declares a body and sends nothing, or a few bytes now and then, is
    /// closed within seconds instead of holding a connection and a share of the budget.
    /// 0 turns the rate rule off (then only `bodyTimeoutSeconds` applies).
    public var minBodyBytesPerSecond: Int = 1024
    public var bodyInitialTimeoutSeconds: Double = 5
    /// An idle keep-alive connection is closed after this time.
    public var idleTimeoutSeconds: Double = 60
    /// Connections beyond this are refused with 503 and closed.
    public var maxConnections: Int = 20_000
    /// Open connections per client network (an IPv4 address, an IPv6 /64) beyond which it
    /// is refused with 429 and closed, so that one client cannot take `maxConnections`
    /// for itself. Trusted proxies are not limited by it.
    public var maxConnectionsPerClient: Int = 256
    /// Peers whose `Forwarded` / `X-Forwarded-For` / `X-Forwarded-Proto` are believed:
    /// the reverse proxies in front of the server (`--trusted-proxy`). Empty: none.
    public var trustedProxies: [IPNetwork] = []
    /// On SIGTERM, requests in flight get this long to finish.
    public var drainTimeoutSeconds: Double = 10
    /// Responses at least this large are gzip-compressed when the client accepts it.
    public var gzipMinimumBytes: Int = 1024
    /// Output buffered for one connection above which the server stops reading its
    /// pipelined requests until the client reads (back-pressure).
    public var maxPendingOutputBytes: Int = 4 << 20
    /// Threads that run handlers, so that a slow request holds up only itself, never
    /// the event loop's other connections.
    public var handlerThreads: Int = ServerConfiguration.defaultHandlerThreads
    /// Threads that run the handlers of requests with unsafe methods (POST, PUT, PATCH,
    /// DELETE), apart from the others: such a handler mostly waits for its turn on the
    /// one database writer, and the more of them wait together, the more writes one
    /// group commit carries; meanwhile they take no thread from the reads.
    public var writeHandlerThreads: Int = 64
    /// Complete requests waiting for a handler thread, server-wide (each pool's queue); beyond it a request
    /// is answered 503 with Retry-After instead of queueing without limit.
    public var maxQueuedRequests: Int = 1024
    /// Request bodies being received or handled, in bytes, server-wide; a body that
    /// would exceed it is refused with 503 and Retry-After (20,000 connections × 1 MiB
    /// bodies would otherwise be 20 GiB).
    public var maxBufferedBodyBytes: Int = 256 << 20
    /// The share of `maxBufferedBodyBytes` one client network may hold (beyond: 429).
    public var maxBufferedBodyBytesPerClient: Int = 32 << 20
    /// Bodies one client network may be sending at once (beyond: 429): a body is cheap to
    /// start and, sent slowly, holds a connection for up to `bodyTimeoutSeconds`.
    public var maxBodiesReceivingPerClient: Int = 16
    /// Response bytes one client network may leave unread across its connections before
    /// its new requests get 429 (a client that asks and never reads pins its answers).
    public var maxUnreadOutputBytesPerClient: Int = 64 << 20
    /// Unread response bytes server-wide beyond which clients holding some get 503.
    public var maxUnreadOutputBytes: Int = 1 << 30
    /// Words this layer's own problems (`ServerProblemCode`) for people; the application
    /// passes its message catalogue here. Identity by default: the English reason stays.
    public var problemWording: ProblemWording = { $0 }

    public init() {}

    public static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Handlers mostly wait on SQLite (the writer's lock, disk syncs), so more threads
    /// than cores keep the cores busy.
    public static var defaultHandlerThreads: Int { max(4, 2 * coreCount) }
}

#if canImport(Glibc)
import Glibc
#endif
