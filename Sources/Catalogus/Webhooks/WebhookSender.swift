import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one signed POST and waits for its status. Each sender thread of the worker
/// owns one (it is not shared, so it needs no `Sendable`).
///
/// The client is FoundationNetworking's `URLSession`: it ships with the toolchain (no
/// further build; libcurl underneath is well kept and does TLS with the system's
/// certificates), whereas async-http-client would pull in SwiftNIO, a second event-loop
/// stack beside our own. Its delegate refuses redirects (a receiver must not steer the
/// server elsewhere) and cancels a body past 64 KB: only the status matters.
final class WebhookSender {
    static let timeoutSeconds: Double = 10
    static let maxResponseBytes: Int64 = 64 * 1024

    enum Outcome: Sendable, Equatable {
        case status(Int)
        case failure(String)
    }

    private let delegate = SenderDelegate()
    private let session: URLSession

    init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = Self.timeoutSeconds
        configuration.timeoutIntervalForResource = Self.timeoutSeconds
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    func send(url: URL, headers: [(String, String)], body: Data) -> Outcome {
        var request = URLRequest(url: url, timeoutInterval: Self.timeoutSeconds)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("catalogus-webhooks/1", forHTTPHeaderField: "User-Agent")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let task = session.dataTask(with: request)
        let done = delegate.expect(task.taskIdentifier)
        task.resume()
        // URLSession enforces the 10 s itself; this wait is the backstop if it never calls back.
        if done.wait(timeout: .now() + Self.timeoutSeconds + 5) == .timedOut {
            task.cancel()
            _ = delegate.take(task.taskIdentifier)
            return .failure("timed out")
        }
        return delegate.take(task.taskIdentifier) ?? .failure("no response")
    }
}

/// The callbacks of the sender's session, on URLSession's own queue: what each task
/// answered, behind a mutex because the sender thread reads it.
private final class SenderDelegate: NSObject, URLSessionDataDelegate {
    private struct TaskState {
        let done = DispatchSemaphore(value: 0)
        var status: Int?
        var outcome: WebhookSender.Outcome?
    }

    private let tasks = Mutex<[Int: TaskState]>([:])

    func expect(_ id: Int) -> DispatchSemaphore {
        let state = TaskState()
        tasks.withLock { $0[id] = state }
        return state.done
    }

    func take(_ id: Int) -> WebhookSender.Outcome? { tasks.withLock { $0.removeValue(forKey: id)?.outcome } }

    // Never follow a redirect: the 3xx itself is the answer (and not a success).
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        if let http = response as? HTTPURLResponse {
            tasks.withLock { $0[dataTask.taskIdentifier]?.status = http.statusCode }
        }
        completionHandler(.allow)
    }

    // The status is known already; past the cap the task is cancelled. On Linux the
    // cancel lags behind libcurl's reading: a fast receiver's 32 MB answer was still read
    // to its end (`WebhookDeliveryTests.aHugeAnswerIsSuccessAndNotKept`). Nothing of it is
    // kept, and the 10 s timeout bounds the time a sender spends on one answer.
    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        if dataTask.countOfBytesReceived > WebhookSender.maxResponseBytes { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let done: DispatchSemaphore? = tasks.withLock { tasks in
            guard var state = tasks[task.taskIdentifier] else { return nil }
            if let status = state.status {
                state.outcome = .status(status)  // a cancelled oversized body still has its status
            } else {
                state.outcome = .failure(error.map { $0.localizedDescription } ?? "no response")
            }
            tasks[task.taskIdentifier] = state
            return state.done
        }
        done?.signal()
    }
}
