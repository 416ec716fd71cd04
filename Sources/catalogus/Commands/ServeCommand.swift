import ArgumentParser
import Catalogus
import CatalogusAPI
import CatalogusBackup
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Dispatch
import Foundation
import HTTPServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Migrate the database, then serve the API until SIGTERM or SIGINT."
    )

    @Option(help: "Address to listen on (env CATALOGUS_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "TCP port; 0 picks a free one (env CATALOGUS_PORT; default 8080).")
    var port: UInt16?

    @Option(help: "Event-loop threads (env CATALOGUS_WORKERS; default: one per core).")
    var workers: Int?

    @Option(help: "Comma-separated origins allowed by CORS, or * (env CATALOGUS_CORS_ORIGINS; default none).")
    var corsOrigins: String?

    @Option(help: "Largest request body in bytes (env CATALOGUS_MAX_BODY; default 1048576).")
    var maxBody: Int?

    @Option(help: "Seconds a client may take to send a request head (env CATALOGUS_HEADER_TIMEOUT; default 10).")
    var headerTimeout: Double?

    @Option(help: "Seconds an idle keep-alive connection stays open (env CATALOGUS_IDLE_TIMEOUT; default 60).")
    var idleTimeout: Double?

    @Option(help: "Most open connections (env CATALOGUS_MAX_CONNECTIONS; default 20000).")
    var maxConnections: Int?

    @Option(help: "Threads that run request handlers (env CATALOGUS_HANDLER_THREADS; default max(4, 2 × cores)).")
    var handlerThreads: Int?

    @Option(help: "Threads that run the handlers of POST, PUT, PATCH and DELETE requests, which mostly wait for the database writer; more of them let one commit carry more writes (env CATALOGUS_WRITE_HANDLER_THREADS; default 64).")
    var writeHandlerThreads: Int?

    @Option(help: "Most request-body memory in MiB, server-wide; beyond it new bodies get 503 (env CATALOGUS_MAX_BUFFERED_BODIES_MB; default 256).")
    var maxBufferedBodiesMb: Int?

    @Option(help: "Requests per second allowed per token, with bursts of twice that; 0 for no limit (env CATALOGUS_RATE_LIMIT; default 100).")
    var rateLimit: Double?

    @Option(help: "MiB of memory for encoded answers of public and per-caller reads, kept until the next write; 0 turns the cache off (env CATALOGUS_CACHE_MB; default 64).")
    var cacheMb: Int?

    @Flag(help: "Do not write an access-log line per request (env CATALOGUS_ACCESS_LOG=off).")
    var noAccessLog = false

    @Flag(help: "Serve /metrics without a token, for scrapers on a private network (env CATALOGUS_PUBLIC_METRICS=on; default: an admin or metrics token is needed).")
    var publicMetrics = false

    @Option(help: "Sign-in attempts per minute per client address, after a burst of 10; 0 for no limit (env CATALOGUS_SIGN_IN_ATTEMPTS; default 10).")
    var signInAttempts: Double?

    @Flag(help: "Mark the session cookie Secure, for a server behind TLS (env CATALOGUS_COOKIE_SECURE=on).")
    var cookieSecure = false

    @Option(help: "Development: serve the pages' scripts and styles from this folder instead of the binary (e.g. Sources/CatalogusWeb/Web/Assets).")
    var assetsDir: String?

    @Flag(help: ArgumentHelp("Tests only: hash new passwords with a small scrypt cost, so that a debug build signs in quickly. Never in production.",
                             visibility: .hidden))
    var fastPasswordHashing = false

    @Flag(help: "Allow webhook URLs whose host is a loopback, link-local or private address (env CATALOGUS_WEBHOOKS_ALLOW_PRIVATE=on; default: refused).")
    var webhooksAllowPrivate = false

    @Option(help: ArgumentHelp("Tests only: seconds between webhook retries, comma-separated, the last repeating (default 5,30,120,600,3600,21600 with jitter).",
                               visibility: .hidden))
    var webhooksRetryDelays: String?

    @OptionGroup var clients: ClientOptions

    @OptionGroup var mail: MailOptions

    @Option(help: "Take an online backup into this folder on a schedule, check it (integrity_check) and keep the newest --backup-keep (env CATALOGUS_BACKUP_DIR; default: none).")
    var backupDir: String?

    @Option(help: "How often to back up, e.g. 30m, 6h, 1d (env CATALOGUS_BACKUP_EVERY; default 6h).")
    var backupEvery: String?

    @Option(help: "Good backups to keep (env CATALOGUS_BACKUP_KEEP; default 8).")
    var backupKeep: Int?

    @OptionGroup var database: DatabaseOptions

    mutating func validate() throws {
        if let workers, !(1...256).contains(workers) { throw ValidationError("--workers must be between 1 and 256") }
        if let handlerThreads, !(1...1024).contains(handlerThreads) { throw ValidationError("--handler-threads must be between 1 and 1024") }
        if let writeHandlerThreads, !(1...1024).contains(writeHandlerThreads) { throw ValidationError("--write-handler-threads must be between 1 and 1024") }
        if let maxBufferedBodiesMb, !(1...1_048_576).contains(maxBufferedBodiesMb) { throw ValidationError("--max-buffered-bodies-mb must be between 1 and 1048576") }
        if let cacheMb, !(0...1_048_576).contains(cacheMb) { throw ValidationError("--cache-mb must be between 0 and 1048576") }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        // Before any thread starts: libcurl's global setup is not thread-safe in every build.
        WebhookWorker.prepareLibraries()
        raiseOpenFileLimit()
        var server = ServerConfiguration()
        server.problemWording = Problem.inDutch
        server.host = host ?? Environment.value("CATALOGUS_HOST") ?? "127.0.0.1"
        server.port = try port ?? Environment.value("CATALOGUS_PORT").map(parse) ?? 8080
        server.workers = try workers ?? Environment.value("CATALOGUS_WORKERS").map(parse) ?? ServerConfiguration.coreCount
        server.parserLimits.maxBodyLength = try maxBody ?? Environment.value("CATALOGUS_MAX_BODY").map(parse) ?? server.parserLimits.maxBodyLength
        server.headerTimeoutSeconds = try headerTimeout ?? Environment.value("CATALOGUS_HEADER_TIMEOUT").map(parse) ?? server.headerTimeoutSeconds
        server.idleTimeoutSeconds = try idleTimeout ?? Environment.value("CATALOGUS_IDLE_TIMEOUT").map(parse) ?? server.idleTimeoutSeconds
        server.maxConnections = try maxConnections ?? Environment.value("CATALOGUS_MAX_CONNECTIONS").map(parse) ?? server.maxConnections
        server.handlerThreads = try handlerThreads ?? Environment.value("CATALOGUS_HANDLER_THREADS").map(parse) ?? server.handlerThreads
        server.writeHandlerThreads = try writeHandlerThreads ?? Environment.value("CATALOGUS_WRITE_HANDLER_THREADS").map(parse) ?? server.writeHandlerThreads
        guard (1...1024).contains(server.handlerThreads), (1...1024).contains(server.writeHandlerThreads) else {
            throw ValidationError("handler threads must be between 1 and 1024")
        }
        let bodiesMiB: Int = try maxBufferedBodiesMb ?? Environment.value("CATALOGUS_MAX_BUFFERED_BODIES_MB").map(parse) ?? server.maxBufferedBodyBytes >> 20
        guard (1...1_048_576).contains(bodiesMiB) else { throw ValidationError("CATALOGUS_MAX_BUFFERED_BODIES_MB must be between 1 and 1048576") }
        server.maxBufferedBodyBytes = bodiesMiB << 20

        var app = AppConfiguration(databasePath: database.databasePath)
        let origins = corsOrigins ?? Environment.value("CATALOGUS_CORS_ORIGINS") ?? ""
        app.corsOrigins = Set(origins.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        app.rateLimitPerSecond = try rateLimit ?? Environment.value("CATALOGUS_RATE_LIMIT").map(parse) ?? app.rateLimitPerSecond
        app.rateLimitBurst = max(1, app.rateLimitPerSecond * 2)
        app.accessLog = !(noAccessLog || Environment.value("CATALOGUS_ACCESS_LOG") == "off")
        app.publicMetrics = publicMetrics || Environment.value("CATALOGUS_PUBLIC_METRICS") == "on"
        app.cookieSecure = cookieSecure || Environment.value("CATALOGUS_COOKIE_SECURE") == "on"
        app.signInAttemptsPerMinute = try signInAttempts ?? Environment.value("CATALOGUS_SIGN_IN_ATTEMPTS").map(parse) ?? app.signInAttemptsPerMinute
        guard app.signInAttemptsPerMinute >= 0 else { throw ValidationError("--sign-in-attempts must be 0 or more") }
        let cacheMiB: Int = try cacheMb ?? Environment.value("CATALOGUS_CACHE_MB").map(parse) ?? app.cacheBytes >> 20
        guard (0...1_048_576).contains(cacheMiB) else { throw ValidationError("CATALOGUS_CACHE_MB must be between 0 and 1048576") }
        app.cacheBytes = cacheMiB << 20
        app.assetsDirectory = assetsDir
        try clients.apply(to: &server, app: &app)
        let mailDestination = try mail.apply(to: &app.mail, databasePath: app.databasePath, host: server.host, port: Int(server.port))
        if fastPasswordHashing { app.passwordCost = .testing }
        app.webhooks.allowPrivate = webhooksAllowPrivate || Environment.value("CATALOGUS_WEBHOOKS_ALLOW_PRIVATE") == "on"
        if let webhooksRetryDelays {
            let delays = webhooksRetryDelays.split(separator: ",").compactMap { Double($0) }
            guard !delays.isEmpty, delays.allSatisfy({ $0 >= 0 }) else { throw ValidationError("--webhooks-retry-delays needs seconds, comma-separated") }
            app.webhooks.schedule = WebhookRetrySchedule(delays: delays, jitterFraction: 0)
            app.webhooks.pollSeconds = min(app.webhooks.pollSeconds, max(0.02, delays.min() ?? 1))
        }

        let backup = try backupConfiguration()

        // Held until the process ends: `catalogus restore` refuses while it is.
        let useLock = try DatabaseUseLock(database: app.databasePath, for: .serving)
        let migrations = try CatalogusDatabase.locateMigrations(database.migrationsPath)
        let (writer, migrator) = try CatalogusDatabase.open(path: app.databasePath, migrationsDirectory: migrations)
        let log = LogSink()
        let metrics = ServerMetrics(namespace: "catalogus")
        let services = AppServices(configuration: app, writer: writer, migrator: migrator, metrics: metrics, log: log)
        // An import that was going when the server stopped never answered its client: its
        // unseen rows go (the lock above says no other server is in the middle of one).
        let abandoned = try RegistrationService.abandonUnfinished(writer)
        if abandoned > 0 { log.write("took back \(abandoned) unseen rows of bulk imports that had not finished when the server stopped") }
        let http = try HTTPServer(configuration: server, responder: CatalogusApp(services: services), metrics: metrics, log: log)
        // Links in mail point where the server listens unless --public-url says otherwise (--port 0: known only now).
        if app.publicURL == nil {
            services.accounts.mailer?.listening(on: MailOptions.ownURL(host: server.host, port: Int(http.port)))
        }
        // Pending deliveries of before a crash are picked up here: the outbox is the state.
        let webhooks = WebhookWorker(services: services)
        webhooks.start()
        // Likewise the mail outbox: what was queued before a crash is sent now.
        let mailer = MailWorker(services: services)
        mailer.start()
        let backups = backup.map { BackupScheduler(configuration: $0, databasePath: app.databasePath, status: services.backups, log: log) }
        backups?.start()
        // Tests and scripts read the port from this line when they pass --port 0.
        log.write("catalogus listening on http://\(server.host):\(http.port) (\(server.workers) loops, database \(app.databasePath))")
        log.write(mailDestination)
        if !server.trustedProxies.isEmpty {
            log.write("trusting forwarded client addresses from \(server.trustedProxies.map(\.description).joined(separator: ", "))")
        }
        log.flush()

        let signals = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [http] in
                log.write("received signal \(number): draining")
                http.shutdown()
            }
            source.resume()
            return source
        }
        http.waitUntilStopped()
        signals.forEach { $0.cancel() }
        webhooks.stop()
        mailer.stop()
        backups?.stop()
        writer.close()
        withExtendedLifetime(useLock) {}
        log.write("catalogus stopped")
        log.flush()
    }

    /// Scheduled backups, when a folder is given (option or environment).
    private func backupConfiguration() throws -> BackupScheduler.Configuration? {
        guard let directory = backupDir ?? Environment.value("CATALOGUS_BACKUP_DIR") else {
            if backupEvery != nil || backupKeep != nil { throw ValidationError("--backup-every and --backup-keep need --backup-dir") }
            return nil
        }
        let every: Duration
        do {
            every = try BackupDuration.parse(backupEvery ?? Environment.value("CATALOGUS_BACKUP_EVERY") ?? "6h")
        } catch {
            throw ValidationError("--backup-every: \(error)")
        }
        let keep: Int = try backupKeep ?? Environment.value("CATALOGUS_BACKUP_KEEP").map(parse) ?? 8
        guard keep >= 1 else { throw ValidationError("--backup-keep must be 1 or more") }
        return BackupScheduler.Configuration(directory: directory, every: every, keep: keep)
    }

    /// Each connection is a descriptor: take the hard limit, not the often small soft one.
    private func raiseOpenFileLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    private func parse<T: LosslessStringConvertible>(_ text: String) throws -> T {
        guard let value = T(text) else { throw ValidationError("invalid value '\(text)' in the environment") }
        return value
    }
}
