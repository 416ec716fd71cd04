import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import HTTPServer
import SQLite

/// The real application, in this process, on a real socket: the database file is
/// opened and migrated as `catalogus serve` does, and the server listens on a free port.
final class RunningApp: Sendable {
    let databasePath: String
    let services: AppServices
    let server: HTTPServer<CatalogusApp>

    var port: UInt16 { server.port }
    var writer: DatabaseWriter { services.writer }

    init(databasePath: String, groupCommit: DatabaseWriter.GroupCommit = .init(),
         configure: (inout AppConfiguration) -> Void = { _ in },
         server configureServer: (inout ServerConfiguration) -> Void = { _ in }) throws {
        self.databasePath = databasePath
        let (writer, migrator) = try CatalogusDatabase.open(path: databasePath, migrationsDirectory: RepositoryLayout.migrations,
                                                            groupCommit: groupCommit)
        var configuration = AppConfiguration(databasePath: databasePath)
        configuration.accessLog = false
        // The same scrypt code path at a test's cost; PasswordHasherTests checks the real one.
        configuration.passwordCost = .testing
        // Tests sign in many times from 127.0.0.1; SignInTests checks the limit itself.
        configuration.signInAttemptsPerMinute = 0
        configure(&configuration)
        let log = LogSink(enabled: false)
        let metrics = ServerMetrics(namespace: "catalogus")
        services = AppServices(configuration: configuration, writer: writer, migrator: migrator, metrics: metrics, log: log)
        var server = ServerConfiguration()
        server.problemWording = Problem.inDutch
        server.port = 0
        server.workers = 2
        // Enough for writes to be grouped, few enough for the many servers tests start.
        server.writeHandlerThreads = 8
        server.drainTimeoutSeconds = 2
        configureServer(&server)
        do {
            self.server = try HTTPServer(configuration: server, responder: CatalogusApp(services: services), metrics: metrics, log: log)
        } catch {
            writer.close()
            throw error
        }
    }

    /// A new connection to the server.
    func client() throws -> HTTPTestClient { try HTTPTestClient(port: port) }

    /// For a request whose work grows with its size (a 10,000-row import): on a loaded
    /// 2-core machine it can take longer than the usual 10 s without anything being wrong.
    func patientClient() throws -> HTTPTestClient { try HTTPTestClient(port: port, timeoutSeconds: 300) }

    /// A new connection from another loopback address (127.x.y.z): another client network.
    func client(from sourceAddress: String, timeoutSeconds: Int = 10) throws -> HTTPTestClient {
        try HTTPTestClient(port: port, timeoutSeconds: timeoutSeconds, sourceAddress: sourceAddress)
    }

    func stop() {
        server.shutdown()
        server.waitUntilStopped()
        services.writer.close()
    }

    /// A token made the way `catalogus token create` makes it.
    func createToken(role: Role = .admin, municipality: String? = nil, name: String) throws -> (id: Int64, token: String) {
        let created = try writer.withConnection { db in
            try TokenStore.create(in: db, role: role, municipality: municipality, name: name)
        }
        return (created.record.id, created.token)
    }
}

/// Starts the app on a new database in a temporary directory, runs `body`, stops it.
func withRunningApp<T>(groupCommit: DatabaseWriter.GroupCommit = .init(), configure: (inout AppConfiguration) -> Void = { _ in },
                       server: (inout ServerConfiguration) -> Void = { _ in },
                       _ body: (RunningApp) throws -> T) throws -> T {
    try withTemporaryDirectory { directory in
        let app = try RunningApp(databasePath: directory + "/catalogus.sqlite", groupCommit: groupCommit, configure: configure,
                                 server: server)
        defer { app.stop() }
        return try body(app)
    }
}
