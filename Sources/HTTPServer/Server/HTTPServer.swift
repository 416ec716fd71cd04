import Foundation
import Synchronization

/// The HTTP/1.1 server: one listening socket, `workers` event-loop threads that do the
/// I/O, and two pools of threads that run the handlers: `handlerThreads` for requests
/// with safe methods, `writeHandlerThreads` for the others.
///
///     let server = try HTTPServer(configuration: config, responder: app)
///     // … later, e.g. on SIGTERM:
///     server.shutdown()
///     server.waitUntilStopped()
public final class HTTPServer<Responder: HTTPResponder>: Sendable {
    public let port: UInt16
    public let metrics: ServerMetrics
    private let listener: ListeningSocket
    private let shared: SharedServerState
    private let wakeUps: [WakeUpSignal]
    private let running: DispatchGroup
    private let handlersRunning: DispatchGroup
    private let handlerThreads: Int
    private let writeHandlerThreads: Int
    private let stopped = Mutex(false)

    /// Binds and starts every thread; throws if the port cannot be bound or a thread
    /// cannot make its state (e.g. open its database connection).
    public init(configuration: ServerConfiguration, responder: Responder,
                metrics: ServerMetrics = ServerMetrics(), log: LogSink = LogSink()) throws {
        listener = try ListeningSocket(host: configuration.host, port: configuration.port)
        port = listener.port
        self.metrics = metrics
        shared = SharedServerState(metrics: metrics, log: log, configuration: configuration)
        let workers = max(1, configuration.workers)
        handlerThreads = max(1, configuration.handlerThreads)
        writeHandlerThreads = max(1, configuration.writeHandlerThreads)
        let handlerCount = handlerThreads + writeHandlerThreads
        var signals: [WakeUpSignal] = []
        for _ in 0..<workers { signals.append(try WakeUpSignal()) }
        wakeUps = signals
        running = DispatchGroup()
        handlersRunning = DispatchGroup()

        let startup = StartupReport(expected: workers + handlerCount)
        HandlerPool.start(count: handlerThreads, firstIndex: 0, name: "http-handler", queue: shared.handlers,
                          responder: responder, configuration: configuration, running: handlersRunning, startup: startup)
        HandlerPool.start(count: writeHandlerThreads, firstIndex: handlerThreads, name: "http-write-handler",
                          queue: shared.writeHandlers, responder: responder, configuration: configuration,
                          running: handlersRunning, startup: startup)
        for index in 0..<workers {
            running.enter()
            let thread = Thread { [responder, listener, shared, running, wakeUp = signals[index]] in
                defer { running.leave() }
                let loop: EventLoop<Responder>
                do {
                    loop = try EventLoop(index: index, responder: responder, configuration: configuration,
                                         listener: listener, shared: shared, wakeUp: wakeUp,
                                         inlineWorkerIndex: handlerCount + index)
                } catch {
                    startup.report(error)
                    return
                }
                startup.report(nil)
                loop.run()
            }
            thread.name = "http-loop-\(index)"
            thread.start()
        }
        if let error = startup.wait() {
            shutdown()
            waitUntilStopped()
            throw error
        }
    }

    /// Stops accepting and lets each loop drain (bounded by the drain timeout). Returns at
    /// once; calling it again, also after `waitUntilStopped`, does nothing.
    public func shutdown() {
        shared.stopping.store(true, ordering: .relaxed)
        // Under the lock that closes them: once closed, a descriptor number may belong to
        // someone else's socket, and a late wake-up would write into it.
        stopped.withLock { stopped in
            guard !stopped else { return }
            for signal in wakeUps { signal.signal() }
        }
    }

    /// Blocks until every loop has finished, then until the handlers running have
    /// returned (a handler cannot be interrupted; the caller may close the database
    /// after this); then releases the socket.
    public func waitUntilStopped() {
        running.wait()
        shared.handlers.close(threads: handlerThreads)
        shared.writeHandlers.close(threads: writeHandlerThreads)
        // Handlers still deliver to the loops' inboxes, whose eventfds stay open until here.
        handlersRunning.wait()
        let first = stopped.withLock { stopped in
            guard !stopped else { return false }
            stopped = true
            listener.close()
            for signal in wakeUps { signal.close() }
            return true
        }
        if first { shared.log.flush() }
    }
}

/// Collects each thread's start-up result so that `init` can fail cleanly.
final class StartupReport: Sendable {
    private let state: Mutex<(remaining: Int, error: (any Error)?)>
    private let done = DispatchSemaphore(value: 0)

    init(expected: Int) { state = Mutex((expected, nil)) }

    func report(_ error: (any Error)?) {
        let finished = state.withLock { state in
            state.remaining -= 1
            if state.error == nil, let error { state.error = error }
            return state.remaining == 0
        }
        if finished { done.signal() }
    }

    func wait() -> (any Error)? {
        done.wait()
        return state.withLock { $0.error }
    }
}
