import Foundation
import HTTPServer
import Testing

/// Issue 20, item 1, as a load: 1,000 connections from 50 loopback addresses declare 1 MiB
/// bodies and send nothing or a trickle (and reconnect whenever closed) while another
/// address writes. Before the fix, 256 such connections held the whole 256 MiB budget and
/// every write got 503.
@Suite("Server: slow bodies under load", .serialized)
struct ServerSlowBodyLoadTests {
    @Test(.timeLimit(.minutes(3)))
    func anotherClientsWritesSucceedWhileAThousandConnectionsSendSlowBodies() throws {
        // Each attacking connection is two descriptors here (client and server end).
        let fileLimit = raiseOpenFileLimit()
        let connections = min(1000, (fileLimit - 300) / 2)
        if connections < 1000 { print("open-file limit \(fileLimit): the attack uses \(connections) connections") }
        let server = try TestServer {
            $0.maxConnectionsPerClient = ServerConfiguration().maxConnectionsPerClient  // the default, not the tests' 100,000
            // Short timeouts so that the test sees connections closed and reopened.
            $0.bodyInitialTimeoutSeconds = 1
            $0.minBodyBytesPerSecond = 1024
            $0.bodyTimeoutSeconds = 5
        }
        let rssBefore = residentBytes()
        let attackers = (10..<60).map { "127.0.0.\($0)" }
        let attack = SlowBodyAttack(port: server.port, addresses: attackers, connections: connections)
        attack.start()
        defer { attack.stop() }
        let deadline = Date().addingTimeInterval(30)
        while attack.opened.load(ordering: .relaxed) < connections && Date() < deadline { usleep(50_000) }
        #expect(attack.opened.load(ordering: .relaxed) >= connections)

        let body = String(repeating: "w", count: 2048)
        let request = "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 2048\r\n\r\n" + body
        var latencies: [Double] = []
        var failures: [String] = []
        var peakBuffered = 0
        var peakOpen = 0
        let start = Date()
        var writer = try server.client(timeoutSeconds: 10, from: "127.0.0.200")
        // At least 200 writes and at least 4 s: the idle bodies are closed after 1 s and come back.
        while latencies.count + failures.count < 200 || Date().timeIntervalSince(start) < 4 {
            if (latencies.count + failures.count) % 20 == 0 {
                writer = try server.client(timeoutSeconds: 10, from: "127.0.0.200")  // new connections too
            }
            let sent = Date()
            do {
                try writer.send(request)
                let response = try writer.readResponse()
                if response.status == 200 && response.body.count == 2048 {
                    latencies.append(Date().timeIntervalSince(sent))
                } else {
                    failures.append("\(response.status) \(response.text.prefix(120))")
                    writer = try server.client(timeoutSeconds: 10, from: "127.0.0.200")
                }
            } catch {
                failures.append("\(error)")
                writer = try server.client(timeoutSeconds: 10, from: "127.0.0.200")
            }
            peakBuffered = max(peakBuffered, server.metrics.currentBufferedBodyBytes)
            peakOpen = max(peakOpen, attack.open.load(ordering: .relaxed))
            usleep(10_000)
        }
        let rssAfter = residentBytes()
        latencies.sort()
        let p99 = latencies.isEmpty ? .infinity : latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
        let median = latencies.isEmpty ? .infinity : latencies[latencies.count / 2]
        print(String(format: "slow-body load: %d writes, %d failed, median %.1f ms, p99 %.1f ms, max %.1f ms; attack: %d connections open at most, %d opened, %d answered; buffered bodies at most %d KiB; RSS %d → %d MiB",
                     latencies.count + failures.count, failures.count, median * 1000, p99 * 1000, (latencies.last ?? 0) * 1000,
                     peakOpen, attack.opened.load(ordering: .relaxed), attack.answered.load(ordering: .relaxed),
                     peakBuffered >> 10, rssBefore >> 20, rssAfter >> 20))
        #expect(failures.isEmpty, "\(failures.count) writes failed, e.g. \(failures.prefix(3))")
        #expect(p99 < 1.0)
        // What the attackers may hold: 16 bodies per address, each one 16 KiB step (the
        // trickles stay within their first step).
        #expect(peakBuffered <= attackers.count * 16 * 16 * 1024 + 64 * 1024)
        // Generous: the attack's descriptors, buffers and the test's own allocations; before
        // the fix the server also reserved 1 MiB of capacity per declared body.
        #expect(rssAfter - rssBefore < 256 << 20, "RSS grew from \(rssBefore >> 20) to \(rssAfter >> 20) MiB")
    }
}
