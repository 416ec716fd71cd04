import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A webhook receiver in the test process: an HTTP/1.1 listener on 127.0.0.1 that
/// records each request and answers with the next status of its script (the last one
/// repeats). Tests wait for a number of requests, never for a time.
final class WebhookReceiver: Sendable {
    struct Received: Sendable {
        let path: String
        let headers: [String: String]
        let body: [UInt8]
    }

    let port: UInt16
    private let listener: Int32
    private let script: [Int]
    /// When set, every answer waits until the test signals it: a receiver that hangs.
    private let hold: DispatchSemaphore?
    /// Header lines added to every answer (e.g. a redirect's `Location`).
    private let extraHeaders: [String]
    /// The size of every answer's body.
    private let bodyBytes: Int
    private let stopped = Atomic(false)
    private let received = Mutex<[Received]>([])
    private let arrivals = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    /// Bytes of answers that the kernel took (a client that stops reading makes this short).
    private let sent = Atomic(0)

    init(statuses: [Int] = [200], address host: String = "127.0.0.1", port requested: UInt16 = 0, hold: DispatchSemaphore? = nil,
         extraHeaders: [String] = [], bodyBytes: Int = 2) throws {
        script = statuses
        self.hold = hold
        self.extraHeaders = extraHeaders
        self.bodyBytes = bodyBytes
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = requested.bigEndian
        address.sin_addr.s_addr = inet_addr(host)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw HTTPTestClientError(description: "receiver cannot listen: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    var url: String { "http://127.0.0.1:\(port)/hook" }
    var requests: [Received] { received.withLock { $0 } }
    var sentBytes: Int { sent.load(ordering: .relaxed) }

    /// Waits until `count` requests have arrived in all (at most `timeout`).
    func wait(for count: Int, timeout: Double = 30) -> [Received] {
        let deadline = DispatchTime.now() + timeout
        while requests.count < count {
            if arrivals.wait(timeout: deadline) == .timedOut { break }
        }
        return requests
    }

    /// Stops listening and waits for the request being served; a second call does nothing.
    func stop() {
        guard !stopped.exchange(true, ordering: .relaxed) else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        done.wait()
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                break
            }
            serve(client)
            close(client)
        }
        done.signal()
    }

    /// One request per connection, `Connection: close`: enough for the worker's POSTs.
    private func serve(_ client: Int32) {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var headEnd: Int?
        var contentLength = 0
        while true {
            if let end = headEnd, buffer.count >= end + contentLength { break }
            let n = read(client, &chunk, chunk.count)
            guard n > 0 else { return }
            buffer += chunk[0..<n]
            if headEnd == nil, let range = findHeadEnd(buffer) {
                headEnd = range
                let head = String(decoding: buffer[0..<range], as: UTF8.self)
                for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
                    contentLength = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) ?? 0
                }
            }
        }
        guard let end = headEnd else { return }
        let lines = String(decoding: buffer[0..<(end - 4)], as: UTF8.self).split(separator: "\r\n")
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        let index = received.withLock { list in
            list.append(Received(path: path, headers: headers, body: Array(buffer[end..<(end + contentLength)])))
            return list.count - 1
        }
        let status = script[min(index, script.count - 1)]
        arrivals.signal()
        hold?.wait()
        let head = "HTTP/1.1 \(status) Scripted\r\nContent-Length: \(bodyBytes)\r\n"
            + extraHeaders.map { $0 + "\r\n" }.joined() + "Connection: close\r\n\r\n"
        let answer = Array(head.utf8) + [UInt8](repeating: UInt8(ascii: "k"), count: bodyBytes)
        var offset = 0
        while offset < answer.count {
            // MSG_NOSIGNAL: a client that hangs up must not kill the test process with SIGPIPE.
            let n = answer[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { break }
            offset += n
            sent.add(n, ordering: .relaxed)
        }
    }

    private func findHeadEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return i + 4
        }
        return nil
    }
}
