import Foundation
import JSON
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// One HTTP response as read off the socket.
struct TestResponse: CustomStringConvertible {
    let status: Int
    let headers: [(name: String, value: String)]
    let body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    func json() throws -> JSONValue { try JSONParser.parse(body) }

    var description: String { "HTTP \(status) \(headers.map { "\($0.name): \($0.value)" }) \(text)" }
}

struct HTTPTestClientError: Error, CustomStringConvertible {
    let description: String
}

/// A deliberately tiny, blocking HTTP/1.1 client over a POSIX socket: it sends the
/// bytes it is given and reads responses framed by Content-Length (or by close).
/// Keeps the connection, so several requests can share it. Used by one test only.
final class HTTPTestClient {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    /// `sourceAddress`: a 127.x.y.z to connect from (Linux routes all of 127/8 to the
    /// loopback), so that a test can play many clients.
    init(port: UInt16, timeoutSeconds: Int = 10, sourceAddress: String? = nil) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw HTTPTestClientError(description: "socket: errno \(errno)") }
        if let sourceAddress {
            guard IPv4Socket.bind(descriptor, to: sourceAddress) else {
                let code = errno
                close(descriptor)
                throw HTTPTestClientError(description: "bind to \(sourceAddress): errno \(code)")
            }
        }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard IPv4Socket.connectToLoopback(descriptor, port: port) else {
            let code = errno
            close(descriptor)
            throw HTTPTestClientError(description: "connect to port \(port): errno \(code)")
        }
    }

    deinit { close(descriptor) }

    /// `GET path` with the given extra header lines, on this connection.
    func get(_ path: String, headers: [String] = []) throws -> TestResponse {
        let extra = headers.map { $0 + "\r\n" }.joined()
        return try send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(extra)\r\n")
    }

    /// Sends `raw` as is and reads one response.
    func send(_ raw: String) throws -> TestResponse {
        let bytes = Array(raw.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw HTTPTestClientError(description: "send: errno \(errno)") }
            offset += sent
        }
        return try readResponse(toHead: raw.hasPrefix("HEAD "))
    }

    private func readResponse(toHead isHead: Bool) throws -> TestResponse {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while true {
            headEnd = buffer.firstRange(of: separator)?.lowerBound
            if headEnd != nil { break }
            guard try receive() else { throw HTTPTestClientError(description: "connection closed before a response head") }
        }
        let head = String(decoding: buffer[..<headEnd!], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2)
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1]) else {
            throw HTTPTestClientError(description: "bad status line in \(head)")
        }
        let headers: [(name: String, value: String)] = lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let bodyStart = headEnd! + separator.count
        let response: (Int) -> TestResponse = { end in
            TestResponse(status: status, headers: headers, body: Array(self.buffer[bodyStart..<end]))
        }
        // RFC 9112 §6.3: responses to HEAD, and 1xx, 204 and 304 responses, end at the head.
        if isHead || status == 204 || status == 304 || (100..<200).contains(status) {
            defer { buffer.removeFirst(bodyStart) }
            return response(bodyStart)
        }
        if let length = headers.first(where: { $0.name.lowercased() == "content-length" }).flatMap({ Int($0.value) }) {
            while buffer.count < bodyStart + length {
                guard try receive() else { throw HTTPTestClientError(description: "connection closed inside a body") }
            }
            defer { buffer.removeFirst(bodyStart + length) }
            return response(bodyStart + length)
        }
        // No Content-Length: the body runs to the end of the connection (RFC 9112 §6.3).
        while try receive() {}
        defer { buffer.removeAll() }
        return response(buffer.count)
    }

    /// Appends what arrives; false at end of stream.
    private func receive() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count < 0 {
            throw HTTPTestClientError(description: errno == EAGAIN ? "timed out waiting for the server" : "recv: errno \(errno)")
        }
        buffer.append(contentsOf: chunk[..<count])
        return count > 0
    }
}
