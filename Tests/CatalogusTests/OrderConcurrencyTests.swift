import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Synchronization
import Testing

/// Holds `count` threads at a line until all of them have connected, then lets them go
/// at once, so that their requests really overlap on the server.
private final class OrderTestStartLine: Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private let go = DispatchSemaphore(value: 0)
    private let count: Int

    init(count: Int) { self.count = count }

    func arriveAndWait() {
        ready.signal()
        go.wait()
    }

    func release() {
        for _ in 0..<count { ready.wait() }
        for _ in 0..<count { go.signal() }
    }
}

/// What each thread of `orderTestInParallel` ended with, by its index.
private final class OrderTestResults<T: Sendable>: Sendable {
    private let results = Mutex<[Int: Result<T, any Error>]>([:])

    func store(_ result: Result<T, any Error>, at index: Int) { results.withLock { $0[index] = result } }

    func result(at index: Int) -> Result<T, any Error> {
        results.withLock { $0[index] } ?? .failure(HTTPTestClientError(description: "thread \(index) left no result"))
    }
}

/// Runs `body` on `count` threads, each with its own connection to `port`, started together.
private func orderTestInParallel<T: Sendable>(_ count: Int, port: UInt16,
                                              _ body: @escaping @Sendable (Int, HTTPTestClient) throws -> T) throws -> [T] {
    let line = OrderTestStartLine(count: count)
    let results = OrderTestResults<T>()
    let finished = DispatchGroup()
    for index in 0..<count {
        finished.enter()
        Thread {
            defer { finished.leave() }
            let client = Result { try HTTPTestClient(port: port) }
            line.arriveAndWait()
            let result = client.flatMap { client in Result { try body(index, client) } }
            results.store(result, at: index)
        }.start()
    }
    line.release()
    guard finished.wait(timeout: .now() + 60) == .success else { throw HTTPTestClientError(description: "threads did not finish") }
    return try (0..<count).map { try results.result(at: $0).get() }
}

private struct OrderTestReply: Sendable {
    let status: Int
    let id: Int64?
    let number: String?
    let replayed: Bool
    var location: String?
    var body: [UInt8] = []
}

@Suite struct OrderConcurrencyTests {
    /// Two PATCHes with the same If-Match at the same moment: one wins, one is told 412.
    @Test func concurrentPatchesWithOneVersionLetExactlyOneThrough() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            for round in 0..<5 {
                let order = try client.orderTestCreated(token: actors.municipality)
                let id = try #require(order["id"]?.int64Value)
                let token = actors.municipality
                let statuses = try orderTestInParallel(2, port: app.port) { index, client in
                    try client.request("PATCH", "/api/v1/orders/\(id)", token: token,
                                       json: ["reference": .string("client \(index)"), "lines": [["activity": .integer(Int64(index + 1)), "quantity": 1]]],
                                       headers: ["If-Match: \"1\""]).status
                }
                #expect(statuses.sorted() == [200, 412], "round \(round): \(statuses)")
                let stored = try client.orderTestRead(id, token: actors.admin)
                #expect(stored["version"]?.int64Value == 2)
                // The winner's reference and lines, together: never a mix of the two.
                let winner = statuses.firstIndex(of: 200) ?? -1
                #expect(stored["reference"]?.stringValue == "client \(winner)")
                #expect(stored.orderTestLines.first?["activity"]?["id"]?.int64Value == Int64(winner + 1))
            }
        }
    }

    /// Ten clients send one POST with one Idempotency-Key at once: one order, ten equal answers.
    @Test func oneIdempotencyKeyFromTenClientsCreatesOneOrder() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let before = try client.orderTestListAll("/api/v1/orders?limit=500", token: actors.admin).count
            let token = actors.municipality
            let replies = try orderTestInParallel(10, port: app.port) { _, client in
                let response = try client.orderTestCreate(token: token, lines: [(.integer(1), 3), (.integer(2), 1)],
                                                          headers: ["Idempotency-Key: order-2026-once"])
                return OrderTestReply(status: response.status, id: try? response.json()["id"]?.int64Value, number: nil,
                                      replayed: response.header("Idempotent-Replayed") == "true",
                                      location: response.header("Location"), body: response.body)
            }
            #expect(replies.map(\.status) == Array(repeating: 201, count: 10), "\(replies)")
            #expect(Set(replies.map(\.id)).count == 1, "\(replies)")
            #expect(replies.filter { !$0.replayed }.count == 1, "one original, nine replays: \(replies)")
            #expect(Set(replies.map(\.location)).count == 1 && replies.first?.location != nil, "\(replies.map(\.location))")
            #expect(Set(replies.map(\.body)).count == 1, "a replay is the first response again")
            let after = try client.orderTestListAll("/api/v1/orders?limit=500", token: actors.admin)
            #expect(after.count == before + 1)
            #expect(after.last?["id"]?.int64Value == replies.first?.id)

            // Keys are per token: another token's same key and body is another order.
            let other = try client.orderTestCreate(token: actors.admin, lines: [(.integer(1), 3), (.integer(2), 1)],
                                                   headers: ["Idempotency-Key: order-2026-once"])
            #expect(other.status == 201, "\(other)")
            #expect(other.header("Idempotent-Replayed") == nil)
            #expect(try other.json()["id"]?.int64Value != replies.first?.id)
            // The same key with another body is refused.
            let changed = try client.orderTestCreate(token: token, lines: [(.integer(1), 4)], headers: ["Idempotency-Key: order-2026-once"])
            #expect(changed.status == 422, "\(changed)")
        }
    }

    /// Fifty clients create orders for one municipality and year at once: numbers 0001…0050.
    @Test func fiftyConcurrentCreationsGetGaplessNumbers() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let token = actors.municipality
            let replies = try orderTestInParallel(50, port: app.port) { index, client in
                let response = try client.orderTestCreate(token: token, lines: [(.integer(Int64(index % 43 + 1)), 1)])
                let json = try? response.json()
                return OrderTestReply(status: response.status, id: json?["id"]?.int64Value, number: json?["number"]?.stringValue,
                                      replayed: false)
            }
            #expect(replies.allSatisfy { $0.status == 201 }, "\(replies.filter { $0.status != 201 })")
            let numbers = replies.compactMap(\.number).sorted()
            #expect(numbers == (1...50).map { "2026-GM1731-" + String(format: "%04d", $0) })
            #expect(Set(replies.compactMap(\.id)).count == 50)
            // Each number belongs to the order that was answered with it.
            let client = try app.client()
            for reply in replies {
                let stored = try client.orderTestRead(reply.id ?? 0, token: actors.admin)
                #expect(stored["number"]?.stringValue == reply.number)
            }
        }
    }
}
