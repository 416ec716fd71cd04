import Foundation
import SQLite
import Synchronization
import Testing

/// Bytes a child process wrote on a pipe, gathered by a reader thread.
private final class PipeCollector: Sendable {
    private let bytes = Mutex<[UInt8]>([])
    private let finished = Atomic<Bool>(false)

    func start(reading handle: FileHandle) {
        let thread = Thread { [self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                bytes.withLock { $0.append(contentsOf: data) }
            }
            finished.store(true, ordering: .releasing)
        }
        thread.start()
    }

    var isFinished: Bool { finished.load(ordering: .acquiring) }

    /// Complete lines only: a line is printed only after its commit.
    var lines: [String] {
        let text = String(decoding: bytes.withLock { $0 }, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()  // after the last newline: empty or incomplete
        return lines
    }
}

/// A real `kill -9` of a process in the middle of writing: every id it
/// printed (after COMMIT returned) must be in the database afterwards.
@Suite(.serialized) struct CrashDurabilityTests {
    /// `sqlite-crash-writer` is built next to the test bundle (.build/debug).
    static func crashWriterURL() throws -> URL {
        var directories: [URL] = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
        for start in directories {
            var directory = start
            for _ in 0..<4 {  // on macOS the binary sits inside …/X.xctest/Contents/MacOS
                let candidate = directory.appendingPathComponent("sqlite-crash-writer")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [
            NSLocalizedDescriptionKey: "sqlite-crash-writer not found near \(directories.map(\.path)); run swift build first",
        ])
    }

    private static func waitUntil(timeout: Duration, _ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            if ContinuousClock.now > deadline { return false }
            try await Task.sleep(for: .milliseconds(5))
        }
        return true
    }

    @Test(arguments: 1...3)
    func printedRowsSurviveKill9(round: Int) async throws {
        try await killAfterCommits(round: round, writers: 0)
    }

    /// The same with eight threads writing through one `DatabaseWriter`, whose commits
    /// are grouped: a write returns only after its group's COMMIT, so every printed id
    /// is stored, and at most one group (eight rows) went unprinted.
    @Test(arguments: 1...3)
    func printedRowsSurviveKill9UnderGroupCommit(round: Int) async throws {
        try await killAfterCommits(round: round, writers: 8)
    }

    private func killAfterCommits(round: Int, writers: Int) async throws {
        let writerURL = try Self.crashWriterURL()
        try await withTemporaryDirectory { directory in
            let path = directory + "/crash-\(round)-\(writers).sqlite"
            let process = Process()
            process.executableURL = writerURL
            process.arguments = writers > 0 ? [path, String(writers)] : [path]
            let output = Pipe()
            let errors = Pipe()
            let input = Pipe()  // the writer runs until this closes
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let printed = PipeCollector()
            printed.start(reading: output.fileHandleForReading)
            let complaints = PipeCollector()
            complaints.start(reading: errors.fileHandleForReading)

            // Killed after a count of commits, not after a time: a different count each
            // round, the same every run (where in a transaction the kill lands still varies
            // with the machine; every outcome must hold).
            let commits = [1, 40, 160][(round - 1) % 3]
            let started = try await Self.waitUntil(timeout: .seconds(120)) {
                printed.lines.count >= commits || !process.isRunning
            }
            #expect(started, "the writer printed fewer than \(commits) ids in 120 s")
            let wasRunning = process.isRunning
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
            try? output.fileHandleForWriting.close()
            try? errors.fileHandleForWriting.close()
            _ = try await Self.waitUntil(timeout: .seconds(10)) { printed.isFinished && complaints.isFinished }

            #expect(wasRunning, "the writer stopped by itself: \(complaints.lines.joined(separator: " "))")
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(process.terminationStatus == SIGKILL)
            let ids = try printed.lines.map { try #require(Int64($0), "not an id: \($0)") }
            #expect(!ids.isEmpty)

            let reopened = try Connection(path: path)
            defer { reopened.close() }
            #expect(try reopened.integrityCheck() == "ok")
            var stored = Set<Int64>()
            try reopened.forEachRow("SELECT id FROM crash_rows", arguments: []) { stored.insert(try $0.column(0)) }
            let missing = ids.filter { !stored.contains($0) }
            #expect(missing.isEmpty, "printed but lost: \(missing.prefix(10))")
            // At most the rows of the commit just before the kill went unprinted: one, or
            // one per writer thread.
            #expect(stored.count <= ids.count + max(1, writers))
            #expect(Set(ids).count == ids.count, "an id printed twice")
        }
    }
}
