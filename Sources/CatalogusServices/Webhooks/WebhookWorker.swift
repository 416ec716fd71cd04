import CatalogusStorage
import Dispatch
import Foundation
import SQLite
import Synchronization

/// Settings of deliveries (`catalogus serve --webhooks-…`).
public struct WebhookConfiguration: Sendable {
    /// `--webhooks-allow-private`: receivers on loopback or private networks (tests, an intranet).
    public var allowPrivate = false
    public var schedule = WebhookRetrySchedule.standard
    /// Deliveries in flight at once, one per hook at most: a slow receiver holds up one
    /// sender thread, never the others or the API.
    public var senders = 4
    /// How often the worker looks for due deliveries when nobody woke it.
    public var pollSeconds: Double = 1
    /// Where receivers' names are looked up, once per attempt (tests script it).
    public var resolver: any WebhookResolver = SystemWebhookResolver()

    /// How long deliveries and events are kept, and how often they are pruned.
    package var retention = WebhookRetention()
    /// How long idempotency keys are kept (pruned on the same schedule).
    package var idempotencyRetention = IdempotencyRetention()

    package var policy: WebhookURLPolicy { WebhookURLPolicy(allowPrivate: allowPrivate, resolver: resolver) }

    public init() {}
}

/// Sends the outbox's events, in the server process but on threads of its own (one
/// dispatcher, `senders` senders), never on an event loop or a handler thread. The
/// dispatcher fans new events out to their hooks (`WebhookFanOut`), prunes old rows
/// (`WebhookRetention`) and hands due deliveries to the senders. Everything it knows is
/// in the database, so after a crash it starts from the events not yet fanned out and
/// the pending deliveries.
public final class WebhookWorker: Sendable {
    private struct State {
        var queue: [WebhookRepository.Due] = []
        var busy: Set<Int64> = []
        var stopping = false
    }

    private let services: AppServices
    private let clock: WebhookClock
    private let state = Mutex(State())
    /// Monotonic: DispatchSemaphore's timed wait is a wall-clock deadline on Linux, so a
    /// clock stepped back an hour would hold the poll an hour.
    private let wake = MonotonicSemaphore(value: 0)
    private let jobs = DispatchSemaphore(value: 0)
    private let finished = DispatchGroup()

    public convenience init(services: AppServices) { self.init(services: services, clock: .system) }

    package init(services: AppServices, clock: WebhookClock) {
        self.services = services
        self.clock = clock
    }

    private var configuration: WebhookConfiguration { services.configuration.webhooks }

    /// libcurl's process-wide setup: `catalogus serve` calls this before it starts any
    /// thread (see `CurlLibrary`); `start` calls it too, for tests and other hosts.
    public static func prepareLibraries() { CurlLibrary.prepare() }

    public func start() {
        Self.prepareLibraries()
        for index in 0..<max(1, configuration.senders) {
            spawn("webhook-sender-\(index)") { [self] in sendLoop() }
        }
        spawn("webhook-dispatcher") { [self] in dispatchLoop() }
    }

    /// Waits for the attempts in flight (at most the 10 s timeout); pending ones stay pending.
    public func stop() {
        state.withLock { $0.stopping = true }
        wake.signal()
        for _ in 0..<max(1, configuration.senders) { jobs.signal() }
        finished.wait()
    }

    /// Look now rather than at the next poll (after a retry was asked for).
    package func poke() { wake.signal() }

    private func spawn(_ name: String, _ body: @escaping @Sendable () -> Void) {
        finished.enter()
        let thread = Thread { [finished] in
            body()
            finished.leave()
        }
        thread.name = name
        thread.start()
    }

    private var stopping: Bool { state.withLock { $0.stopping } }

    private func dispatchLoop() {
        let reader: Connection
        do {
            reader = try Connection(path: services.configuration.databasePath, mode: .readOnly)
        } catch {
            services.log.write("webhooks: cannot open the database: \(error); no deliveries are sent")
            return
        }
        let senders = max(1, configuration.senders)
        // Durations by the monotonic clock; the wall clock only for what is stored.
        var nextPrune = ContinuousClock.now
        var steps = WallClockSteps(wallMs: clock.now().ms)
        while !stopping {
            let step = steps.step(wallMs: clock.now().ms)
            if step != 0 {
                do {
                    let moved = try services.writer.write { try WebhookRepository.shiftPending(byMs: step, in: $0) }
                    services.log.write("webhooks: the wall clock stepped \(step) ms; \(moved) pending deliveries keep their delays")
                } catch {
                    services.log.write("webhooks: shifting the schedule after a clock step failed: \(error)")
                }
            }
            do {
                // A burst of events is fanned out over several short writes, at most
                // eight of them before the due deliveries get their turn.
                for _ in 0..<8 {
                    guard try WebhookFanOut.step(writer: services.writer, reader: reader, now: clock.now()) == WebhookFanOut.eventsPerWrite
                    else { break }
                }
            } catch {
                services.log.write("webhooks: fanning out events failed: \(error)")
            }
            if ContinuousClock.now >= nextPrune {
                nextPrune = ContinuousClock.now + .milliseconds(Int64(configuration.retention.everySeconds * 1000))
                do {
                    let pruned = try configuration.retention.prune(writer: services.writer, reader: reader, now: clock.now())
                    if pruned.deliveries + pruned.events > 0 {
                        services.log.write("webhooks: pruned \(pruned.deliveries) deliveries and \(pruned.events) events older than the retention")
                    }
                } catch {
                    services.log.write("webhooks: pruning failed: \(error)")
                }
                // The server's other hourly housekeeping: this is its one background loop.
                do {
                    let keys = try configuration.idempotencyRetention.prune(
                        writer: services.writer, reader: reader, now: Date(timeIntervalSince1970: Double(clock.now().ms) / 1000))
                    if keys > 0 { services.log.write("idempotency: pruned \(keys) keys older than the retention") }
                } catch {
                    services.log.write("idempotency: pruning failed: \(error)")
                }
            }
            do {
                let busy = state.withLock { $0.busy }
                if busy.count < senders {
                    let due = try WebhookRepository.due(at: clock.now().ms, excluding: busy, limit: senders - busy.count, in: reader)
                    state.withLock { state in
                        for job in due {
                            state.queue.append(job)
                            state.busy.insert(job.hook)
                        }
                    }
                    for _ in due { jobs.signal() }
                }
            } catch {
                services.log.write("webhooks: reading due deliveries failed: \(error)")
            }
            _ = wake.wait(timeout: .now() + configuration.pollSeconds)
        }
    }

    private func sendLoop() {
        let sender = WebhookSender()
        while true {
            jobs.wait()
            let job: WebhookRepository.Due? = state.withLock { state in
                guard !state.stopping, !state.queue.isEmpty else { return nil }
                return state.queue.removeFirst()
            }
            guard let job else {
                if stopping { return }
                continue
            }
            let outcome = attempt(job, with: sender)
            record(job, outcome)
            state.withLock { _ = $0.busy.remove(job.hook) }
            wake.signal()
        }
    }

    /// The URL is vetted with this attempt's one resolution of its name, and the sender
    /// connects only to the addresses vetted.
    private func attempt(_ job: WebhookRepository.Due, with sender: WebhookSender) -> WebhookSender.Outcome {
        let target: WebhookTarget
        switch configuration.policy.vet(job.url) {
        case .success(let vetted): target = vetted
        case .failure(.unresolvable): return .failure(WebhookURLPolicy.Refusal.unresolvable.message, detail: "no address for \(job.url)")
        case .failure(let refusal):
            let detail = if case .privateAddress(let address) = refusal { "\(job.url) resolves to \(address)" } else { job.url }
            return .failure("refused: the URL \(refusal.message)", detail: detail)
        }
        let id = WebhookSignature.messageID(event: job.eventID)
        let timestamp = clock.now().seconds
        let body = Array(WebhookLinks.absolute(job.body, publicURL: services.configuration.publicURL).utf8)
        guard let signature = WebhookSignature.sign(id: id, timestamp: timestamp, body: body, secret: job.secret) else {
            return .failure("the hook's secret is malformed", detail: nil)
        }
        return sender.send(to: target, headers: [("webhook-id", id), ("webhook-timestamp", String(timestamp)),
                                                 ("webhook-signature", signature)], body: body)
    }

    private func record(_ job: WebhookRepository.Due, _ outcome: WebhookSender.Outcome) {
        let now = clock.now()
        let attempts = job.attempts + 1
        var status = WebhookDelivery.Status.pending
        var next = now
        var code: Int?
        var error: String?
        var disable = false
        switch outcome {
        case .status(let value) where (200...299).contains(value):
            status = .succeeded
            code = value
        case .status(410):
            status = .failed
            code = 410
            error = "410 Gone: the hook is disabled"
            disable = true
        case .status(let value):
            code = value
            error = "HTTP \(value)"
        case .failure(let message, let detail):
            error = message
            if let detail { services.log.write("webhooks: delivery \(job.delivery) to hook \(job.hook): \(message): \(detail)") }
        }
        if status == .pending {
            if let later = configuration.schedule.nextAttempt(after: attempts, now: now, jitter: clock.jitter(), giveUpMs: job.giveUpMs) {
                next = later
            } else {
                status = .failed
            }
        }
        do {
            try services.writer.write { db in
                try WebhookRepository.recordAttempt(job.delivery, status: status, statusCode: code, error: error,
                                                    nextAttemptMs: next.ms, in: db)
                if disable { try WebhookRepository.disable(job.hook, now: now.timestamp, in: db) }
            }
        } catch {
            services.log.write("webhooks: recording delivery \(job.delivery) failed: \(error)")
        }
        services.webhookMetrics.count(status == .pending ? .retrying : status == .succeeded ? .succeeded : disable ? .disabled : .failed)
    }
}
