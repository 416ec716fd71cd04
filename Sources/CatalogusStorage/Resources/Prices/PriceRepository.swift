import Foundation
import JSON
import SQLite

/// The SQL of prices: yearly prices per activity, the price list, publication and indexation.
package enum PriceRepository {
    package static let table = YearPrice.table

    package static func isPublished(_ year: Int64, in db: Connection) throws -> Bool {
        try db.scalar("SELECT count(*) FROM price_year WHERE year = ? AND published_at IS NOT NULL", year, as: Int64.self) == 1
    }

    package static func publishedYears(in db: Connection) throws -> Set<Int64> {
        Set(try db.query("SELECT year FROM price_year WHERE published_at IS NOT NULL").map { try $0.column(0, as: Int64.self) })
    }

    package static func yearsWithPrices(in db: Connection) throws -> Set<Int64> {
        Set(try db.query("SELECT DISTINCT year FROM activity_price").map { try $0.column(0, as: Int64.self) })
    }

    package static func price(of activity: Activity, year: Int64, in db: Connection) throws -> YearPrice? {
        var found: YearPrice?
        try db.forEachRow(table.select() + " WHERE p.activity_id = ? AND p.year = ?", arguments: [activity.id, year]) {
            found = try YearPrice(table.row($0), unit: activity.unit)
        }
        return found
    }

    /// Every year's price, oldest first.
    package static func prices(of activity: Activity, in db: Connection) throws -> [YearPrice] {
        var prices: [YearPrice] = []
        try db.forEachRow(table.select() + " WHERE p.activity_id = ? ORDER BY p.year", arguments: [activity.id]) {
            prices.append(try YearPrice(table.row($0), unit: activity.unit))
        }
        return prices
    }

    package static func exists(activityID: Int64, year: Int64, in db: Connection) throws -> Bool {
        try db.scalar("SELECT count(*) FROM activity_price WHERE activity_id = ? AND year = ?", activityID, year, as: Int64.self) == 1
    }

    /// Sets one price; a price set by hand is no longer an example.
    package static func upsert(_ price: YearPrice, in db: Connection) throws {
        try db.run(upsertSQL, arguments: price.arguments(YearPrice.Column.allCases))
    }

    /// What a body sets (`YearPrice.field(_:)`) and the time replace an activity's price of a year.
    private static let upsertSQL = table.upsert(YearPrice.Column.allCases, conflict: [.activityID, .year],
                                                update: RecordInput.writable(YearPrice.self, creating: false).map(\.column) + [.updatedAt],
                                                also: "is_example = 0")

    /// The price list of a year, by name: active activities with a price that year; a
    /// published list is a record of what was offered, so archiving does not shrink it.
    package static func priceList(year: Int64, programme: String?, modifiedSince: String?, page: PageRequest,
                          in db: Connection) throws -> Page<PriceListItem> {
        var sql = table.select(extra: "a.code, a.name, a.programme, a.unit") + """
             JOIN activity a ON a.id = p.activity_id
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
        arguments.append(page.fetchLimit)
        var rows: [PriceListItem] = []
        try db.forEachRow(sql, arguments: arguments) { statement in
            let r = table.row(statement)
            rows.append(PriceListItem(activityID: try r.int64(.activityID), code: try r.extraString(0), name: try r.extraString(1),
                                      programme: try r.extraString(2), unit: try r.extraString(3),
                                      unitPriceCents: try r.int64(.unitPriceCents), vatRate: try r.int64(.vatRate)))
        }
        return page.page(rows) { PageCursor(key: $0.name, id: $0.activityID) }
    }

    package static func count(year: Int64, in db: Connection) throws -> Int64 {
        try db.scalar("SELECT count(*) FROM activity_price WHERE year = ?", year, as: Int64.self) ?? 0
    }

    package static func markPublished(_ year: Int64, by name: String, at now: String, in db: Connection) throws {
        try db.run("""
            INSERT INTO price_year (year, published_at, published_by) VALUES (?, ?, ?)
            ON CONFLICT (year) DO UPDATE SET published_at = excluded.published_at, published_by = excluded.published_by
            """, year, now, name)
    }

    /// A year's prices to index from: activity and cents, by activity.
    package static func indexSources(year: Int64, in db: Connection) throws -> [(activityID: Int64, cents: Int64)] {
        var sources: [(activityID: Int64, cents: Int64)] = []
        try db.forEachRow(table.select() + " WHERE p.year = ? ORDER BY p.activity_id", arguments: [year]) { statement in
            let r = table.row(statement)
            sources.append((try r.int64(.activityID), try r.int64(.unitPriceCents)))
        }
        return sources
    }

    /// Writes `toYear`'s price from `fromYear`'s row with the raised cents, keeping its VAT rate and example flag.
    package static func copy(activityID: Int64, from fromYear: Int64, to toYear: Int64, unitPriceCents: Int64, at now: String,
                     in db: Connection) throws {
        try db.run("""
            INSERT INTO activity_price (activity_id, year, unit_price_cents, vat_rate, is_example, updated_at)
            SELECT activity_id, ?, ?, vat_rate, is_example, ? FROM activity_price WHERE activity_id = ? AND year = ?
            ON CONFLICT (activity_id, year) DO UPDATE SET unit_price_cents = excluded.unit_price_cents,
                vat_rate = excluded.vat_rate, is_example = excluded.is_example, updated_at = excluded.updated_at
            """, toYear, unitPriceCents, now, activityID, fromYear)
    }
}
