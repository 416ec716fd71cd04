import CatalogusBackup
import CatalogusDomain
import CatalogusStorage
import Crypto
import Foundation
import HTTPServer
import SQLite
import Synchronization

/// Everything the loops share. All of it is Sendable: the writer is behind a mutex,
/// the rest is immutable or atomic.
public final class AppServices: Sendable {
    public let configuration: AppConfiguration
    public let writer: DatabaseWriter
    public let migrator: Migrator
    public let metrics: ServerMetrics
    public let log: LogSink
    public let rateLimiter: RateLimiter<Principal.Credential>
    public let tokenUsage: TokenUsageRecorder
    public let accounts: AccountServices
    public let representations: RepresentationCache
    public let webhookMetrics = WebhookMetrics()
    /// Mail attempts by outcome (`MailWorker`), for `/metrics`.
    public let mailMetrics = MailMetrics()
    /// Scheduled backups' outcomes (`serve --backup-dir`), for `/metrics` and `/readyz`.
    public let backups = BackupStatus()
    /// Whole-result workbooks being made (`ListRendering.download`), at most two at a time.
    package let exports = ExportGate()
    /// When this process stored each Idempotency-Key record, by the monotonic clock.
    package let idempotencyAges = IdempotencyAges()

    public init(configuration: AppConfiguration, writer: DatabaseWriter, migrator: Migrator,
                metrics: ServerMetrics, log: LogSink) {
        self.configuration = configuration
        self.writer = writer
        self.migrator = migrator
        self.metrics = metrics
        self.log = log
        rateLimiter = RateLimiter(requestsPerSecond: configuration.rateLimitPerSecond, burst: configuration.rateLimitBurst)
        tokenUsage = TokenUsageRecorder()
        accounts = AccountServices(writer: writer, cost: configuration.passwordCost, limits: configuration.signInLimits,
                                   attemptsPerMinute: configuration.signInAttemptsPerMinute, burst: configuration.signInAttemptBurst,
                                   mailer: configuration.mail.transport == nil ? nil
                                       : Mailer(from: configuration.mail.from, baseURL: configuration.publicURL ?? configuration.mail.fallbackBaseURL))
        representations = RepresentationCache(capacityBytes: configuration.cacheBytes)
    }
}

/// Application settings (the HTTP server's own are in `ServerConfiguration`).
public struct AppConfiguration: Sendable {
    public var databasePath: String
    public var corsOrigins: Set<String> = []
    /// Sustained requests per second allowed per token, and the burst above it.
    public var rateLimitPerSecond: Double = 100
    public var rateLimitBurst: Double = 200
    public var accessLog = true
    /// Sign-in attempts (`POST /api/v1/session` from unknown devices, `/api/v1/welcome`)
    /// per client network (`ClientNetwork`: IPv4 address, IPv6 /64): a burst of 10, then
    /// one every 6 seconds, so that nobody can keep the password hashing busy for everyone else.
    public var signInAttemptsPerMinute: Double = 10
    public var signInAttemptBurst: Double = 10
    /// The other bounds on sign-in: per account, per device, server-wide, hashing slots.
    public var signInLimits = SignInLimits()
    /// `/metrics` without a token (`--public-metrics`), for scrapers on a private network.
    public var publicMetrics = false
    /// Development only: serve /assets/* from this folder (the sources) instead of the binary.
    public var assetsDirectory: String?
    /// Mark the session cookie `Secure` (`--cookie-secure`), for a server behind TLS.
    public var cookieSecure = false

    /// Whether a cookie set in answer to `request` is `Secure`: always with
    /// `--cookie-secure`, and whenever a trusted proxy says the client spoke https.
    package func cookieSecure(for request: HTTPRequest) -> Bool { cookieSecure || request.scheme == "https" }
    /// scrypt's cost for new password hashes; tests lower it (`--fast-password-hashing`).
    public var passwordCost: PasswordHasher.Cost = .owasp
    /// Rows a workbook of a list may hold (its whole result; beyond, a 422 that says how
    /// to narrow the filter). Excel takes a million; people rarely want a tenth of that.
    public var maxExportRows = 100_000
    /// The representation cache's budget (`--cache-mb`); 0 turns it off.
    public var cacheBytes = 64 << 20
    /// Webhook deliveries: private receivers allowed or not, the retry schedule.
    public var webhooks = WebhookConfiguration()
    /// Mail: where it goes (SMTP or a folder of `.eml` files) and who sends it.
    public var mail = MailConfiguration()
    /// The address people and receivers use (`--public-url`, e.g. https://catalogus.example.nl,
    /// no trailing slash): the prefix of every absolute link the server writes (webhook
    /// payloads' `url`). nil: links are paths.
    public var publicURL: String?

    public init(databasePath: String) { self.databasePath = databasePath }
}

/// What people's sign-in shares across requests: the writer, the password hasher and
/// the bounds on hashing and on failed sign-ins (`SignInLimits`).
public final class AccountServices: Sendable {
    public let writer: DatabaseWriter
    public let passwordHasher: PasswordHasher
    public let limits: SignInLimits
    public let passwordGate: PasswordHashingGate
    /// Failed sign-ins per account (e-mail address) from unknown clients.
    public let unknownFailures: AttemptWindow
    /// Failed sign-ins per device cookie.
    public let deviceFailures: AttemptWindow
    /// Sign-in attempts per client network (a proxy's address counts for all behind it);
    /// known devices are spared it.
    public let attemptsPerClient: RateLimiter<String>
    /// Unknown sign-in attempts server-wide (one key).
    public let unknownAttempts: RateLimiter<Int>
    private let decoy = Mutex<String?>(nil)
    private let deviceKey = Mutex<SymmetricKey?>(nil)

    /// Queues people's mail (invitations, resets); nil sends none.
    public let mailer: Mailer?

    public init(writer: DatabaseWriter, cost: PasswordHasher.Cost, limits: SignInLimits = SignInLimits(),
                attemptsPerMinute: Double = 10, burst: Double = 10, mailer: Mailer? = nil) {
        self.writer = writer
        self.mailer = mailer
        self.limits = limits
        passwordHasher = PasswordHasher(cost: cost)
        passwordGate = PasswordHashingGate(slots: limits.hashingSlots, reserved: limits.reservedHashingSlots)
        unknownFailures = AttemptWindow(limit: limits.unknownFailuresPerAccount, windowSeconds: limits.unknownWindowSeconds,
                                        capacity: limits.windowCapacity)
        deviceFailures = AttemptWindow(limit: limits.failuresPerDevice, windowSeconds: limits.deviceWindowSeconds,
                                       capacity: limits.windowCapacity)
        attemptsPerClient = RateLimiter(requestsPerSecond: attemptsPerMinute / 60, burst: burst)
        unknownAttempts = RateLimiter(requestsPerSecond: limits.unknownAttemptsPerSecond, burst: limits.unknownAttemptBurst)
    }

    /// What unknown e-mail addresses are checked against, so they cost what a wrong
    /// password costs. Made on first use (one hash), not at every start.
    public var decoyPasswordHash: String {
        decoy.withLock { decoy in
            if let decoy { return decoy }
            let made = passwordHasher.decoy()
            decoy = made
            return made
        }
    }

    /// The key of the device cookies, read from the database once.
    package func deviceCookieKey(_ db: Connection) throws -> SymmetricKey {
        try deviceKey.withLock { key in
            if let key { return key }
            guard let secret = try UserRepository.deviceCookieSecret(in: db),
                  secret.count == 32 else {
                throw MissingDeviceCookieKey()
            }
            let made = SymmetricKey(data: secret)
            key = made
            return made
        }
    }
}

/// The migration that makes the device cookie key has not run (or its row was deleted): a 500.
package struct MissingDeviceCookieKey: Error, CustomStringConvertible {
    package var description: String { "The database has no device cookie key (migration 0014); run `catalogus migrate`." }
}
