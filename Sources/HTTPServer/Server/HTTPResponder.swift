/// What the server calls for each complete request. Implementations are shared by all
/// threads; `WorkerState` is made once on each thread that runs handlers and only used
/// there (e.g. a read-only SQLite connection), so it need not be Sendable.
///
/// Handlers run on a pool of handler threads, not on the event loops, so a slow one
/// (a bulk import, a large report) delays only its own connection. A request for which
/// `runsInline` is true is answered on the event loop itself, skipping the hand-off.
public protocol HTTPResponder: Sendable {
    associatedtype WorkerState
    /// Called on each handler thread (indices `0..<handlerThreads`) and on each event
    /// loop (the indices after those), for the requests that run inline.
    func makeWorkerState(workerIndex: Int) throws -> WorkerState
    /// True only for requests whose answer is cheap and never waits (no lock, no disk):
    /// they run on the event loop, where anything slow would stall its other clients.
    func runsInline(_ request: HTTPRequest) -> Bool
    func respond(to request: HTTPRequest, state: WorkerState) -> HTTPResponse
}

extension HTTPResponder {
    public func runsInline(_ request: HTTPRequest) -> Bool { false }
}
