import CatalogusDomain
import CatalogusStorage
import Foundation
import JSON
import SQLite

/// The rules of prices: a published year's prices never change, a price list is
/// published only with prices, and indexation replaces prices only when asked to.
/// Each change is one transaction with its audit record.
package enum PriceService {
    package static func isPublished(_ year: Int64, in db: Connection) throws -> Bool {
        try PriceRepository.isPublished(year, in: db)
    }

    package static func refuseIfPublished(_ year: Int64, in db: Connection) throws {
        if try isPublished(year, in: db) {
            throw AppError.conflict(.init(.pricesPublished, ["year": .integer(year)]))
        }
    }

    /// Every year's price of an activity, oldest first, one page.
    package static func activityPrices(_ reference: String, page: PageRequest, in db: Connection) throws -> Page<ActivityPrice> {
        let activity = try ActivityRepository.require(reference, in: db)
        let prices = try PriceRepository.prices(of: activity, in: db).filter { $0.year > (page.after?.id ?? Int64.min) }
        let shown = page.page(prices) { PageCursor(id: $0.year) }
        let published = try PriceRepository.publishedYears(in: db)
        return shown.map { ActivityPrice(price: $0, published: published.contains($0.year)) }
    }

    /// Sets one price; `created` tells whether the activity had none that year.
    /// `input` as `PriceInput` read it, for its year: the activity and the time are the write's.
    package static func set(_ input: YearPrice, activity reference: String, actor: AuditLog.Actor,
                    writer: DatabaseWriter) throws -> (price: YearPrice, created: Bool) {
        try writer.write { db in
            let activity = try ActivityRepository.require(reference, in: db)
            let year = input.year
            let before = try PriceRepository.price(of: activity, year: year, in: db)
            try refuseIfPublished(year, in: db)
            let existed = try PriceRepository.exists(activityID: activity.id, year: year, in: db)
            var price = input
            price.activityID = activity.id
            price.unit = activity.unit
            price.updatedAt = Timestamp.now()
            try PriceRepository.upsert(price, in: db)
            try AuditLog.record(db, actor: actor, action: existed ? "update" : "create", entity: "price",
                                id: "\(activity.id)/\(year)", before: before, after: price)
            return (price, !existed)
        }
    }

    package static func priceList(_ query: PriceListQuery, in db: Connection) throws -> PriceList {
        let published = try isPublished(query.year, in: db)
        let page = try PriceRepository.priceList(year: query.year, programme: query.programme, modifiedSince: query.modifiedSince,
                                                 page: query.page, in: db)
        return PriceList(year: query.year, published: published, page: page)
    }

    package static func publish(year: Int64, actor: AuditLog.Actor, writer: DatabaseWriter) throws -> Publication {
        try writer.write { db in
            try refuseIfPublished(year, in: db)
            guard try PriceRepository.count(year: year, in: db) > 0 else {
                throw AppError.validation([.init(field: "year", Message(.pricesNoneToPublish))])
            }
            let publication = Publication(year: year, publishedAt: Timestamp.now())
            try PriceRepository.markPublished(year, by: actor.name, at: publication.publishedAt, in: db)
            try AuditLog.record(db, actor: actor, action: "publish", entity: "price_list", id: String(year), before: nil, after: publication)
            try Outbox.record(.pricesPublished, id: .integer(year), url: "/api/v1/prices?year=\(year)", municipality: nil,
                              extra: [("year", .integer(year))], in: db)
            return publication
        }
    }

    /// Creates `toYear` prices from `fromYear`'s, raised by `percent` and rounded half
    /// away from zero to the cent, inside the caller's transaction (`Idempotency.perform`).
    /// Existing `toYear` prices are replaced only with `overwrite`.
    package static func index(_ input: IndexationInput, actor: AuditLog.Actor, in db: Connection) throws -> Indexation {
        try refuseIfPublished(input.toYear, in: db)
        let sources = try PriceRepository.indexSources(year: input.fromYear, in: db)
        guard !sources.isEmpty else {
            throw AppError.validation([.init(field: "from_year", Message(.pricesNoneToIndex))])
        }
        let existing = try PriceRepository.count(year: input.toYear, in: db)
        if existing > 0 && !input.overwrite {
            throw AppError.conflict(.init(.pricesTargetHasPrices, ["year": .integer(input.toYear), "count": .integer(existing)]))
        }
        var created = 0
        var replaced = 0
        let now = Timestamp.now()
        for source in sources {
            let raised: Int64
            do { raised = try input.percent.apply(to: source.cents) } catch {
                throw AppError.validation([.init(field: "percent", Message(.pricesPercentTooLarge))])
            }
            let had = try PriceRepository.exists(activityID: source.activityID, year: input.toYear, in: db)
            try PriceRepository.copy(activityID: source.activityID, from: input.fromYear, to: input.toYear, unitPriceCents: raised,
                                     at: now, in: db)
            if had { replaced += 1 } else { created += 1 }
        }
        let indexation = Indexation(fromYear: input.fromYear, toYear: input.toYear, percent: input.percent, created: created,
                                    replaced: replaced)
        try AuditLog.record(db, actor: actor, action: "index", entity: "price_list", id: String(input.toYear), before: nil,
                            after: indexation)
        return indexation
    }

    /// Prices a basket; stores nothing.
    package static func quote(_ input: QuoteInput, in db: Connection) throws -> Quote {
        let lines = try LinePricing.price(input.lines, municipality: input.municipality, year: input.year, in: db)
        let totals: Totals
        do { totals = try Totals(lines) } catch {
            throw AppError.validation([.init(field: "lines", Message(.orderTotalTooLarge))])
        }
        return Quote(municipality: input.municipality, year: input.year, published: try isPublished(input.year, in: db),
                     lines: lines, totals: totals)
    }
}
