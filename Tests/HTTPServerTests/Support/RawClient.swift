import Foundation
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// A blocking TCP client that speaks raw bytes, so tests control every byte on the wire.
final class RawClient {
    let fd: Int32

    /// `from`: a loopback source address (any 127.x.y.z works on Linux), so that one test
    /// can be several clients as far as per-client limits are concerned.
    init(port: UInt16, timeoutSeconds: Int = 5, from source: String? = nil) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ClientError.system("socket", errno) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        if let source {
            guard IPv4Socket.bind(fd, to: source) else {
                let code = errno
                Glibc.close(fd)
                throw ClientError.system("bind(\(source))", code)
            }
        }
        guard IPv4Socket.connectToLoopback(fd, port: port) else {
            let code = errno
            Glibc.close(fd)
            throw ClientError.system("connect", code)
        }
    }

    deinit { Glibc.close(fd) }

    enum ClientError: Error, CustomStringConvertible {
        case system(String, Int32)
        case closed(received: [UInt8])
        case malformed(String)
        var description: String {
            switch self {
            case .system(let op, let code): "\(op): errno \(code)"
            case .closed(let received): "connection closed after \(received.count) bytes: \(String(decoding: received, as: UTF8.self))"
            case .malformed(let why): "malformed response: \(why)"
            }
        }
    }

    private var buffer: [UInt8] = []

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw ClientError.system("send", errno) }
            offset += sent
        }
    }

    /// Reads more bytes into the buffer; false on EOF.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count == 0 { return false }
        if count < 0 { throw ClientError.system("recv", errno) }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    /// Reads one response; `headRequest` means no body follows even with Content-Length.
    func readResponse(headRequest: Bool = false) throws -> TestResponse {
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.firstRange(of: [13, 10, 13, 10])?.upperBound
            if headEnd == nil, try !fill() { throw ClientError.closed(received: buffer) }
        }
        let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { throw ClientError.malformed(statusLine) }
        var headers: [(String, String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw ClientError.malformed(line) }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        buffer.removeFirst(headEnd!)
        var response = TestResponse(status: status, headers: headers, body: [])
        if status == 100 { return response }
        if !headRequest, let length = response.header("Content-Length").flatMap(Int.init) {
            while buffer.count < length {
                if try !fill() { throw ClientError.closed(received: buffer) }
            }
            response.body = Array(buffer[0..<length])
            buffer.removeFirst(length)
        }
        return response
    }

    /// True when the server closed the connection (EOF) with nothing more to read.
    func isClosedByPeer() -> Bool {
        if !buffer.isEmpty { return false }
        return (try? fill()) == false
    }

    func readRemaining() -> [UInt8] {
        while (try? fill()) == true {}
        defer { buffer.removeAll() }
        return buffer
    }
}

struct TestResponse {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first(where: { $0.0.lowercased() == name.lowercased() })?.1
    }
    func headerCount(_ name: String) -> Int { headers.filter { $0.0.lowercased() == name.lowercased() }.count }
    var text: String { String(decoding: body, as: UTF8.self) }
}
