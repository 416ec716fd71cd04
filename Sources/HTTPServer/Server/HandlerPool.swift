import Foundation

/// The handler threads: each takes complete requests from its pool's queue, runs the
/// responder with its own state and hands the answer to the owning loop's inbox.
enum HandlerPool {
    /// Starts `count` threads on `queue`, with worker indices from `firstIndex` on; each
    /// reports to `startup` once its state is made.
    static func start<Responder: HTTPResponder>(
        count: Int, firstIndex: Int, name: String, queue: HandlerQueue, responder: Responder,
        configuration: ServerConfiguration, running: DispatchGroup, startup: StartupReport
    ) {
        for index in firstIndex..<(firstIndex + count) {
            running.enter()
            let thread = Thread {
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
                while let job = queue.next() {
                    var response = responder.respond(to: job.request, state: state)
                    // Compression costs CPU in proportion to the body: here, not on the loop.
                    // (HEAD too, so that its Content-Length is the one GET would send.)
                    ResponseEncoder.negotiateEncoding(&response, acceptEncoding: job.acceptEncoding,
                                                      gzipMinimumBytes: gzipMinimumBytes)
                    job.inbox.deliver(HandlerCompletion(ticket: job.ticket, response: response,
                                                        bodyHold: job.bodyHold))
                }
            }
            thread.name = "\(name)-\(index - firstIndex)"
            thread.start()
        }
    }
}
