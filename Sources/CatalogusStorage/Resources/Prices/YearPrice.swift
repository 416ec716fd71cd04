import CatalogusDomain
import JSON
import SQLite

/// One year's price of an activity.
///
/// Each field is declared in this file only, as `Location`'s are: the stored property,
/// its `Column`, the read in `init(_:unit:)`, its `value(_:into:)` (the JSON, the audit
/// record, the upsert) and its `field(_:)` (`PriceInput` and the OpenAPI schemas). A
/// price is keyed by its activity and year, which the path names: the activity is a
/// column the resource does not show (`Column.shown`), and the activity's `unit`, which
/// the price is per, follows the columns without being one.
package struct YearPrice: Sendable, Equatable, FieldedRecord, JSONRepresentable {
    /// The columns of `activity_price`; those the resource does not show come first, so
    /// that a new column is shown before the activity's unit.
    package enum Column: String, RecordColumn {
        case activityID = "activity_id"
        case updatedAt = "updated_at"
        case year
        case unitPriceCents = "unit_price_cents"
        case vatRate = "vat_rate"

        package var shown: Bool { self != .activityID && self != .updatedAt }
    }

    package static let table = RecordTable<Column>(name: "activity_price", alias: "p")

    package static let centsRange: ClosedRange<Int64> = 0...100_000_000_000

    package var activityID: Int64
    package var updatedAt: String
    package var year: Int64
    package var unitPriceCents: Int64
    package var vatRate: Int64
    /// The activity's unit: a price is per that unit.
    package var unit: String
}

extension YearPrice {
    package init(_ row: RecordRow<Column>, unit: String) throws {
        activityID = try row.int64(.activityID)
        updatedAt = try row.string(.updatedAt)
        year = try row.int64(.year)
        unitPriceCents = try row.int64(.unitPriceCents)
        vatRate = try row.int64(.vatRate)
        self.unit = unit
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .activityID: sink.integer(activityID)
        case .updatedAt: sink.text(updatedAt)
        case .year: sink.integer(year)
        case .unitPriceCents: sink.integer(unitPriceCents)
        case .vatRate: sink.integer(vatRate)
        }
    }

    /// How PUT sets a column (`PriceInput`); nil for the path's activity and year and the time.
    package static func field(_ column: Column) -> RecordField<YearPrice>? {
        switch column {
        case .activityID, .updatedAt, .year: nil
        case .unitPriceCents: .integer(\.unitPriceCents, centsRange)
        case .vatRate: .special(.vatRate)
        }
    }

    /// The fields with rules of their own (`PriceInput`).
    package enum SpecialField: RecordSpecialField {
        /// One of `Vocabulary.vatRates`, refused with a code of its own.
        case vatRate

        package var requiredOnCreate: Bool { true }
    }

    /// The price of the path's year before the body's fields are applied; the service
    /// sets the activity (and its unit) and the time.
    package static func new(year: Int64) -> YearPrice {
        YearPrice(activityID: 0, updatedAt: "", year: year, unitPriceCents: 0, vatRate: 0, unit: "")
    }

    package func write(to w: inout JSONWriter) { write(to: &w, published: nil) }

    /// After it the activity's unit: read once, not per member written.
    private static let lastColumn = Column.allCases.last

    /// The columns, then the activity's unit (and whether the year is published).
    fileprivate func write(to w: inout JSONWriter, published: Bool?) {
        writeColumns(to: &w) { column, w in
            guard column == Self.lastColumn else { return }
            w.key("unit"); w.string(unit)
            if let published { w.key("published"); w.bool(published) }
        }
    }
}

/// An item of `GET /api/v1/activities/{id}/prices`: the price and whether its year is published.
package struct ActivityPrice: JSONRepresentable {
    package let price: YearPrice
    package let published: Bool

    package init(price: YearPrice, published: Bool) {
        self.price = price
        self.published = published
    }

    package func write(to w: inout JSONWriter) { price.write(to: &w, published: published) }
}

/// A row of a year's price list.
package struct PriceListItem: JSONRepresentable {
    package let activityID: Int64
    package let code: String
    package let name: String
    package let programme: String
    package let unit: String
    package let unitPriceCents: Int64
    package let vatRate: Int64

    package init(activityID: Int64, code: String, name: String, programme: String, unit: String, unitPriceCents: Int64, vatRate: Int64) {
        self.activityID = activityID
        self.code = code
        self.name = name
        self.programme = programme
        self.unit = unit
        self.unitPriceCents = unitPriceCents
        self.vatRate = vatRate
    }

    package static let csvHeader = ["activity_id", "activity_code", "activity_name", "programme", "unit", "unit_price_cents", "vat_rate"]

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("activity")
        w.activityReference(id: activityID, code: code, name: name)
        w.key("programme"); w.string(programme)
        w.key("unit"); w.string(unit)
        w.key("unit_price_cents"); w.int(unitPriceCents)
        w.key("vat_rate"); w.int(vatRate)
        w.endObject()
    }

    /// The CSV and workbook table of a year's price list (the sheet "Prijslijst 2026").
    package static func table(year: Int64) -> Table { Table(name: "Prijslijst \(year)", header: csvHeader) }

    package func writeRow(to table: inout Table) {
        table.row([.integer(activityID), .text(code), .text(name), .text(programme), .code(unit, label: Vocabulary.unitTerms.label(unit)), .money(unitPriceCents), .percent(vatRate, scale: 0)])
    }
}

/// A year's price list page: `{year, published, items, next_cursor}`.
package struct PriceList {
    package let year: Int64
    package let published: Bool
    package let page: Page<PriceListItem>

    package init(year: Int64, published: Bool, page: Page<PriceListItem>) {
        self.year = year
        self.published = published
        self.page = page
    }
}

/// The answer to publishing a year, and its audit record.
package struct Publication: JSONRepresentable {
    package let year: Int64
    package let publishedAt: String

    package init(year: Int64, publishedAt: String) {
        self.year = year
        self.publishedAt = publishedAt
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("year"); w.int(year)
        w.key("published"); w.bool(true)
        w.key("published_at"); w.string(publishedAt)
        w.endObject()
    }
}

/// What an indexation did: the answer and its audit record.
package struct Indexation: JSONRepresentable {
    package let fromYear: Int64
    package let toYear: Int64
    package let percent: DecimalPercent
    package let created: Int
    package let replaced: Int

    package init(fromYear: Int64, toYear: Int64, percent: DecimalPercent, created: Int, replaced: Int) {
        self.fromYear = fromYear
        self.toYear = toYear
        self.percent = percent
        self.created = created
        self.replaced = replaced
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("from_year"); w.int(fromYear)
        w.key("to_year"); w.int(toYear)
        w.key("percent"); w.string(percent.description)
        w.key("created"); w.int(created)
        w.key("replaced"); w.int(replaced)
        w.endObject()
    }
}

/// A basket priced against a year's price list, stored nowhere.
package struct Quote: JSONRepresentable {
    package let municipality: String
    package let year: Int64
    package let published: Bool
    package let lines: [PricedLine]
    package let totals: Totals

    package init(municipality: String, year: Int64, published: Bool, lines: [PricedLine], totals: Totals) {
        self.municipality = municipality
        self.year = year
        self.published = published
        self.lines = lines
        self.totals = totals
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("municipality"); w.string(municipality)
        w.key("year"); w.int(year)
        w.key("published"); w.bool(published)
        w.key("lines")
        w.beginArray()
        for line in lines { line.write(to: &w) }
        w.endArray()
        w.key("totals"); totals.write(to: &w)
        w.endObject()
    }
}
