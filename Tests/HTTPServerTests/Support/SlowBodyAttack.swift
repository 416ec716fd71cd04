import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Issue 20, item 1's attack: connections from many loopback addresses that declare a
/// 1 MiB body and then send nothing (even ones) or 10 bytes every half second (odd ones).
/// A connection the server answers or closes is opened again a quarter second later, so
/// the pressure lasts as long as the attack. One thread, non-blocking sockets.
final class SlowBodyAttack: Sendable {
    let port: UInt16
    let addresses: [String]
    let connections: Int
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    /// Connections open now, opened in total, and answers the server gave (408, 429, 503).
    let open = Atomic<Int>(0)
    let opened = Atomic<Int>(0)
    let answered = Atomic<Int>(0)

    static let head = Array("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1048576\r\n\r\n".utf8)

    init(port: UInt16, addresses: [String], connections: Int) {
        self.port = port
        self.addresses = addresses
        self.connections = connections
    }

    func start() {
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "slow-body-attack"
        thread.start()
    }

    func stop() {
        stopping.store(true, ordering: .relaxed)
        finished.wait()
    }

    private struct Slot {
        var fd: Int32 = -1
        let source: String
        let trickles: Bool
        var nextAction: Date = .distantPast
    }

    private func run() {
        var slots = (0..<connections).map { index in
            Slot(source: addresses[index % addresses.count], trickles: index % 2 == 1)
        }
        var scratch = [UInt8](repeating: 0, count: 4096)
        let trickle = [UInt8](repeating: UInt8(ascii: "t"), count: 10)
        while !stopping.load(ordering: .relaxed) {
            let now = Date()
            for index in slots.indices {
                if slots[index].fd < 0 {
                    guard now >= slots[index].nextAction else { continue }
                    slots[index].fd = connect(from: slots[index].source)
                    slots[index].nextAction = now.addingTimeInterval(0.5)
                    continue
                }
                let fd = slots[index].fd
                let count = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                let gone = count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                if count > 0 || gone {
                    if count > 0 { answered.wrappingAdd(1, ordering: .relaxed) }
                    close(&slots[index], reopenAfter: now.addingTimeInterval(0.25))
                    continue
                }
                if slots[index].trickles, now >= slots[index].nextAction {
                    _ = trickle.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT | MSG_NOSIGNAL)) }
                    slots[index].nextAction = now.addingTimeInterval(0.5)
                }
            }
            usleep(50_000)
        }
        for index in slots.indices where slots[index].fd >= 0 { close(&slots[index], reopenAfter: .distantFuture) }
    }

    private func connect(from source: String) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return -1 }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = IPv4Socket.bind(fd, to: source) && IPv4Socket.connectToLoopback(fd, port: port)
        let sent = connected && Self.head.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == Self.head.count
        guard sent else {
            Glibc.close(fd)
            return -1
        }
        open.wrappingAdd(1, ordering: .relaxed)
        opened.wrappingAdd(1, ordering: .relaxed)
        return fd
    }

    private func close(_ slot: inout Slot, reopenAfter time: Date) {
        Glibc.close(slot.fd)
        slot.fd = -1
        slot.nextAction = time
        open.wrappingSubtract(1, ordering: .relaxed)
    }
}

/// This process's resident memory (the server runs in it), from /proc/self/statm.
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Raises the soft limit on open files to the hard one; returns the limit now in force.
func raiseOpenFileLimit() -> Int {
    var limit = rlimit()
    guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
    if limit.rlim_cur < limit.rlim_max {
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        _ = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
    return limit.rlim_cur > UInt(Int.max) ? Int.max : Int(limit.rlim_cur)
}
