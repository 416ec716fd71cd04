import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import HTTPServer
import JSON
import Testing
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Issue 20, item 1, against the application: connections that declare 1 MiB quotes and
/// send nothing used to reserve that much each, so a handful of them (a few hundred with
/// the default budget) made every POST of everyone answer 503.
@Suite struct IdleBodyTests {
    @Test func idleDeclaredBodiesDoNotRefuseAnonymousQuotes() throws {
        try withDemoApp(server: { $0.maxBufferedBodyBytes = 4 << 20 }) { app in
            // Twelve such connections: three times the budget if declared lengths counted.
            let idle = try (0..<12).map { _ in try IdleBodySocket(port: app.port) }
            defer { idle.forEach { $0.close() } }
            let api = try CatalogueAPI(app)
            let response = try api.quote(["municipality": "midden-drenthe", "year": 2024,
                                          "lines": [["activity": "breicafe", "quantity": 1]]])
            #expect(response.status == 200, "\(response)")
            #expect(app.services.metrics.currentBufferedBodyBytes <= 12 * 16 * 1024)
        }
    }
}

/// A connection that sends `POST /api/v1/quotes` with `Content-Length: 1048576` and no body.
private struct IdleBodySocket {
    let fd: Int32

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        let connected = fd >= 0 && IPv4Socket.connectToLoopback(fd, port: port)
        let head = Array("POST /api/v1/quotes HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\nExpect: 100-continue\r\n\r\n".utf8)
        guard connected, head.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == head.count
        else { throw POSIXError(.ECONNREFUSED) }
        // The 100 Continue says the server took the body on (a refused one gets 503 at once).
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0, String(decoding: buffer[0..<count], as: UTF8.self).hasPrefix("HTTP/1.1 100") else {
            throw POSIXError(.EBUSY)
        }
    }

    func close() { _ = Glibc.close(fd) }
}
