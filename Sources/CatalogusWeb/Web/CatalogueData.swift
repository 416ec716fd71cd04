import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import JSON
import SQLite

/// What the catalogue pages show, read through the same services as the public API
/// (`/api/v1/activities?year=`), so that the page and the API can never disagree.
package enum CatalogueData {
    package struct Item {
        package let code: String
        package let name: String
        package let summary: String
        package let programme: String
        package let format: String
        package let unit: String
        package let audiences: [String]
        /// That year's price, nil when the activity has none that year.
        package let price: (unitPriceCents: Int64, vatRate: Int64)?
    }

    package static func programmes(in db: Connection) throws -> [Programme] {
        try ProgrammeRepository.all(in: db)
    }

    /// Years that have prices, plus `current`, newest first.
    package static func priceYears(current: Int64, in db: Connection) throws -> [Int64] {
        Array(try PriceRepository.yearsWithPrices(in: db).union([current])).sorted(by: >)
    }

    /// Active activities with their price in `year`, filtered like the API's list: the
    /// same service call, so that the page and the API keep one definition of search,
    /// filters and price lookup.
    package static func items(year: Int64, search: ActivitySearch?, programme: String?, in db: Connection) throws -> [Item] {
        var filter = ActivityRepository.Filter()
        filter.year = year
        filter.search = search
        filter.programme = programme
        var items: [Item] = []
        var after: (key: String, id: Int64)?
        repeat {
            let page = try ActivityService.list(filter, page: PageRequest(limit: PageRequest.maxLimit, after: after), in: db)
            for listed in page.items {
                let activity = listed.activity
                let price = (listed.price ?? nil).map { (unitPriceCents: $0.unitPriceCents, vatRate: $0.vatRate) }
                items.append(Item(code: activity.code, name: activity.name, summary: activity.summary, programme: activity.programme,
                                  format: activity.format, unit: activity.unit, audiences: activity.audiences, price: price))
            }
            after = page.nextCursor.map { (key: $0.key, id: $0.id) }
        } while after != nil
        return items
    }

    /// The year of today in the Netherlands.
    package static func currentYear() -> Int64 {
        Int64(CalendarDate.todayInAmsterdam().prefix(4)) ?? 2026
    }
}
