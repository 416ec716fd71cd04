import Foundation

/// The handler threads: each takes complete requests from the shared queue, runs the
/// responder with its own state and hands the answer to the owning loop's inbox.
enum HandlerPool {
    /// Starts `count` threads; each reports to `startup` once its state is made.
    static func start<Responder: HTTPResponder>(
        count: Int, responder: Responder, configuration: ServerConfiguration,
        shared: SharedServerState, running: DispatchGroup, startup: StartupReport
    ) {
        for index in 0..<count {
            running.enter()
            let thread = Thread { [shared] in
                defer { running.leave() }
                let state: Responder.WorkerState
                do {
                    state = try responder.makeWorkerState(workerIndex: index)
                } catch {
                    startup.report(error)
                    return
                }
                startup.report(nil)
                let gzipMinimumBytes = configuration.gzipMinimumBytes
                while let job = shared.handlers.next() {
                    var response = responder.respond(to: job.request, state: state)
                    // Compression costs CPU in proportion to the body: here, not on the loop.
                    // (HEAD too, so that its Content-Length is the one GET would send.)
                    ResponseEncoder.negotiateEncoding(&response, acceptEncoding: job.acceptEncoding,
                                                      gzipMinimumBytes: gzipMinimumBytes)
                    job.inbox.deliver(HandlerCompletion(ticket: job.ticket, response: response,
                                                        reservedBodyBytes: job.reservedBodyBytes))
                }
            }
            thread.name = "http-handler-\(index)"
            thread.start()
        }
    }
}
