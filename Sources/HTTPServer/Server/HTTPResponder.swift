/// What the server calls for each complete request. Implementations are shared by all
/// event loops; `LoopState` is made once on each loop's thread and only used there
/// (e.g. a read-only SQLite connection), so it need not be Sendable.
public protocol HTTPResponder: Sendable {
    associatedtype LoopState
    func makeLoopState(loopIndex: Int) throws -> LoopState
    /// Must not block for long: it runs on the event loop's thread.
    func respond(to request: HTTPRequest, state: LoopState) -> HTTPResponse
}
