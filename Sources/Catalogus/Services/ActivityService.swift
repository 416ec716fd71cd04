import Foundation
import JSON
import SQLite

/// Reads and writes catalogue activities.
enum ActivityService {
    struct Filter {
        var programme: String?
        var audience: String?
        var format: String?
        /// nil lists archived and active ones.
        var active: Bool? = true
        var search: String?
        var modifiedSince: String?
        var year: Int64?
    }

    /// An id (digits) or a code.
    static func find(_ reference: String, in db: Connection) throws -> Activity? {
        let isID = !reference.isEmpty && reference.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let sql = "SELECT \(Activity.columns) FROM activity a WHERE " + (isID ? "a.id = ?" : "a.code = ?")
        var found: Activity?
        let argument: any SQLiteBindable = isID ? (Int64(reference) ?? -1) : reference
        try db.forEachRow(sql, arguments: [argument]) { found = try Activity(statement: $0) }
        return found
    }

    static func require(_ reference: String, in db: Connection) throws -> Activity {
        guard let activity = try find(reference, in: db) else {
            throw AppError.notFound("No activity with id or code '\(reference)'.")
        }
        return activity
    }

    /// Streams one page of the list, sorted by name then id, into `writer` as
    /// `{"items": [...], "next_cursor": ...}`.
    static func writeList(_ filter: Filter, page: PageRequest, in db: Connection, to writer: inout JSONWriter) throws {
        var sql = "SELECT \(Activity.columns)"
        var arguments: [any SQLiteBindable] = []
        if let year = filter.year {
            sql += ", p.unit_price_cents, p.vat_rate FROM activity a LEFT JOIN activity_price p ON p.activity_id = a.id AND p.year = ?"
            arguments.append(year)
        } else {
            sql += " FROM activity a"
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
            arguments.append(search)
        }
        if let since = filter.modifiedSince { conditions.append("a.updated_at >= ?"); arguments.append(since) }
        if let after = page.after {
            conditions.append("(a.name > ? OR (a.name = ? AND a.id > ?))")
            arguments.append(contentsOf: [after.key, after.key, after.id] as [any SQLiteBindable])
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY a.name, a.id LIMIT ?"
        arguments.append(page.limit + 1)

        writer.beginObject()
        writer.key("items")
        writer.beginArray()
        var count = 0
        var last: (String, Int64)?
        var more = false
        try db.forEachRow(sql, arguments: arguments) { row in
            guard count < page.limit else { more = true; return }
            let activity = try Activity(statement: row)
            var price: YearPrice?? = .none
            if let year = filter.year {
                if let cents = try row.optionalInt64(15) {
                    price = .some(YearPrice(year: year, unitPriceCents: cents, vatRate: try row.int64(16), unit: activity.unit))
                } else {
                    price = .some(nil)
                }
            }
            activity.write(to: &writer, price: price)
            last = (activity.name, activity.id)
            count += 1
        }
        writer.endArray()
        writer.key("next_cursor")
        if more, let last { writer.string(PageRequest.encode(key: last.0, id: last.1)) } else { writer.null() }
        writer.endObject()
    }

    /// Turns a user's search text into an FTS5 query: every word must match, each as
    /// a prefix, with FTS syntax neutralised by quoting. Nil when there is no word.
    static func searchQuery(_ text: String) -> String? {
        let words = text.split { !($0.isLetter || $0.isNumber) }.prefix(16)
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"*" }.joined(separator: " ")
    }

    static func price(of activity: Activity, year: Int64, in db: Connection) throws -> YearPrice? {
        guard let row = try db.queryRow("SELECT unit_price_cents, vat_rate FROM activity_price WHERE activity_id = ? AND year = ?",
                                        activity.id, year) else { return nil }
        return YearPrice(year: year, unitPriceCents: try row.column(0), vatRate: try row.column(1), unit: activity.unit)
    }
}
