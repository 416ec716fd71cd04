import Testing
@testable import HTTPServer

/// The budget's arithmetic without a socket: shares per client, slots, release.
@Suite("Body budget")
struct BodyBudgetTests {
    static func budget(total: Int = 100, perClient: Int = 60, receivers: Int = 2) -> BodyBudget {
        BodyBudget(limits: .init(total: total, perClient: perClient, receiversPerClient: receivers), metrics: ServerMetrics())
    }

    @Test func aClientIsHeldToItsShareAndOthersToTheRest() {
        let budget = Self.budget()
        let a = ClientNetwork(address: "192.0.2.1"), b = ClientNetwork(address: "192.0.2.2")
        var first = BodyHold(client: a), second = BodyHold(client: a), other = BodyHold(client: b)
        #expect(budget.grow(&first, to: 50) == nil)
        #expect(budget.grow(&second, to: 11) == .client)
        #expect(second.bytes == 0)
        #expect(budget.grow(&second, to: 10) == nil)
        #expect(budget.usedBytes(of: a) == 60)
        #expect(budget.grow(&other, to: 41) == .server)
        #expect(budget.grow(&other, to: 40) == nil)
        budget.release(&first)
        #expect(budget.usedBytes == 50)
        #expect(budget.usedBytes(of: a) == 10)
        budget.release(second)
        budget.release(&other)
        #expect(budget.usedBytes == 0)
        #expect(budget.usedBytes(of: b) == 0)
    }

    @Test func receivingSlotsArePerClientAndComeBack() {
        let budget = Self.budget(receivers: 2)
        let a = ClientNetwork(address: "2001:db8:1:2::1"), sameNetwork = ClientNetwork(address: "2001:db8:1:2::ffff")
        var holds = [BodyHold(client: a), BodyHold(client: sameNetwork), BodyHold(client: a)]
        #expect(budget.startReceiving(&holds[0]) == nil)
        #expect(budget.startReceiving(&holds[1]) == nil)
        #expect(budget.startReceiving(&holds[2]) == .client)
        #expect(!holds[2].receiving)
        budget.stopReceiving(&holds[0])
        budget.stopReceiving(&holds[0])  // twice gives back once
        #expect(budget.startReceiving(&holds[2]) == nil)
        var unknown = BodyHold(client: nil)
        #expect(budget.startReceiving(&unknown) == nil)
        #expect(budget.grow(&unknown, to: 100) == nil)  // only the server-wide limit
    }
}
