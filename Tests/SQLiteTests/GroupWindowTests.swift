@testable import SQLite
import Testing

/// Behind a slow COMMIT (a slow disk's fsync) every write in line has waited longer than
/// `maxWait`: the group still takes them, for as long as the last COMMIT took, within a cap.
@Suite struct GroupWindowTests {
    static let limits = DatabaseWriter.GroupCommit()  // maxWait 2 ms, at most 100 ms behind slow commits

    @Test func aFastDiskKeepsTheConfiguredWait() {
        #expect(WriterThread.groupWindow(Self.limits, lastCommit: .microseconds(500)) == .milliseconds(2))
    }

    @Test func aSlowCommitWidensTheWindowToItsDuration() {
        #expect(WriterThread.groupWindow(Self.limits, lastCommit: .milliseconds(40)) == .milliseconds(40))
    }

    @Test func theWindowIsCapped() {
        #expect(WriterThread.groupWindow(Self.limits, lastCommit: .seconds(5)) == .milliseconds(100))
        var patient = Self.limits
        patient.maxWait = .seconds(1)
        #expect(WriterThread.groupWindow(patient, lastCommit: .seconds(5)) == .seconds(1), "a configured wait stays")
    }
}
