import CLinux
#if canImport(Glibc)
import Glibc
#endif

/// A thin wrapper over one epoll instance, level-triggered (as redis does): a
/// descriptor keeps reporting readiness until it is drained, so no event is lost.
struct Epoll: ~Copyable {
    let descriptor: Int32
    private let events: UnsafeMutableBufferPointer<epoll_event>

    init(maxEvents: Int = 512) throws(SocketError) {
        let fd = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard fd >= 0 else { throw SocketError("epoll_create1") }
        descriptor = fd
        events = .allocate(capacity: maxEvents)
    }

    deinit {
        events.deallocate()
        close(descriptor)
    }

    struct Interest: OptionSet {
        let rawValue: UInt32
        static let read = Interest(rawValue: EPOLLIN.rawValue | EPOLLRDHUP.rawValue)
        static let write = Interest(rawValue: EPOLLOUT.rawValue)
        /// A listener shared by the loops: wake only one of them per connection
        /// (EPOLLEXCLUSIVE allows EPOLLIN but not EPOLLRDHUP).
        static let exclusiveAccept = Interest(rawValue: EPOLLIN.rawValue | EPOLLEXCLUSIVE.rawValue)
    }

    func add(_ fd: Int32, _ interest: Interest) throws(SocketError) {
        try control(EPOLL_CTL_ADD, fd, interest)
    }

    func modify(_ fd: Int32, _ interest: Interest) throws(SocketError) {
        try control(EPOLL_CTL_MOD, fd, interest)
    }

    func remove(_ fd: Int32) {
        _ = epoll_ctl(descriptor, EPOLL_CTL_DEL, fd, nil)
    }

    private func control(_ operation: Int32, _ fd: Int32, _ interest: Interest) throws(SocketError) {
        var event = epoll_event()
        event.events = interest.rawValue
        event.data.fd = fd
        guard epoll_ctl(descriptor, operation, fd, &event) == 0 else { throw SocketError("epoll_ctl") }
    }

    struct Event {
        let fd: Int32
        let flags: UInt32
        var isReadable: Bool { flags & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 }
        var isWritable: Bool { flags & (EPOLLOUT.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 }
        var isHangUp: Bool { flags & (EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 }
    }

    /// Waits up to `timeoutMilliseconds`; an interrupted wait (EINTR) is an empty wake-up, never an error.
    func wait(timeoutMilliseconds: Int32, _ body: (Event) -> Void) throws(SocketError) {
        let count = epoll_wait(descriptor, events.baseAddress, Int32(events.count), timeoutMilliseconds)
        if count < 0 {
            if errno == EINTR { return }
            throw SocketError("epoll_wait")
        }
        for index in 0..<Int(count) {
            body(Event(fd: events[index].data.fd, flags: events[index].events))
        }
    }
}

/// An eventfd that another thread writes to wake a loop out of epoll_wait.
struct WakeUpSignal: Sendable {
    let descriptor: Int32

    init() throws(SocketError) {
        let fd = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard fd >= 0 else { throw SocketError("eventfd") }
        descriptor = fd
    }

    func signal() {
        var one: UInt64 = 1
        _ = write(descriptor, &one, 8)
    }

    func drain() {
        var value: UInt64 = 0
        _ = read(descriptor, &value, 8)
    }

    func close() { _ = Glibc.close(descriptor) }
}
