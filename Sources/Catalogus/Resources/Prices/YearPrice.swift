import JSON
import SQLite

/// One year's price of an activity.
struct YearPrice: Sendable, Equatable, JSONRepresentable {
    var year: Int64
    var unitPriceCents: Int64
    var vatRate: Int64
    /// The activity's unit: a price is per that unit.
    var unit: String

    /// The columns of `activity_price` the API reads.
    enum Column: String, RecordColumn {
        case activityID = "activity_id"
        case year
        case unitPriceCents = "unit_price_cents"
        case vatRate = "vat_rate"
    }

    static let table = RecordTable<Column>(name: "activity_price", alias: "p")

    init(year: Int64, unitPriceCents: Int64, vatRate: Int64, unit: String) {
        self.year = year
        self.unitPriceCents = unitPriceCents
        self.vatRate = vatRate
        self.unit = unit
    }

    init(row r: RecordRow<Column>, unit: String) throws {
        self.init(year: try r.int64(.year), unitPriceCents: try r.int64(.unitPriceCents), vatRate: try r.int64(.vatRate), unit: unit)
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        writeMembers(to: &w)
        w.endObject()
    }

    fileprivate func writeMembers(to w: inout JSONWriter) {
        w.key("year"); w.int(year)
        w.key("unit_price_cents"); w.int(unitPriceCents)
        w.key("vat_rate"); w.int(vatRate)
        w.key("unit"); w.string(unit)
    }
}

/// An item of `GET /api/v1/activities/{id}/prices`: the price and whether its year is published.
struct ActivityPrice: JSONRepresentable {
    let price: YearPrice
    let published: Bool

    func write(to w: inout JSONWriter) {
        w.beginObject()
        price.writeMembers(to: &w)
        w.key("published"); w.bool(published)
        w.endObject()
    }
}

/// A row of a year's price list.
struct PriceListItem: JSONRepresentable {
    let activityID: Int64
    let code: String
    let name: String
    let programme: String
    let unit: String
    let unitPriceCents: Int64
    let vatRate: Int64

    static let csvHeader = ["activity_id", "activity_code", "activity_name", "programme", "unit", "unit_price_cents", "vat_rate"]

    func write(to w: inout JSONWriter) {
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
    static func table(year: Int64) -> Table { Table(name: "Prijslijst \(year)", header: csvHeader) }

    func writeRow(to table: inout Table) {
        table.row([.integer(activityID), .text(code), .text(name), .text(programme), .code(unit, label: Vocabulary.unitTerms.label(unit)), .money(unitPriceCents), .integer(vatRate)])
    }
}

/// A year's price list page: `{year, published, items, next_cursor}`.
struct PriceList {
    let year: Int64
    let published: Bool
    let page: Page<PriceListItem>
}

/// The answer to publishing a year, and its audit record.
struct Publication: JSONRepresentable {
    let year: Int64
    let publishedAt: String

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("year"); w.int(year)
        w.key("published"); w.bool(true)
        w.key("published_at"); w.string(publishedAt)
        w.endObject()
    }
}

/// What an indexation did: the answer and its audit record.
struct Indexation: JSONRepresentable {
    let fromYear: Int64
    let toYear: Int64
    let percent: DecimalPercent
    let created: Int
    let replaced: Int

    func write(to w: inout JSONWriter) {
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
struct Quote: JSONRepresentable {
    let municipality: String
    let year: Int64
    let published: Bool
    let lines: [PricedLine]
    let totals: Totals

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("municipality"); w.string(municipality)
        w.key("year"); w.int(year)
        w.key("published"); w.bool(published)
        w.key("lines")
        w.beginArray()
        for line in lines { line.write(to: &w, includeNote: false) }
        w.endArray()
        w.key("totals"); totals.write(to: &w)
        w.endObject()
    }
}
