import Testing

@Suite("Server: timeouts configured beyond range")
struct ServerTimeoutConfigurationTests {
    /// `--idle-timeout 1e30` (or inf) means "never"; converting it to nanoseconds used to trap
    /// on the first connection and take the whole server down.
    @Test func hugeAndInfiniteTimeoutsMeanNever() throws {
        let server = try TestServer {
            $0.headerTimeoutSeconds = .infinity
            $0.bodyTimeoutSeconds = 1e300
            $0.idleTimeoutSeconds = 1.9e10  // just over UInt64.max nanoseconds
            $0.drainTimeoutSeconds = .infinity
        }
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\nok")
        #expect(try client.readResponse().text == "ok")
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "hello")
    }
}
