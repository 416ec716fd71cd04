import Foundation
import JSON
import SQLite

/// Yearly prices, the publication of a year's price list, and indexation.
enum PriceService {
    static func isPublished(_ year: Int64, in db: Connection) throws -> Bool {
        try db.scalar("SELECT count(*) FROM price_year WHERE year = ? AND published_at IS NOT NULL", year, as: Int64.self) == 1
    }

    static func refuseIfPublished(_ year: Int64, in db: Connection) throws {
        if try isPublished(year, in: db) {
            throw AppError.conflict("The price list of \(year) is published and can no longer change; index it into a new year instead.")
        }
    }

    /// Sets one price; returns whether it was new.
    static func set(activity: Activity, year: Int64, unitPriceCents: Int64, vatRate: Int64, in db: Connection) throws -> Bool {
        try refuseIfPublished(year, in: db)
        let existed = try db.scalar("SELECT count(*) FROM activity_price WHERE activity_id = ? AND year = ?", activity.id, year,
                                    as: Int64.self) == 1
        try db.run("""
            INSERT INTO activity_price (activity_id, year, unit_price_cents, vat_rate, updated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (activity_id, year) DO UPDATE SET unit_price_cents = excluded.unit_price_cents,
                vat_rate = excluded.vat_rate, is_example = 0, updated_at = excluded.updated_at
            """, activity.id, year, unitPriceCents, vatRate, Timestamp.now())
        return !existed
    }

    static func prices(of activity: Activity, in db: Connection) throws -> [YearPrice] {
        try db.query("SELECT year, unit_price_cents, vat_rate FROM activity_price WHERE activity_id = ? ORDER BY year", activity.id)
            .map { YearPrice(year: try $0.column(0), unitPriceCents: try $0.column(1), vatRate: try $0.column(2), unit: activity.unit) }
    }

    struct PriceListRow {
        let activityID: Int64
        let code: String
        let name: String
        let programme: String
        let unit: String
        let unitPriceCents: Int64
        let vatRate: Int64
    }

    /// The price list of a year, by name: active activities with a price that year; a
    /// published list is a record of what was offered, so archiving does not shrink it.
    static func priceList(year: Int64, programme: String?, modifiedSince: String? = nil, page: PageRequest,
                          in db: Connection) throws -> (rows: [PriceListRow], next: String?) {
        var sql = """
            SELECT a.id, a.code, a.name, a.programme, a.unit, p.unit_price_cents, p.vat_rate
            FROM activity_price p JOIN activity a ON a.id = p.activity_id
            WHERE p.year = ? AND (a.active = 1 OR EXISTS (SELECT 1 FROM price_year y WHERE y.year = p.year AND y.published_at IS NOT NULL))
            """
        var arguments: [any SQLiteBindable] = [year]
        if let programme { sql += " AND a.programme = ?"; arguments.append(programme) }
        if let modifiedSince { sql += " AND p.updated_at >= ?"; arguments.append(modifiedSince) }
        if let after = page.after {
            sql += " AND (a.name > ? OR (a.name = ? AND a.id > ?))"
            arguments.append(contentsOf: [after.key, after.key, after.id] as [any SQLiteBindable])
        }
        sql += " ORDER BY a.name, a.id LIMIT ?"
        arguments.append(page.limit + 1)
        var rows = try db.query(sql, arguments: arguments).map { row in
            PriceListRow(activityID: try row.column(0), code: try row.column(1), name: try row.column(2), programme: try row.column(3),
                         unit: try row.column(4), unitPriceCents: try row.column(5), vatRate: try row.column(6))
        }
        var next: String?
        if rows.count > page.limit {
            rows.removeLast()
            next = rows.last.map { PageRequest.encode(key: $0.name, id: $0.activityID) }
        }
        return (rows, next)
    }

    static func publish(year: Int64, by name: String, in db: Connection) throws -> String {
        try refuseIfPublished(year, in: db)
        let count = try db.scalar("SELECT count(*) FROM activity_price WHERE year = ?", year, as: Int64.self) ?? 0
        guard count > 0 else {
            throw AppError.validation([.init(field: "year", message: "has no prices to publish")])
        }
        let now = Timestamp.now()
        try db.run("""
            INSERT INTO price_year (year, published_at, published_by) VALUES (?, ?, ?)
            ON CONFLICT (year) DO UPDATE SET published_at = excluded.published_at, published_by = excluded.published_by
            """, year, now, name)
        return now
    }

    struct IndexationResult {
        let created: Int
        let replaced: Int
    }

    /// Creates `toYear` prices from `fromYear`'s, raised by `percent` and rounded half
    /// away from zero to the cent. Existing `toYear` prices are replaced only with `overwrite`.
    static func index(from fromYear: Int64, to toYear: Int64, percent: DecimalPercent, overwrite: Bool,
                      in db: Connection) throws -> IndexationResult {
        try refuseIfPublished(toYear, in: db)
        let sources = try db.query("SELECT activity_id, unit_price_cents, vat_rate FROM activity_price WHERE year = ? ORDER BY activity_id", fromYear)
        guard !sources.isEmpty else {
            throw AppError.validation([.init(field: "from_year", message: "has no prices to index")])
        }
        let existing = try db.scalar("SELECT count(*) FROM activity_price WHERE year = ?", toYear, as: Int64.self) ?? 0
        if existing > 0 && !overwrite {
            throw AppError.conflict("\(toYear) has \(existing) price\(existing == 1 ? "" : "s") already; send \"overwrite\": true to replace them.")
        }
        var created = 0
        var replaced = 0
        let now = Timestamp.now()
        for row in sources {
            let activityID: Int64 = try row.column(0)
            let cents: Int64 = try row.column(1)
            let raised: Int64
            do { raised = try percent.apply(to: cents) } catch {
                throw AppError.validation([.init(field: "percent", message: "makes a price too large")])
            }
            let had = try db.scalar("SELECT count(*) FROM activity_price WHERE activity_id = ? AND year = ?", activityID, toYear,
                                    as: Int64.self) == 1
            try db.run("""
                INSERT INTO activity_price (activity_id, year, unit_price_cents, vat_rate, is_example, updated_at)
                SELECT activity_id, ?, ?, vat_rate, is_example, ? FROM activity_price WHERE activity_id = ? AND year = ?
                ON CONFLICT (activity_id, year) DO UPDATE SET unit_price_cents = excluded.unit_price_cents,
                    vat_rate = excluded.vat_rate, is_example = excluded.is_example, updated_at = excluded.updated_at
                """, toYear, raised, now, activityID, fromYear)
            if had { replaced += 1 } else { created += 1 }
        }
        return IndexationResult(created: created, replaced: replaced)
    }
}
