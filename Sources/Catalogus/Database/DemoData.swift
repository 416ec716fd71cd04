import Foundation
import SQLite

/// The demo data: one readable SQL file, `migrations/demo/demo.sql`, written with
/// `INSERT OR IGNORE` / upserts so that loading it twice changes nothing.
public enum DemoData {
    public static func file(in migrationsDirectory: String) -> String { migrationsDirectory + "/demo/demo.sql" }

    /// Returns false when `onlyIfEmpty` is set and demo data is present already.
    public static func load(into writer: DatabaseWriter, migrationsDirectory: String, onlyIfEmpty: Bool) throws -> Bool {
        let path = file(in: migrationsDirectory)
        let sql = try String(contentsOfFile: path, encoding: .utf8)
        return try writer.write { db in
            if onlyIfEmpty, try db.scalar("SELECT count(*) FROM demo_marker", as: Int64.self) ?? 0 > 0 { return false }
            try db.execute(sql)
            return true
        }
    }
}
