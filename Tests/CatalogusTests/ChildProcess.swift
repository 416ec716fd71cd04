import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a finished child process left behind.
struct ProcessOutcome: Sendable, CustomStringConvertible {
    let exitCode: Int32
    let standardOutput: String
    let standardError: String
    /// The process outlived its timeout and was killed.
    let timedOut: Bool

    /// Non-empty lines of stderr.
    var errorLines: [String] { standardError.split(separator: "\n").map(String.init) }
    /// Non-empty lines of stdout.
    var outputLines: [String] { standardOutput.split(separator: "\n").map(String.init) }

    var description: String {
        "exit \(exitCode)\(timedOut ? " (timed out)" : "")\nstdout: \(standardOutput)\nstderr: \(standardError)"
    }
}

/// Runs programs to completion. Output goes to files rather than pipes, so a chatty
/// child can never block on a full pipe while we wait for it.
enum ChildProcess {
    static func run(_ executable: URL, _ arguments: [String], input: [UInt8] = [],
                    currentDirectory: String? = nil, timeout: Duration = .seconds(60)) throws -> ProcessOutcome {
        try withTemporaryDirectory { scratch in
            let inputPath = scratch + "/stdin", outputPath = scratch + "/stdout", errorPath = scratch + "/stderr"
            try Data(input).write(to: URL(fileURLWithPath: inputPath))
            for path in [outputPath, errorPath] {
                guard FileManager.default.createFile(atPath: path, contents: nil) else {
                    throw RepositoryLayout.LayoutError(message: "cannot create \(path)")
                }
            }
            let stdin = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
            let stdout = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
            let stderr = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
            defer { try? stdin.close(); try? stdout.close(); try? stderr.close() }

            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            // The CATALOGUS_* settings of whoever runs the tests must not leak in.
            process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CATALOGUS_") }
            if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()

            let deadline = ContinuousClock.now + timeout
            var timedOut = false
            while process.isRunning {
                if ContinuousClock.now > deadline {
                    timedOut = true
                    kill(process.processIdentifier, SIGKILL)
                    break
                }
                usleep(5_000)
            }
            process.waitUntilExit()
            return ProcessOutcome(
                exitCode: process.terminationStatus,
                standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
                standardError: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "",
                timedOut: timedOut)
        }
    }

    /// Runs the `catalogus` executable of this build.
    static func catalogus(_ arguments: [String], currentDirectory: String? = nil,
                          timeout: Duration = .seconds(60)) throws -> ProcessOutcome {
        try run(RepositoryLayout.executable(named: "catalogus"), arguments,
                currentDirectory: currentDirectory, timeout: timeout)
    }

    /// `catalogus <arguments> --db <database> --migrations <repo migrations>`.
    static func catalogus(_ arguments: [String], database: String,
                          migrations: String = RepositoryLayout.migrations) throws -> ProcessOutcome {
        try catalogus(arguments + ["--db", database, "--migrations", migrations])
    }
}
