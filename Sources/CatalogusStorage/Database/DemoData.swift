import CatalogusDomain
import Foundation
import SQLite

/// The demo data: readable SQL files, `migrations/demo/demo.sql` and then `stories.sql` (the
/// jaarbericht's stories, whose tables are younger than what tests load demo.sql into). A
/// marker row, written in the same transaction, makes loading them twice change nothing.
public enum DemoData {
    public static func files(in migrationsDirectory: String) -> [String] { ["demo.sql", "stories.sql"].map { migrationsDirectory + "/demo/" + $0 } }

    /// Returns false when the demo data is present already.
    public static func load(into writer: DatabaseWriter, migrationsDirectory: String) throws -> Bool {
        let sql = try files(in: migrationsDirectory).map { try String(contentsOfFile: $0, encoding: .utf8) }.joined(separator: "\n")
        return try writer.write { db in
            if try db.scalar("SELECT count(*) FROM demo_marker", as: Int64.self) ?? 0 > 0 { return false }
            try db.execute(sql)
            try db.run("INSERT INTO demo_marker (id, loaded_at) VALUES (1, ?)", Timestamp.now())
            return true
        }
    }
}
