import Synchronization

/// Counters for `GET /metrics`, in the Prometheus text format (version 0.0.4).
/// Recorded into one of a few shards chosen by thread, so that the event loops do not
/// fight over one lock on every request; a scrape merges the shards.
public final class ServerMetrics: Sendable {
    public static let latencyBuckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    struct RequestKey: Hashable {
        let method: String
        let route: String
        let status: Int
    }

    struct Histogram {
        var buckets = [UInt64](repeating: 0, count: ServerMetrics.latencyBuckets.count)
        var count: UInt64 = 0
        var sum: Double = 0

        mutating func record(_ seconds: Double) {
            if let bucket = ServerMetrics.latencyBuckets.firstIndex(where: { seconds <= $0 }) {
                buckets[bucket] &+= 1
            }
            count &+= 1
            sum += seconds
        }
    }

    struct RouteKey: Hashable, Comparable {
        let method: String
        let route: String

        static func < (a: RouteKey, b: RouteKey) -> Bool { (a.route, a.method) < (b.route, b.method) }
    }

    struct Series {
        var requests: [RequestKey: UInt64] = [:]
        var latency: [RouteKey: Histogram] = [:]
        var protocolErrors: [Int: UInt64] = [:]
    }

    let openConnections = Atomic<Int>(0)
    let acceptedConnections = Atomic<Int>(0)
    /// Kept by the handler queue and the body budget, which own the real counts.
    let queuedRequests = Atomic<Int>(0)
    let bufferedBodyBytes = Atomic<Int>(0)
    let unreadOutputBytes = Atomic<Int>(0)
    final class Shard: Sendable {
        let series = Mutex(Series())
    }

    private let shards = (0..<8).map { _ in Shard() }

    /// The calling thread's shard (a hash of its pthread handle).
    private var shard: Shard {
        let thread = UInt64(UInt(bitPattern: Int(bitPattern: UInt(pthread_self()))))
        return shards[Int((thread &* 0x9E37_79B9_7F4A_7C15) >> 61)]
    }

    /// The prefix of this server's metric names (`catalogus` → `catalogus_http_requests_total`),
    /// so that they never collide with another exporter's in a shared Prometheus.
    public let namespace: String

    public init(namespace: String = "") { self.namespace = namespace }

    private func name(_ base: String) -> String { namespace.isEmpty ? base : namespace + "_" + base }

    public var currentOpenConnections: Int { openConnections.load(ordering: .relaxed) }
    /// Complete requests waiting for a handler thread.
    public var currentQueuedRequests: Int { queuedRequests.load(ordering: .relaxed) }
    /// Request-body bytes reserved from the server-wide budget.
    public var currentBufferedBodyBytes: Int { bufferedBodyBytes.load(ordering: .relaxed) }
    /// Response bytes written for clients that have not read them yet (`UnreadOutput`).
    public var currentUnreadOutputBytes: Int { unreadOutputBytes.load(ordering: .relaxed) }

    public func recordRequest(method: String, route: String, status: Int, seconds: Double) {
        shard.series.withLock { series in
            series.requests[RequestKey(method: method, route: route, status: status), default: 0] += 1
            // In place: a copy taken out and stored back would copy its buckets every time.
            series.latency[RouteKey(method: method, route: route), default: Histogram()].record(seconds)
        }
    }

    /// Requests refused before they reached the router (400, 408, 413, 414, 431, 505).
    func recordProtocolError(status: Int) {
        shard.series.withLock { $0.protocolErrors[status, default: 0] += 1 }
    }

    public func render() -> String {
        var snapshot = Series()
        for shard in shards {
            let part = shard.series.withLock { $0 }
            snapshot.requests.merge(part.requests, uniquingKeysWith: +)
            snapshot.protocolErrors.merge(part.protocolErrors, uniquingKeysWith: +)
            snapshot.latency.merge(part.latency) { a, b in
                var merged = a
                for index in merged.buckets.indices { merged.buckets[index] += b.buckets[index] }
                merged.count += b.count
                merged.sum += b.sum
                return merged
            }
        }
        var text = ""
        text += "# HELP \(name("http_requests_total")) Requests answered, by method, route pattern and status.\n"
        text += "# TYPE \(name("http_requests_total")) counter\n"
        for (key, count) in snapshot.requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            text += "\(name("http_requests_total")){method=\"\(escape(key.method))\",route=\"\(escape(key.route))\",status=\"\(key.status)\"} \(count)\n"
        }
        text += "# HELP \(name("http_request_duration_seconds")) Time from a complete request to its response, by method and route pattern.\n"
        text += "# TYPE \(name("http_request_duration_seconds")) histogram\n"
        for (key, histogram) in snapshot.latency.sorted(by: { $0.key < $1.key }) {
            let labels = "method=\"\(escape(key.method))\",route=\"\(escape(key.route))\""
            var cumulative: UInt64 = 0
            for (index, bound) in Self.latencyBuckets.enumerated() {
                cumulative += histogram.buckets[index]
                text += "\(name("http_request_duration_seconds_bucket")){\(labels),le=\"\(bound)\"} \(cumulative)\n"
            }
            text += "\(name("http_request_duration_seconds_bucket")){\(labels),le=\"+Inf\"} \(histogram.count)\n"
            text += "\(name("http_request_duration_seconds_sum")){\(labels)} \(histogram.sum)\n"
            text += "\(name("http_request_duration_seconds_count")){\(labels)} \(histogram.count)\n"
        }
        text += "# HELP \(name("http_protocol_errors_total")) Requests refused by the HTTP parser or a timeout, by status.\n"
        text += "# TYPE \(name("http_protocol_errors_total")) counter\n"
        for (status, count) in snapshot.protocolErrors.sorted(by: { $0.key < $1.key }) {
            text += "\(name("http_protocol_errors_total")){status=\"\(status)\"} \(count)\n"
        }
        text += "# HELP \(name("http_open_connections")) Client connections open now.\n"
        text += "# TYPE \(name("http_open_connections")) gauge\n"
        text += "\(name("http_open_connections")) \(openConnections.load(ordering: .relaxed))\n"
        text += "# HELP \(name("http_connections_accepted_total")) Client connections accepted since start.\n"
        text += "# TYPE \(name("http_connections_accepted_total")) counter\n"
        text += "\(name("http_connections_accepted_total")) \(acceptedConnections.load(ordering: .relaxed))\n"
        text += "# HELP \(name("http_queued_requests")) Complete requests waiting for a handler thread.\n"
        text += "# TYPE \(name("http_queued_requests")) gauge\n"
        text += "\(name("http_queued_requests")) \(queuedRequests.load(ordering: .relaxed))\n"
        text += "# HELP \(name("http_buffered_body_bytes")) Request-body bytes held in memory, server-wide.\n"
        text += "# TYPE \(name("http_buffered_body_bytes")) gauge\n"
        text += "\(name("http_buffered_body_bytes")) \(bufferedBodyBytes.load(ordering: .relaxed))\n"
        text += "# HELP \(name("http_unread_output_bytes")) Response bytes waiting for clients that have not read them, server-wide.\n"
        text += "# TYPE \(name("http_unread_output_bytes")) gauge\n"
        text += "\(name("http_unread_output_bytes")) \(unreadOutputBytes.load(ordering: .relaxed))\n"
        text += ProcessMetrics.render()
        return text
    }

    private func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}

import Foundation
