import Foundation
import HTTPServer
import Testing
import TestSupport

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
        let body = String(repeating: "w", count: 2048)
        let request = "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 2048\r\n\r\n" + body
        /// Writes from another address every 10 ms, on a new connection every 20 writes,
        /// until `count` were sent and `seconds` have passed: the answered ones' latencies and the failures.
        func write(count: Int, seconds: Double, sample: () -> Void) throws -> (latencies: [Duration], failures: [String]) {
            var latencies: [Duration] = []
            var failures: [String] = []
            let start = ContinuousClock.now
            var writer = try server.client(timeoutSeconds: 10, from: "127.0.0.200")
            while latencies.count + failures.count < count || ContinuousClock.now - start < .seconds(seconds) {
                if (latencies.count + failures.count) % 20 == 0 {
                    writer = try server.client(timeoutSeconds: 10, from: "127.0.0.200")  // new connections too
                }
                let sent = ContinuousClock.now
                do {
                    try writer.send(request)
                    let response = try writer.readResponse()
                    if response.status == 200 && response.body.count == 2048 {
                        latencies.append(ContinuousClock.now - sent)
                    } else {
                        failures.append("\(response.status) \(response.text.prefix(120))")
                        writer = try server.client(timeoutSeconds: 10, from: "127.0.0.200")
                    }
                } catch {
                    failures.append("\(error)")
                    writer = try server.client(timeoutSeconds: 10, from: "127.0.0.200")
                }
                sample()
                usleep(10_000)
            }
            return (latencies, failures)
        }
        // The peer figure: the same writes before the attack.
        let quiet = try write(count: 50, seconds: 0) {}

        let rssBefore = residentBytes()
        let attackers = (10..<60).map { "127.0.0.\($0)" }
        let attack = SlowBodyAttack(port: server.port, addresses: attackers, connections: connections)
        attack.start()
        defer { attack.stop() }
        let deadline = Date().addingTimeInterval(30)
        while attack.opened.load(ordering: .relaxed) < connections && Date() < deadline { usleep(50_000) }
        #expect(attack.opened.load(ordering: .relaxed) >= connections)

        var peakBuffered = 0
        var peakOpen = 0
        // At least 200 writes and at least 4 s: the idle bodies are closed after 1 s and come back.
        let (latencies, failures) = try write(count: 200, seconds: 4) {
            peakBuffered = max(peakBuffered, server.metrics.currentBufferedBodyBytes)
            peakOpen = max(peakOpen, attack.open.load(ordering: .relaxed))
        }
        let rssAfter = residentBytes()
        print("slow-body load: \(latencies.count + failures.count) writes, \(failures.count) failed; attack: \(peakOpen) connections open at most, "
              + "\(attack.opened.load(ordering: .relaxed)) opened, \(attack.answered.load(ordering: .relaxed)) answered; "
              + "buffered bodies at most \(peakBuffered >> 10) KiB; RSS \(rssBefore >> 20) → \(rssAfter >> 20) MiB")
        // How fast the writes are answered depends on the machine and what else it runs:
        // printed for bench/latency.sh (which holds the bound, p99 under 1 s), not asserted
        // here, where a loaded machine failed it with nothing wrong in the server.
        print(LatencyFigure(name: "slow-body load: another client's writes", during: latencies, peer: quiet.latencies, bound: .seconds(1)))
        #expect(quiet.failures.isEmpty, "\(quiet.failures.prefix(3))")
        #expect(failures.isEmpty, "\(failures.count) writes failed, e.g. \(failures.prefix(3))")
        // What the attackers may hold: 16 bodies per address, each one 16 KiB step (the
        // trickles stay within their first step).
        #expect(peakBuffered <= attackers.count * 16 * 16 * 1024 + 64 * 1024)
        // Generous: the attack's descriptors, buffers and the test's own allocations; before
        // the fix the server also reserved 1 MiB of capacity per declared body.
        #expect(rssAfter - rssBefore < 256 << 20, "RSS grew from \(rssBefore >> 20) to \(rssAfter >> 20) MiB")
    }
}
