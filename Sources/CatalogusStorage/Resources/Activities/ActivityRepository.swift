import CatalogusDomain
import Foundation
import JSON
import SQLite

/// The SQL of the catalogue: activities, their audiences, and the lookups their input needs.
package enum ActivityRepository {
    package typealias Column = Activity.Column
    package static let table = Activity.table

    package struct Filter {
        package var programme: String?
        package var audience: String?
        package var format: String?
        /// nil lists archived and active ones.
        package var active: Bool? = true
        /// Words to find; the list is then ranked by how well the name matches (`ActivitySearch`).
        package var search: ActivitySearch?
        package var modifiedSince: String?
        /// Embeds that year's price (or null) in each item.
        package var year: Int64?

        package init(programme: String? = nil, audience: String? = nil, format: String? = nil, active: Bool? = true, search: ActivitySearch? = nil, modifiedSince: String? = nil, year: Int64? = nil) {
            self.programme = programme
            self.audience = audience
            self.format = format
            self.active = active
            self.search = search
            self.modifiedSince = modifiedSince
            self.year = year
        }
    }

    /// An id (digits) or a code.
    package static func find(_ reference: String, in db: Connection) throws -> Activity? {
        let isID = !reference.isEmpty && reference.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let sql = table.select() + (isID ? " WHERE a.id = ?" : " WHERE a.code = ?")
        var found: Activity?
        let argument: any SQLiteBindable = isID ? (Int64(reference) ?? -1) : reference
        try db.forEachRow(sql, arguments: [argument]) { found = try Activity(row: table.row($0)) }
        return found
    }

    package static func require(_ reference: String, in db: Connection) throws -> Activity {
        guard let activity = try find(reference, in: db) else {
            throw AppError.notFound(.init(.activityUnknown, ["reference": .string(reference)]))
        }
        return activity
    }

    /// One page sorted by name then id, in one query (with a year, the price is joined in);
    /// a search's page best match first (`rankedPage`).
    package static func list(_ filter: Filter, page: PageRequest, in db: Connection) throws -> Page<ListedActivity> {
        var sql: String
        var arguments: [any SQLiteBindable] = []
        if let year = filter.year {
            sql = table.select(extra: YearPrice.table.selectList)
                + " LEFT JOIN activity_price p ON p.activity_id = a.id AND p.year = ?"
            arguments.append(year)
        } else {
            sql = table.select()
        }
        var conditions: [String] = []
        if let active = filter.active { conditions.append("a.active = ?"); arguments.append(active) }
        if let programme = filter.programme { conditions.append("a.programme = ?"); arguments.append(programme) }
        if let format = filter.format { conditions.append("a.format = ?"); arguments.append(format) }
        if let audience = filter.audience {
            conditions.append("a.id IN (SELECT activity_id FROM activity_audience WHERE audience = ?)")
            arguments.append(audience)
        }
        if let search = filter.search {
            conditions.append("a.id IN (SELECT rowid FROM activity_search WHERE activity_search MATCH ?)")
            arguments.append(search.ftsQuery)
        }
        if let since = filter.modifiedSince { conditions.append("a.updated_at >= ?"); arguments.append(since) }
        if let after = page.after, filter.search == nil {
            conditions.append("(a.name > ? OR (a.name = ? AND a.id > ?))")
            arguments.append(contentsOf: [after.key, after.key, after.id] as [any SQLiteBindable])
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY a.name, a.id"
        if filter.search == nil {
            sql += " LIMIT ?"
            arguments.append(page.fetchLimit)
        }

        var rows: [ListedActivity] = []
        try db.forEachRow(sql, arguments: arguments) { statement in
            let row = table.row(statement)
            let activity = try Activity(row: row)
            var price: YearPrice?? = .none
            if filter.year != nil {
                // The price's columns follow the activity's; all null when the year has no price.
                let p = YearPrice.table.row(statement, after: table.count)
                price = .some(try p.optionalInt64(.year) == nil ? nil : YearPrice(p, unit: activity.unit))
            }
            rows.append(ListedActivity(activity: activity, price: price))
        }
        if let search = filter.search { return try rankedPage(rows, by: search, page: page) }
        return page.page(rows) { PageCursor(key: $0.activity.name, id: $0.activity.id) }
    }

    /// The page of a search's rows (all of them, by name and id) after the cursor, best match
    /// first. The rank compares names as a person reads them (no case, no accents), which SQL
    /// cannot sort by; a search finds few enough activities to rank them all here.
    private static func rankedPage(_ rows: [ListedActivity], by search: ActivitySearch, page: PageRequest) throws -> Page<ListedActivity> {
        let after = try page.after.map { try ActivitySearchPosition(cursor: $0.key, id: $0.id) }
        let positioned = rows.map { row in
            (position: ActivitySearchPosition(rank: search.rank(name: row.activity.name), name: row.activity.name, id: row.activity.id), row: row)
        }
        let ranked = positioned.filter { after?.precedes($0.position) ?? true }.sorted { $0.position.precedes($1.position) }
        return page.page(Array(ranked.prefix(page.fetchLimit))) { PageCursor(key: $0.position.cursorKey, id: $0.position.id) }.map(\.row)
    }

    /// A user's search text as a search, nil when there is no word.
    package static func searchQuery(_ text: String) -> ActivitySearch? { ActivitySearch(text) }

    package static func isProgramme(_ code: String, in db: Connection) throws -> Bool {
        try ProgrammeRepository.exists(code, in: db)
    }

    /// Code and name of every active activity, by name: the codes a registration file may use.
    package static func activeCodes(in db: Connection) throws -> [(code: String, name: String)] {
        try db.query("SELECT code, name FROM activity WHERE active = 1 ORDER BY name, code").map { (try $0.column(0), try $0.column(1)) }
    }

    /// The oldest active activity's code, for an example.
    package static func firstActiveCode(in db: Connection) throws -> String? {
        try db.scalar("SELECT code FROM activity WHERE active = 1 ORDER BY id LIMIT 1")
    }

    package static func isCodeTaken(_ code: String, byOtherThan id: Int64, in db: Connection) throws -> Bool {
        try db.scalar("SELECT count(*) FROM activity WHERE code = ? AND id != ?", code, id, as: Int64.self) ?? 0 > 0
    }

    /// Whether a published price list prices the activity (its unit is then fixed).
    package static func hasPublishedPrices(_ id: Int64, in db: Connection) throws -> Bool {
        try db.scalar("""
            SELECT count(*) FROM activity_price p JOIN price_year y ON y.year = p.year
            WHERE p.activity_id = ? AND y.published_at IS NOT NULL
            """, id, as: Int64.self) ?? 0 > 0
    }

    /// Every column but the id and the audience list (its own table keeps that).
    private static let insertColumns = Column.allCases.filter { $0 != .id && $0 != .audiences }
    /// What a change may set: not the id, the list, the version (bumped) or the creation time.
    private static let updateColumns = insertColumns.filter { $0 != .version && $0 != .createdAt }

    package static func insert(_ activity: Activity, in db: Connection) throws -> Int64 {
        try db.run(table.insert(insertColumns), arguments: activity.arguments(insertColumns))
        let id = db.lastInsertRowID
        try writeAudiences(activity.audiences, for: id, in: db)
        return id
    }

    /// Writes the changed activity if its version is still `expectedVersion` (the
    /// If-Match the service checked), bumping the version.
    package static func update(_ activity: Activity, expectedVersion: Int64, in db: Connection) throws {
        try db.run(table.update(updateColumns) + ", version = version + 1 WHERE id = ? AND version = ?",
                   arguments: activity.arguments(updateColumns) + [activity.id, expectedVersion])
        guard db.changes == 1 else {
            throw AppError.preconditionFailed(.init(.resourceChangedDuringRequest))
        }
        try db.run("DELETE FROM activity_audience WHERE activity_id = ?", activity.id)
        try writeAudiences(activity.audiences, for: activity.id, in: db)
    }

    private static func writeAudiences(_ audiences: [String], for id: Int64, in db: Connection) throws {
        for (position, audience) in audiences.enumerated() {
            try db.run("INSERT INTO activity_audience (activity_id, audience, position) VALUES (?, ?, ?)", id, audience, position)
        }
    }
}
