import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Waits for a condition another thread makes true (not a timing assertion: the bound
/// only keeps a broken server from hanging the test run).
func waitUntil(_ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(5)
    while !condition() {
        if Date() > deadline { return false }
        sched_yield()
    }
    return true
}

@Suite("Server: handler threads")
struct HandlerPoolTests {
    /// Each `/block` request holds a handler until the test opens the gate. The second
    /// one is accepted only after the first has started: had the first blocked its event
    /// loop, the second would land on the other loop — so both loops are busy then.
    @Test func slowHandlersOnBothLoopsDoNotDelayOthers() throws {
        let server = try TestServer { $0.workers = 2; $0.handlerThreads = 3 }
        defer { server.gate.open() }
        let first = try server.client()
        try first.send("GET /block HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(server.gate.waitForEntries(1))
        let second = try server.client()
        try second.send("GET /block HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(server.gate.waitForEntries(1))

        // Inline on a loop, and through the third handler thread.
        let health = try server.client(timeoutSeconds: 3)
        try health.send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try health.readResponse().text == "ok")
        let other = try server.client(timeoutSeconds: 3)
        try other.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try other.readResponse().text == "hello")

        server.gate.open()
        #expect(try first.readResponse().text == "unblocked")
        #expect(try second.readResponse().text == "unblocked")
    }

    @Test func pipelinedRequestsWaitForTheOneBeingHandled() throws {
        let server = try TestServer()
        defer { server.gate.open() }
        let client = try server.client()
        try client.send("GET /block HTTP/1.1\r\nHost: t\r\n\r\nGET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"
                        + "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc")
        #expect(server.gate.waitForEntries(1))
        server.gate.open()
        #expect(try client.readResponse().text == "unblocked")
        #expect(try client.readResponse().text == "ok")
        #expect(try client.readResponse().text == "abc")
    }

    @Test func aFullQueueAnswers503WithRetryAfterAndKeepsTheConnection() throws {
        // The application words the server's own problems (`problemWording`); this one marks them.
        let server = try TestServer {
            $0.handlerThreads = 1; $0.maxQueuedRequests = 1
            $0.problemWording = { problem in var worded = problem; worded.detail = "worded " + (problem.code ?? "-"); return worded }
        }
        defer { server.gate.open() }
        let running = try server.client(), queued = try server.client(), refused = try server.client()
        try running.send("GET /block HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(server.gate.waitForEntries(1))
        try queued.send("GET /block HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(waitUntil { server.metrics.currentQueuedRequests == 1 })

        try refused.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        let busy = try refused.readResponse()
        #expect(busy.status == 503)
        #expect(busy.header("Retry-After") == "1")
        #expect(busy.header("Content-Type") == "application/problem+json")
        #expect(busy.text.contains("\"detail\":\"worded http.busy\""), "\(busy.text)")
        #expect(busy.text.contains("\"code\":\"http.busy\""), "\(busy.text)")
        try refused.send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try refused.readResponse().text == "ok")

        server.gate.open()
        #expect(try running.readResponse().text == "unblocked")
        #expect(try queued.readResponse().text == "unblocked")
    }

    @Test func anAnswerForAClientThatLeftReachesNoOtherClient() throws {
        let server = try TestServer { $0.workers = 1 }
        defer { server.gate.open() }
        do {
            let leaving = try server.client()
            try leaving.send("GET /block?tag=old HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(server.gate.waitForEntries(1))
        }  // closed here, while its request is with a handler
        #expect(waitUntil { server.metrics.currentOpenConnections == 0 })
        // The next connection takes the lowest free descriptor, the one just closed.
        let next = try server.client()
        try next.send("GET /block?tag=new HTTP/1.1\r\nHost: t\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(server.gate.waitForEntries(1))
        server.gate.open()
        #expect(try next.readResponse().text == "unblockednew")
        #expect(try next.readResponse().text == "hello")
    }

    /// A reset while the loop does not read this connection (its request is with a handler
    /// and it pipelined more than is held) raises HUP whatever the interest: the loop must
    /// close it then, not spin on the event until the handler returns.
    @Test func aClientThatResetsWhileItsRequestIsHandledIsClosedAtOnce() throws {
        let server = try TestServer { $0.workers = 1 }
        defer { server.gate.open() }
        do {
            let leaving = try server.client()
            try leaving.send("GET /block HTTP/1.1\r\nHost: t\r\n\r\n" + String(repeating: "x", count: 100_000))
            #expect(server.gate.waitForEntries(1))
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(leaving.fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        }
        #expect(waitUntil { server.metrics.currentOpenConnections == 0 })
    }

    @Test func shutdownWaitsForTheHandlerInFlight() throws {
        let server = try TestServer { $0.drainTimeoutSeconds = 5 }
        defer { server.gate.open() }
        let busy = try server.client(), idle = try server.client()
        try idle.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try idle.readResponse().text == "hello")
        try busy.send("GET /block HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(server.gate.waitForEntries(1))
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            server.stop()
            stopped.signal()
        }
        // The drain has begun once the idle connection is closed; the busy one waits.
        #expect(idle.isClosedByPeer())
        #expect(stopped.wait(timeout: .now()) == .timedOut)
        server.gate.open()
        let response = try busy.readResponse()
        #expect(response.text == "unblocked")
        #expect(response.header("Connection") == "close")
        #expect(stopped.wait(timeout: .now() + 5) == .success)
    }
}
