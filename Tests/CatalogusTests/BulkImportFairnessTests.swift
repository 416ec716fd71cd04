import Catalogus
import Dispatch
import Foundation
import JSON
import Synchronization
import Testing

/// Issue 20, item 8: bulk imports must not starve other writes. While two 10,000-row
/// imports run back to back, another caller's small writes keep being answered quickly.
///
/// The small writes arrive open-loop, one every `spacing` whatever became of the ones
/// before (as requests from many people do), so that the time the writer spends on
/// imports shows in the percentiles. What it holds the server to: half of them within
/// 250 ms. Before, the median waited 2.6 s (p90 4.5 s, p99 5.0 s), as every row's checks
/// ran in the import's turn on the writer and the imports held it nearly all the time;
/// now p50 ≈ 25 ms, p90 0.5–1.0 s, p99 0.7–1.3 s. A write that arrives during an import's
/// own turn (its INSERT and COMMIT, all-or-nothing: ~0.4 s of SQLite's CPU and the sync
/// of a few MB, up to 1 s on a loaded 2-core machine) waits for it: that turn is the
/// floor, so the tail is reported, not asserted. That a small write waits for at most
/// one import is `BulkWriteTurnTests`'s, deterministically.
/// Robust on a loaded machine: a bounded number of writes, and a bound set against what
/// the old code did, not against a fast machine.
@Suite(.serialized) struct BulkImportFairnessTests {
    static let maxSamples = 300
    static let spacing: useconds_t = 25_000
    static let p50Bound: Duration = .milliseconds(250)

    @Test func smallWritesStayFastWhileTwoImportsRun() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let importer = try registrationTestToken(app, .staff)
            let other = try registrationTestToken(app, .staff)
            // Each token's first use writes "last used"; get that out of the way.
            for token in [importer, other] {
                #expect(try app.client().request("GET", "/api/v1/registrations?limit=1", token: token).status == 200)
            }
            let csv = ([RegistrationBulkTests.csvHeader] + RegistrationBulkTests.csvRows(10_000)).joined(separator: "\n") + "\n"
            let importsDone = Atomic<Bool>(false)
            let importStatuses = Mutex<[Int]>([])
            let importDurations = Mutex<[Duration]>([])
            let importsFinished = DispatchSemaphore(value: 0)
            let importStarted = DispatchSemaphore(value: 0)
            Thread {
                defer {
                    importsDone.store(true, ordering: .releasing)
                    importsFinished.signal()
                }
                importStarted.signal()
                for _ in 0..<2 {
                    let started = ContinuousClock.now
                    defer { importDurations.withLock { $0.append(ContinuousClock.now - started) } }
                    let status = (try? HTTPTestClient(port: app.port, timeoutSeconds: 300)
                        .request("POST", "/api/v1/registrations/bulk", token: importer, body: csv, contentType: "text/csv").status) ?? -1
                    importStatuses.withLock { $0.append(status) }
                }
            }.start()
            importStarted.wait()

            let results = Mutex<[(latency: Duration, status: Int)]>([])
            let writes = DispatchGroup()
            var sent = 0
            while !importsDone.load(ordering: .acquiring), sent < Self.maxSamples {
                let n = sent
                sent += 1
                writes.enter()
                Thread {
                    defer { writes.leave() }
                    let started = ContinuousClock.now
                    let status = (try? HTTPTestClient(port: app.port, timeoutSeconds: 300)
                        .request("POST", "/api/v1/registrations", token: other,
                                 json: registrationTestBody(["notes": .string("small write \(n)")]), headers: ["Connection: close"]).status) ?? -1
                    results.withLock { $0.append((ContinuousClock.now - started, status)) }
                }.start()
                usleep(Self.spacing)
            }
            writes.wait()
            importsFinished.wait()

            let samples = results.withLock { $0 }
            #expect(importStatuses.withLock { $0 } == [201, 201])
            #expect(samples.allSatisfy { $0.status == 201 }, "\(samples.map(\.status))")
            // Enough samples that the imports were running while they were taken.
            try #require(samples.count >= 20, "only \(samples.count) small writes ran during the imports")
            let sorted = samples.map(\.latency).sorted()
            func percentile(_ p: Double) -> Duration { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] }
            let p50 = percentile(0.5), p90 = percentile(0.90), p99 = percentile(0.99)
            let shortestImport = importDurations.withLock { $0.min() ?? .zero }
            let summary = "\(sorted.count) small writes: p50 \(p50), p90 \(p90), p99 \(p99), max \(sorted.last!); shortest import \(shortestImport)"
            print("BulkImportFairness: \(summary)")
            #expect(p50 < Self.p50Bound, "\(summary)")
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration WHERE notes LIKE 'small write %'") == Int64(samples.count))
        }
    }
}
