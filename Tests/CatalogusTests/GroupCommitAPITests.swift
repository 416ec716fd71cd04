@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Dispatch
import Foundation
import JSON
import SQLite
import Synchronization
import Testing

/// Group commit seen by clients: registrations posted while the writer is busy are
/// answered together, each with its own answer, and a COMMIT that fails fails them all.
/// Deterministic: the test holds the writer thread with a loan until every request is
/// queued behind it, and the group's wait bound is far beyond the test's run.
@Suite struct GroupCommitAPITests {
    private static let patient: DatabaseWriter.GroupCommit = {
        var limits = DatabaseWriter.GroupCommit()
        limits.maxWait = .seconds(3600)
        return limits
    }()

    private struct Timeout: Error {}

    /// Posts `bodies` at once, each on its own connection, while the writer is held; lets
    /// it go once all are queued. Returns the statuses in the order of `bodies`.
    private func postTogether(_ app: RunningApp, token: String, _ bodies: [JSONValue]) throws -> [Int] {
        let held = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let holder = Thread {
            try? app.writer.withConnection { _ in
                held.signal()
                release.wait()
            }
        }
        holder.start()
        held.wait()
        let statuses = Mutex<[Int: Int]>([:])
        let finished = DispatchGroup()
        for (index, body) in bodies.enumerated() {
            finished.enter()
            Thread {
                defer { finished.leave() }
                let status = (try? app.client().request("POST", "/api/v1/registrations", token: token, json: body,
                                                         headers: ["Connection: close"]).status) ?? -1
                statuses.withLock { $0[index] = status }
            }.start()
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while app.writer.waitingTurns < bodies.count {
            guard ContinuousClock.now < deadline else {
                release.signal()
                throw Timeout()
            }
            usleep(1000)
        }
        release.signal()
        finished.wait()
        return statuses.withLock { statuses in bodies.indices.map { statuses[$0] ?? -1 } }
    }

    private func count(_ app: RunningApp) throws -> Int64 {
        try registrationTestCount(app, "SELECT count(*) FROM registration")
    }

    /// A staff token that has been used once, so that no "last used" write joins the queue.
    private func warmToken(_ app: RunningApp) throws -> String {
        let token = try registrationTestToken(app, .staff)
        #expect(try app.client().request("GET", "/api/v1/registrations?limit=1", token: token).status == 200)
        return token
    }

    @Test func registrationsQueuedTogetherCommitOnceAndABadOneFailsAlone() throws {
        try withRunningApp(groupCommit: Self.patient, configure: { $0.rateLimitPerSecond = 0 }) { app in
            try app.loadDemoData()
            let token = try warmToken(app)
            let before = try count(app)
            let commits = app.writer.commitCounts
            var bodies = (0..<6).map { registrationTestBody(["notes": .string("group commit \($0)")]) }
            bodies[3] = registrationTestBody(["activity": "no-such-activity"])
            let statuses = try postTogether(app, token: token, bodies)
            #expect(statuses == [201, 201, 201, 422, 201, 201])
            #expect(try count(app) == before + 5)
            #expect(app.writer.commitCounts.transactions == commits.transactions + 1, "one COMMIT for the group")
            #expect(app.writer.commitCounts.writes == commits.writes + 6)
            let stored = try registrationTestCount(app, "SELECT count(*) FROM registration WHERE notes LIKE 'group commit %'")
            #expect(stored == 5)
        }
    }

    @Test func aCommitThatFailsFailsEveryRegistrationOfTheGroupAndStoresNone() throws {
        try withRunningApp(groupCommit: Self.patient, configure: { $0.rateLimitPerSecond = 0 }) { app in
            try app.loadDemoData()
            let token = try warmToken(app)
            let before = try count(app)
            let refusing = Atomic<Bool>(true)
            try app.writer.withConnection { db in try db.setCommitVeto { refusing.load(ordering: .relaxed) } }
            let statuses = try postTogether(app, token: token, (0..<5).map { _ in registrationTestBody() })
            #expect(statuses == [500, 500, 500, 500, 500])
            #expect(try count(app) == before, "nothing of the group is stored")

            refusing.store(false, ordering: .relaxed)
            let saved = try app.client().request("POST", "/api/v1/registrations", token: token, json: registrationTestBody())
            #expect(saved.status == 201, "\(saved)")
            #expect(try count(app) == before + 1)
        }
    }
}
