import Synchronization

/// Answers from the handler threads for one event loop, which it takes when woken
/// through its eventfd. Mutex-protected, so it is safely shared across threads.
final class LoopInbox: Sendable {
    private let completions = Mutex<[HandlerCompletion]>([])
    private let wakeUp: WakeUpSignal

    init(wakeUp: WakeUpSignal) { self.wakeUp = wakeUp }

    func deliver(_ completion: HandlerCompletion) {
        let wasEmpty = completions.withLock { list in
            list.append(completion)
            return list.count == 1
        }
        // One wake-up per batch: the loop takes everything queued when it wakes, and an
        // answer added after that finds the list empty again and signals anew.
        if wasEmpty { wakeUp.signal() }
    }

    func takeAll() -> [HandlerCompletion] {
        completions.withLock { list in
            defer { list = [] }
            return list
        }
    }
}
