import Hummingbird
import Logging

// Usage: HummingbirdPeer --db FILE --port N
// Hummingbird's defaults otherwise: NIO's singleton event loop group (one loop per core)
// and the BasicRequestContext's JSONEncoder.
var arguments = ArraySlice(CommandLine.arguments.dropFirst())
var databasePath: String?
var port = 8080
while let argument = arguments.popFirst() {
    switch argument {
    case "--db": databasePath = arguments.popFirst()
    case "--port": port = arguments.popFirst().flatMap { Int($0) } ?? port
    default: fatalError("unknown argument \(argument); usage: HummingbirdPeer --db FILE --port N")
    }
}
guard let databasePath else { fatalError("usage: HummingbirdPeer --db FILE --port N") }

var logger = Logger(label: "hummingbird-peer")
logger.logLevel = .notice
let router = Router()
Routes.add(to: router, pool: ConnectionPool(path: databasePath))
let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: port)),
    logger: logger
)
try await app.runService()
