import JSON
import SQLite

/// What the catalogue pages show, read through the same services as the public API
/// (`/api/v1/activities?year=`), so that the page and the API can never disagree.
enum CatalogueData {
    struct Programme {
        let code: String
        let name: String
        let description: String
    }

    struct Item {
        let code: String
        let name: String
        let summary: String
        let programme: String
        let format: String
        let unit: String
        let audiences: [String]
        /// That year's price, nil when the activity has none that year.
        let price: (unitPriceCents: Int64, vatRate: Int64)?
    }

    static func programmes(in db: Connection) throws -> [Programme] {
        try db.query("SELECT code, name, description FROM programme ORDER BY position").map {
            Programme(code: try $0.column(0), name: try $0.column(1), description: try $0.column(2))
        }
    }

    /// Years that have prices, plus `current`, newest first.
    static func priceYears(current: Int64, in db: Connection) throws -> [Int64] {
        let years = try db.query("SELECT DISTINCT year FROM activity_price").map { try $0.column(0, as: Int64.self) }
        return Array(Set(years + [current])).sorted(by: >)
    }

    /// Active activities with their price in `year`, filtered like the API's list. The
    /// service writes the API's JSON; reading that back keeps one definition of search,
    /// filters and price lookup (a few dozen items, so the round trip costs nothing).
    static func items(year: Int64, search: String?, programme: String?, in db: Connection) throws -> [Item] {
        var filter = ActivityService.Filter()
        filter.year = year
        filter.search = search
        filter.programme = programme
        var items: [Item] = []
        var after: (String, Int64)?
        repeat {
            var writer = JSONWriter(capacity: 64 * 1024)
            try ActivityService.writeList(filter, page: PageRequest(limit: PageRequest.maxLimit, after: after), in: db, to: &writer)
            let page = try JSONParser.parse(writer.bytes)
            for value in page["items"]?.arrayValue ?? [] {
                if let item = item(from: value) { items.append(item) }
            }
            after = page["next_cursor"]?.stringValue.flatMap(PageRequest.decode)
        } while after != nil
        return items
    }

    private static func item(from value: JSONValue) -> Item? {
        guard let code = value["code"]?.stringValue, let name = value["name"]?.stringValue else { return nil }
        var price: (Int64, Int64)?
        if let cents = value["price"]?["unit_price_cents"]?.int64Value, let rate = value["price"]?["vat_rate"]?.int64Value {
            price = (cents, rate)
        }
        return Item(code: code, name: name, summary: value["summary"]?.stringValue ?? "",
                    programme: value["programme"]?.stringValue ?? "", format: value["format"]?.stringValue ?? "",
                    unit: value["unit"]?.stringValue ?? "",
                    audiences: value["audiences"]?.arrayValue?.compactMap(\.stringValue) ?? [], price: price)
    }

    /// The year of today in the Netherlands.
    static func currentYear() -> Int64 {
        Int64(CalendarDate.todayInAmsterdam().prefix(4)) ?? 2026
    }
}
