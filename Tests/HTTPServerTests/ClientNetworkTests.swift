import Testing
@testable import HTTPServer

/// The unit of per-client limits: one IPv4 address, one IPv6 /64.
@Suite("Client network")
struct ClientNetworkTests {
    @Test func anIPv4AddressIsItsOwnNetwork() {
        #expect(ClientNetwork(address: "127.0.0.7").description == "127.0.0.7")
        #expect(ClientNetwork(address: "127.0.0.7") != ClientNetwork(address: "127.0.0.8"))
    }

    @Test func IPv6AddressesOfOneSlash64AreOneNetwork() {
        let first = ClientNetwork(address: "2001:db8:1:2:aaaa::1")
        let second = ClientNetwork(address: "2001:db8:1:2:ffff:ffff:ffff:ffff")
        #expect(first == second)
        #expect(first.description == "2001:db8:1:2::/64")
        #expect(ClientNetwork(address: "2001:db8:1:3::1") != first)
        #expect(ClientNetwork(address: "::1").description == "::/64")
    }

    @Test func anIPv4MappedAddressIsTheIPv4Address() {
        #expect(ClientNetwork(address: "::ffff:192.0.2.9") == ClientNetwork(address: "192.0.2.9"))
    }

    @Test func textThatIsNoAddressStaysAsItWas() {
        #expect(ClientNetwork(address: "unknown").description == "unknown")
    }
}
