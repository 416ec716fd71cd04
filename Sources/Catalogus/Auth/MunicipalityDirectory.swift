import SQLite

/// Whether a municipality slug is known. Until the catalogue's municipality table
/// exists (a later migration) any well-formed slug is accepted.
enum MunicipalityDirectory {
    static func exists(_ slug: String, in db: Connection) throws -> Bool {
        let tableExists: Int64? = try db.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'municipality'")
        if tableExists == 1 {
            return try db.scalar("SELECT count(*) FROM municipality WHERE slug = ?", slug, as: Int64.self) == 1
        }
        return slug.matchesWhole(Municipality.slugPattern)
    }
}
