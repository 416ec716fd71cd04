import Catalogus
import Dispatch
import Foundation
import JSON
import Synchronization
import Testing

/// Issue 20, item 8: bulk imports must not starve other writes. While two 10,000-row
/// imports run back to back, another caller's small writes keep being answered quickly.
///
/// What it holds the server to: nine in ten small writes within 250 ms (before: the
/// median waited seconds, as every row's checks ran in the import's turn on the writer),
/// and none waits longer than one import takes (before: a write queued behind both
/// imports waited for both). A small write that arrives during an import's own turn
/// (its INSERT and COMMIT, all-or-nothing: ~0.3 s of SQLite's CPU and the sync of a few
/// MB, about 1 s on a loaded 2-core machine) waits for it: that turn is the floor.
/// Robust on a loaded machine: few small writes (at most `maxSamples`, one at a time,
/// paced) and bounds set against what the old code did, not against a fast machine.
@Suite(.serialized) struct BulkImportFairnessTests {
    static let maxSamples = 150
    static let p90Bound: Duration = .milliseconds(250)

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

            var latencies: [Duration] = []
            var statuses: [Int] = []
            let client = try HTTPTestClient(port: app.port, timeoutSeconds: 300)
            let clock = ContinuousClock()
            while !importsDone.load(ordering: .acquiring), latencies.count < Self.maxSamples {
                let started = clock.now
                let response = try client.request("POST", "/api/v1/registrations", token: other,
                                                  json: registrationTestBody(["notes": .string("small write \(latencies.count)")]))
                latencies.append(clock.now - started)
                statuses.append(response.status)
                usleep(20_000)
            }
            importsFinished.wait()

            #expect(importStatuses.withLock { $0 } == [201, 201])
            #expect(statuses.allSatisfy { $0 == 201 }, "\(statuses)")
            // Enough samples that the imports were running while they were taken.
            try #require(latencies.count >= 10, "only \(latencies.count) small writes ran during the imports")
            let sorted = latencies.sorted()
            let p50 = sorted[sorted.count / 2]
            func percentile(_ p: Double) -> Duration { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] }
            let p90 = percentile(0.90), p99 = percentile(0.99)
            let shortestImport = importDurations.withLock { $0.min() ?? .zero }
            let summary = "\(sorted.count) small writes: p50 \(p50), p90 \(p90), p99 \(p99), max \(sorted.last!); shortest import \(shortestImport)"
            print("BulkImportFairness: \(summary)")
            #expect(p90 < Self.p90Bound, "\(summary)")
            #expect(sorted.last! < shortestImport, "\(summary)")
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration WHERE notes LIKE 'small write %'") == Int64(latencies.count))
        }
    }
}
