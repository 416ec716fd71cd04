import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Server: many clients, vanishing clients, shutdown")
struct ServerConcurrencyTests {
    @Test func fiveHundredClientsConnectingAtOnceAreAllServed() throws {
        let server = try TestServer()
        var clients: [RawClient] = []
        for _ in 0..<500 { clients.append(try server.client(timeoutSeconds: 10)) }
        for (index, client) in clients.enumerated() {
            try client.send("GET /items/\(index) HTTP/1.1\r\nHost: t\r\n\r\n")
        }
        for (index, client) in clients.enumerated() {
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.text == #"{"id":"\#(index)"}"#)
        }
    }

    @Test func manyIdleConnectionsDoNotSlowOthers() throws {
        let server = try TestServer()
        var idle: [RawClient] = []
        for _ in 0..<2000 { idle.append(try server.client()) }
        let client = try server.client()
        for _ in 0..<50 {
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 200)
        }
        #expect(server.metrics.currentOpenConnections >= 2001)
    }

    @Test func clientsThatVanishBeforeReadingDoNotHurtTheServer() throws {
        let server = try TestServer()
        for _ in 0..<20 {
            let client = try server.client()
            try client.send("GET /large?size=3000000 HTTP/1.1\r\nHost: t\r\n\r\nGET /large?size=3000000 HTTP/1.1\r\nHost: t\r\n\r\n")
            // Reset instead of a clean close: the server's next write gets EPIPE/ECONNRESET.
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(client.fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        }
        usleep(300_000)
        let client = try server.client()
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "hello")
    }

    @Test func shutdownFinishesRequestsInFlightAndStopsAccepting() throws {
        let server = try TestServer { $0.drainTimeoutSeconds = 5 }
        let busy = try server.client()
        let idle = try server.client()
        try idle.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try idle.readResponse()
        try busy.send("GET /slow?ms=500 HTTP/1.1\r\nHost: t\r\n\r\n")
        usleep(100_000)
        let port = server.port
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            server.stop()
            stopped.signal()
        }
        let response = try busy.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "slow done")
        #expect(response.header("Connection") == "close")
        #expect(stopped.wait(timeout: .now() + 5) == .success)
        #expect(idle.isClosedByPeer())
        #expect(throws: (any Error).self) { _ = try RawClient(port: port) }
    }

    @Test func drainIsBoundedByItsTimeout() throws {
        let server = try TestServer { $0.drainTimeoutSeconds = 0.3 }
        let client = try server.client()
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n")  // never completes
        usleep(50_000)
        let start = Date()
        server.stop()
        // Bounded by the 0.3 s drain, not by the request that never completes (generous for a loaded machine).
        #expect(Date().timeIntervalSince(start) < 30)
    }
}

@Suite("Server: stopping twice")
struct ServerStopTests {
    /// A stopped server's descriptors are closed and their numbers reused by the next
    /// sockets; a late `shutdown()` must not write its wake-up into them.
    @Test func shutdownAfterStopTouchesNoDescriptor() throws {
        let second = try TestServer()
        let first = try TestServer()
        first.stop()
        // These sockets take the lowest free numbers: those `first` just closed.
        let clients = try (0..<8).map { _ in try second.client() }
        for _ in 0..<3 { first.server.shutdown() }
        for client in clients {
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().text == "hello")
        }
    }
}
