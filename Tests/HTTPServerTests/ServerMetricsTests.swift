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
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/healthz",le="0.0005"} 2"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/healthz",le="0.0025"} 2"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/healthz",le="0.005"} 3"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/healthz",le="5.0"} 3"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/healthz",le="+Inf"} 4"#))
        #expect(text.contains(#"http_request_duration_seconds_count{route="/healthz"} 4"#))
        #expect(text.contains(#"http_request_duration_seconds_count{route="/other"} 1"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/other",le="0.01"} 0"#))
    }
}
