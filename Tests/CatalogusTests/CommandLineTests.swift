import Foundation
import Testing

/// How the executable answers wrong and helpful arguments.
@Suite struct CommandLineTests {
    @Test(arguments: [
        ["serve", "--bogus"],
        ["nope"],
        ["serve", "--port", "not-a-number"],
        ["token", "create", "--name", "no-role"],
        ["backup"],
    ])
    func wrongArgumentsGiveOneLineAndFailure(arguments: [String]) throws {
        let outcome = try ChildProcess.catalogus(arguments, timeout: .seconds(20))
        #expect(!outcome.timedOut, "\(outcome)")
        #expect(outcome.exitCode != 0, "\(outcome)")
        #expect(outcome.errorLines.count == 1, "exactly one line on stderr: \(outcome)")
        #expect(outcome.standardOutput.isEmpty, "\(outcome)")
    }

    @Test(arguments: [["--help"], ["serve", "--help"], ["token", "create", "--help"]])
    func helpExitsZero(arguments: [String]) throws {
        let outcome = try ChildProcess.catalogus(arguments, timeout: .seconds(20))
        #expect(outcome.exitCode == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("USAGE") || outcome.standardOutput.lowercased().contains("usage"), "\(outcome)")
    }

    @Test func topLevelHelpListsTheSubcommands() throws {
        let outcome = try ChildProcess.catalogus(["--help"], timeout: .seconds(20))
        for command in ["serve", "migrate", "seed", "backup", "token"] {
            #expect(outcome.standardOutput.contains(command), "\(command) missing from \(outcome)")
        }
    }
}
