@testable import Catalogus
@testable import CatalogusAPI
@testable import CatalogusDomain
@testable import CatalogusServices
@testable import CatalogusStorage
@testable import CatalogusWeb
import Foundation
import Synchronization
import Testing
import TestSupport

/// Issue 20, item 4: a flood of sign-ins for random addresses from rotating 127.x.y.z
/// sources used to make nearly every answer a 503, a real person's too. Now unknown
/// clients share a server-wide budget and only the unreserved hashing slots; a person
/// whose browser is known keeps signing in, and the event loops keep answering.
@Suite(.serialized) struct SignInFloodTests {
    /// scrypt at a cost where one hash takes milliseconds (4 MiB; a sixteenth of the real
    /// one's work): far longer than the flood takes to send the next attempt, so the
    /// slots stay busy and the gate matters, yet the test runs in seconds.
    static let floodCost = PasswordHasher.Cost(logN: 12, blockSize: 8, parallelism: 1)

    @Test func aPersonWithAKnownDeviceSignsInDuringAFloodAndHealthzKeepsAnswering() throws {
        try withRunningApp(configure: {
            $0.passwordCost = Self.floodCost
            // The real limit per client network: the rotating sources pass it, as they would.
            $0.signInAttemptsPerMinute = 10
            $0.signInAttemptBurst = 10
            // As on a 2-core machine, whatever this one has.
            $0.signInLimits.hashingSlots = 2
            $0.signInLimits.reservedHashingSlots = 1
        }) { app in
            let person = try app.signedInPerson(email: "mens@x.nl", role: "staff")
            let device = try #require(person.device)

            // For the figures: how long a sign-in takes on this machine without a flood.
            let quiet = ContinuousClock.now
            _ = signInAsThePageDoes(port: app.port, device: device, deadline: quiet + .seconds(5))
            let quietDuration = ContinuousClock.now - quiet
            // The peer figure for /healthz: the same probe for a second without the flood.
            let quietProbe = HealthProbe(port: app.port)
            quietProbe.start()
            Thread.sleep(forTimeInterval: 1)
            quietProbe.stop()

            let flood = SignInFlood(port: app.port, threads: 12)
            let probe = HealthProbe(port: app.port)
            flood.start()
            probe.start()
            defer {
                flood.stop()
                probe.stop()
            }
            // Until the flood is at full strength: it has had answers, and the hashing is busy.
            let warm = ContinuousClock.now + .seconds(10)
            while flood.answers < 200, ContinuousClock.now < warm { Thread.sleep(forTimeInterval: 0.05) }

            var inTime = 0
            var durations: [Duration] = []
            var answers: [[Int]] = []
            for _ in 1...10 {
                let started = ContinuousClock.now
                let statuses = signInAsThePageDoes(port: app.port, device: device, deadline: started + .seconds(5))
                durations.append(ContinuousClock.now - started)
                answers.append(statuses)
                if statuses.last == 201 { inTime += 1 }
                Thread.sleep(forTimeInterval: 0.2)
            }
            flood.stop()
            probe.stop()

            let latencies = probe.latencies.sorted()
            let statuses = flood.statuses
            print("sign-in flood: \(flood.answers) answers \(statuses.sorted { $0.key < $1.key }); person \(inTime)/10 in time (\(quietDuration) without the flood), "
                  + "slowest \(durations.max() ?? .zero), answers \(answers)")
            // How fast /healthz answers depends on the machine and what else it runs: printed
            // for bench/latency.sh (which holds the bound, p99 under 50 ms), not asserted
            // here, where a loaded machine failed it with nothing wrong in the server.
            print(LatencyFigure(name: "sign-in flood: /healthz", during: latencies, peer: quietProbe.latencies, bound: .milliseconds(50)))
            #expect(flood.answers >= 500, "it was a flood: \(statuses)")
            #expect(inTime >= 9, "\(durations)")
            // The event loops kept answering: every probe got its 200 (the probe stops at
            // the first that does not), and many were sent.
            #expect(probe.failed == false)
            #expect(latencies.count >= 50)
            // The unknown attempts that were hashed stayed within the server-wide budget (10/s, burst 20).
            #expect((statuses[401] ?? 0) <= 20 + 10 * 60, "\(statuses)")
        }
    }

    /// One try: POST, and after a 503 again once its Retry-After has passed, until the
    /// deadline (as the page does). Every answer's status, 0 for none.
    private func signInAsThePageDoes(port: UInt16, device: String, deadline: ContinuousClock.Instant) -> [Int] {
        var statuses: [Int] = []
        while ContinuousClock.now < deadline {
            let status = (try? HTTPTestClient(port: port, timeoutSeconds: 5).request(
                "POST", "/api/v1/session", json: ["email": "mens@x.nl", "password": .string(PeopleTest.password)],
                headers: ["Cookie: \(device)", "Connection: close"]).status) ?? 0
            statuses.append(status)
            guard status == 503 || status == 0 else { break }
            Thread.sleep(forTimeInterval: 1)
        }
        return statuses
    }
}

/// Threads that send sign-ins for random addresses, each on a new connection from the
/// next 127.x.y.z, one every 2 ms or as fast as the server answers, whichever is slower.
final class SignInFlood: Sendable {
    private let port: UInt16
    private let threads: Int
    private let stopping = Atomic<Bool>(false)
    private let counts = Mutex<[Int: Int]>([:])
    private let done = DispatchGroup()

    init(port: UInt16, threads: Int) {
        self.port = port
        self.threads = threads
    }

    var statuses: [Int: Int] { counts.withLock { $0 } }
    var answers: Int { counts.withLock { $0.values.reduce(0, +) } }

    func start() {
        for thread in 0..<threads {
            done.enter()
            Thread { [self] in
                defer { done.leave() }
                var sent = 0
                while !stopping.load(ordering: .relaxed) {
                    sent += 1
                    let source = "127.\(100 + thread).\(sent / 250 % 250).\(sent % 250 + 1)"
                    let status = (try? HTTPTestClient(port: port, timeoutSeconds: 5, sourceAddress: source).request(
                        "POST", "/api/v1/session", json: ["email": .string("flood-\(thread)-\(sent)@x.nl"), "password": "een gok van de vloed"],
                        headers: ["Connection: close"]).status) ?? 0
                    counts.withLock { $0[status, default: 0] += 1 }
                    // The attacker's machines are not this one: a breath between requests
                    // leaves the two cores to the server rather than to twelve busy clients.
                    Thread.sleep(forTimeInterval: 0.002)
                }
            }.start()
        }
    }

    /// Stops the threads and waits for them (at most one answer each, bounded by its timeout).
    func stop() {
        guard !stopping.exchange(true, ordering: .relaxed) else { return }
        done.wait()
    }
}

/// `GET /healthz` every 10 ms on one kept connection, timing each answer; it stops at the
/// first that is not a 200 (`failed`).
final class HealthProbe: Sendable {
    private let port: UInt16
    private let stopping = Atomic<Bool>(false)
    private let failure = Atomic<Bool>(false)
    private let measured = Mutex<[Duration]>([])
    private let done = DispatchGroup()

    init(port: UInt16) { self.port = port }

    var latencies: [Duration] { measured.withLock { $0 } }
    var failed: Bool { failure.load(ordering: .relaxed) }

    func start() {
        done.enter()
        Thread { [self] in
            defer { done.leave() }
            guard let client = try? HTTPTestClient(port: port, timeoutSeconds: 5, sourceAddress: "127.0.0.2") else {
                failure.store(true, ordering: .relaxed)
                return
            }
            while !stopping.load(ordering: .relaxed) {
                let started = ContinuousClock.now
                guard (try? client.get("/healthz"))?.status == 200 else {
                    failure.store(true, ordering: .relaxed)
                    return
                }
                let took = ContinuousClock.now - started
                measured.withLock { $0.append(took) }
                Thread.sleep(forTimeInterval: 0.01)
            }
        }.start()
    }

    func stop() {
        guard !stopping.exchange(true, ordering: .relaxed) else { return }
        done.wait()
    }
}
