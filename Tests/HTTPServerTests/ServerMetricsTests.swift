import Testing
@testable import HTTPServer

/// The latency histogram is updated in place (no copy taken out and stored back): what
/// it renders must still be every request, in the right cumulative buckets.
@Suite("Server metrics")
struct ServerMetricsTests {
    @Test func latencyIsCountedInCumulativeBucketsPerRoute() {
        let metrics = ServerMetrics()
        for seconds in [0.0004, 0.0004, 0.003, 7.0] {
            metrics.recordRequest(method: "GET", route: "/healthz", status: 200, seconds: seconds)
        }
        metrics.recordRequest(method: "POST", route: "/other", status: 201, seconds: 0.02)
        let text = metrics.render()
        #expect(text.contains(#"http_requests_total{method="GET",route="/healthz",status="200"} 4"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{method="GET",route="/healthz",le="0.0005"} 2"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{method="GET",route="/healthz",le="0.0025"} 2"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{method="GET",route="/healthz",le="0.005"} 3"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{method="GET",route="/healthz",le="5.0"} 3"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{method="GET",route="/healthz",le="+Inf"} 4"#))
        #expect(text.contains(#"http_request_duration_seconds_count{method="GET",route="/healthz"} 4"#))
        #expect(text.contains(#"http_request_duration_seconds_count{method="POST",route="/other"} 1"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{method="POST",route="/other",le="0.01"} 0"#))
    }

    /// One namespace for every name, so that a shared Prometheus has no collisions; the
    /// standard process metrics keep their standard names.
    @Test func namesCarryTheNamespaceAndTheProcessMetricsTheirOwn() {
        let metrics = ServerMetrics(namespace: "catalogus")
        metrics.recordRequest(method: "GET", route: "/healthz", status: 200, seconds: 0.001)
        let text = metrics.render()
        let samples = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(samples.allSatisfy { $0.hasPrefix("catalogus_") || $0.hasPrefix("process_") }, "\(samples)")
        #expect(text.contains(#"catalogus_http_requests_total{method="GET",route="/healthz",status="200"} 1"#))
        for name in ["process_cpu_seconds_total", "process_resident_memory_bytes", "process_open_fds", "process_max_fds",
                     "process_start_time_seconds"] {
            let value = samples.first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ")[1]) }
            #expect((value ?? -1) > 0, "\(name): \(String(describing: value))")
        }
    }
}
