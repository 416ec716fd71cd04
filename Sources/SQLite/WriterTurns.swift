import Dispatch
import Synchronization

/// Whose turn it is on the writing connection: one thread at a time, the others in
/// arrival order. A turn ends by passing the connection to the next thread in line
/// (or by leaving it free), so the batch logic in `DatabaseWriter` can look at who is
/// next before deciding whether to commit.
final class WriterTurns: Sendable {
    /// What a waiting thread wants the connection for: a write may join the open
    /// batch; a loan (migrations, pragmas, backups) needs the batch committed first.
    enum Purpose: Sendable { case write, loan }

    private struct Waiter: Sendable {
        let purpose: Purpose
        let wakeUp: DispatchSemaphore
    }

    private struct State: Sendable {
        var taken = false
        var closed = false
        /// At most one entry per thread that waits (the handler threads), so a plain
        /// array's `removeFirst` stays cheap.
        var line: [Waiter] = []
    }

    private let state = Mutex(State())

    /// Blocks until the calling thread has the connection; throws once the writer is
    /// closed (also to threads that were waiting when it closed).
    func take(for purpose: Purpose, path: String) throws {
        let wakeUp: DispatchSemaphore? = try state.withLock { state in
            guard !state.closed else { throw SQLiteError.misuse("the database writer for \(path) is closed") }
            guard state.taken else {
                state.taken = true
                return nil
            }
            let semaphore = DispatchSemaphore(value: 0)
            state.line.append(Waiter(purpose: purpose, wakeUp: semaphore))
            return semaphore
        }
        guard let wakeUp else { return }
        wakeUp.wait()
        // The turn was passed to us; a writer closed meanwhile passes it straight on.
        if state.withLock({ $0.closed }) {
            pass()
            throw SQLiteError.misuse("the database writer for \(path) is closed")
        }
    }

    /// Ends the caller's turn: the next thread in line gets the connection, or it is free.
    func pass() {
        let next: DispatchSemaphore? = state.withLock { state in
            guard !state.line.isEmpty else {
                state.taken = false
                return nil
            }
            return state.line.removeFirst().wakeUp
        }
        next?.signal()
    }

    /// Ends the caller's turn only if the next thread in line is a write and `allowed`
    /// says it may join: true when the turn was passed on.
    func passToWriter(if allowed: () -> Bool) -> Bool {
        let next: DispatchSemaphore? = state.withLock { state in
            guard let first = state.line.first, first.purpose == .write, allowed() else { return nil }
            return state.line.removeFirst().wakeUp
        }
        guard let next else { return false }
        next.signal()
        return true
    }

    /// Threads waiting for their turn.
    var waiting: Int { state.withLock { $0.line.count } }

    /// Marks the writer closed; the caller holds the turn and passes it on afterwards.
    func close() { state.withLock { $0.closed = true } }
}
