import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `catalogus serve --port 0` as a child process: started, asked for its port (read
/// from the `listening on` line on stderr), and stopped with SIGTERM as `docker stop` does.
final class ServeProcess {
    let port: UInt16
    private let process: Process
    private let logPath: String

    /// `arguments` come after `serve --port 0`; the log goes to a file in `directory`.
    init(directory: String, arguments: [String], startTimeout: Duration = .seconds(30)) throws {
        logPath = directory + "/serve-\(UUID().uuidString).log"
        guard FileManager.default.createFile(atPath: logPath, contents: nil) else {
            throw HTTPTestClientError(description: "cannot create \(logPath)")
        }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        defer { try? log.close() }
        process = Process()
        process.executableURL = try RepositoryLayout.executable(named: "catalogus")
        process.arguments = ["serve", "--port", "0", "--workers", "1"] + arguments
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CATALOGUS_") }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = log
        try process.run()

        let deadline = ContinuousClock.now + startTimeout
        var found: UInt16?
        while found == nil {
            let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"listening on http://[^:\s]+:[0-9]+"#, options: .regularExpression) {
                found = UInt16(text[range].split(separator: ":").last ?? "")
            } else if !process.isRunning || ContinuousClock.now > deadline {
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                throw HTTPTestClientError(description: "catalogus serve did not start: \(text)")
            } else {
                usleep(10_000)
            }
        }
        port = found!
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// SIGKILL: no shutdown, no final write; what was committed is all that is left.
    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    func client() throws -> HTTPTestClient { try HTTPTestClient(port: port) }

    /// Sends SIGTERM and returns the exit status (nil when it had to be killed).
    func terminate(timeout: Duration = .seconds(20)) -> Int32? {
        kill(process.processIdentifier, SIGTERM)
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return nil
            }
            usleep(10_000)
        }
        return process.terminationStatus
    }
}
