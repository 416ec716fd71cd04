import CatalogusDomain
import Foundation
import SQLite

/// The demo data: one readable SQL file, `migrations/demo/demo.sql`. A marker row,
/// written in the same transaction, makes loading it twice change nothing.
public enum DemoData {
    public static func file(in migrationsDirectory: String) -> String { migrationsDirectory + "/demo/demo.sql" }

    /// Returns false when the demo data is present already.
    public static func load(into writer: DatabaseWriter, migrationsDirectory: String) throws -> Bool {
        let path = file(in: migrationsDirectory)
        let sql = try String(contentsOfFile: path, encoding: .utf8)
        return try writer.write { db in
            if try db.scalar("SELECT count(*) FROM demo_marker", as: Int64.self) ?? 0 > 0 { return false }
            try db.execute(sql)
            try db.run("INSERT INTO demo_marker (id, loaded_at) VALUES (1, ?)", Timestamp.now())
            return true
        }
    }
}
