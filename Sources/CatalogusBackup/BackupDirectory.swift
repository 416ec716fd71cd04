import Foundation
import SQLite

/// The folder of scheduled backups: `catalogus-YYYYMMDDTHHMMSS.mmmZ.sqlite`, each a whole,
/// checked copy. A file gets such a name only once it is complete, synced and has passed
/// `PRAGMA integrity_check`; until then it is `.incoming-…`, removed on failure. So every
/// file by that name is a good backup, and the names sort by age.
public struct BackupDirectory: Sendable {
    public let path: String
    package static let prefix = "catalogus-"
    package static let suffix = ".sqlite"

    public init(path: String) { self.path = path }

    /// The good backups, oldest first.
    public func backups() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasPrefix(Self.prefix) && $0.hasSuffix(Self.suffix) }.sorted().map { path + "/" + $0 }
    }

    /// The newest good backup and when it was written (its modification time).
    public func newest() -> (path: String, written: Date)? {
        guard let last = backups().last,
              let written = (try? FileManager.default.attributesOfItem(atPath: last))?[.modificationDate] as? Date else { return nil }
        return (last, written)
    }

    /// Takes an online backup of `databasePath` (SQLite's backup API: a consistent
    /// snapshot while writers go on), checks it, and gives it its name. Returns its path.
    public func take(from databasePath: String, at date: Date = Date()) throws(BackupError) -> String {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .io(path: path, underlying: "\(error)")
        }
        let name = Self.name(at: date, existing: Set(backups().map { ($0 as NSString).lastPathComponent }))
        let incoming = path + "/.incoming-" + name
        let final = path + "/" + name
        Self.remove(incoming)
        do {
            let source = try Connection(path: databasePath, mode: .readOnly)
            defer { source.close() }
            // Written to `<incoming>.partial`, synced and renamed by `backup(to:)`.
            try source.backup(to: incoming)
        } catch {
            Self.remove(incoming)
            throw .io(path: databasePath, underlying: "\(error)")
        }
        do {
            try DatabaseCheck.verify(incoming)
            try FileManager.default.moveItem(atPath: incoming, toPath: final)
        } catch let error as BackupError {
            Self.remove(incoming)
            throw error
        } catch {
            Self.remove(incoming)
            throw .io(path: final, underlying: "\(error)")
        }
        DatabaseCheck.syncDirectory(containing: final)
        return final
    }

    /// Removes all but the newest `keep` good backups; returns what it removed.
    @discardableResult
    public func prune(keep: Int) -> [String] {
        let all = backups()
        let old = Array(all.dropLast(max(0, keep)))
        for file in old { Self.remove(file) }
        return old
    }

    /// `catalogus-20261207T091500.123Z.sqlite` (UTC, to the millisecond: the names sort
    /// as the backups' ages); a name already taken moves on by a millisecond, so that
    /// the order still holds.
    package static func name(at date: Date, existing: Set<String>) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss.SSS'Z'"
        var instant = date
        var name = prefix + formatter.string(from: instant) + suffix
        while existing.contains(name) {
            instant += 0.001
            name = prefix + formatter.string(from: instant) + suffix
        }
        return name
    }

    package static func remove(_ file: String) {
        for suffix in ["", ".partial", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
    }
}
