import CatalogusDomain
import CatalogusStorage
import JSON
import SQLite

/// The year of a path (`/prices/{year}/…`): a 422 on `year` before anything else.
package enum PricePath {
    package static func year(_ text: String?, field: String = "year") throws -> Int64 {
        guard let text, let year = Int64(text), Vocabulary.years.contains(year) else {
            throw AppError.validation([.init(field: field, QueryDecoder.yearMessage)])
        }
        return year
    }
}

/// `PUT /api/v1/activities/{id}/prices/{year}`, read by `YearPrice.field(_:)`.
package enum PriceInput {
    /// Members a body may send besides the fields: `year` as read, if it is the path's;
    /// `unit`, ignored (the activity's applies).
    package static let sentBack: Set<String> = ["year", "unit"]

    /// The price of the path's year as the body sets it; the service sets the activity and the time.
    package static func decode(_ body: JSONObject, year: Int64) throws -> YearPrice {
        var v = FieldValidator(body)
        let price = try RecordInput.decode(onto: YearPrice.new(year: year), creating: true, extra: sentBack, validator: &v) { special, key, record, v in
            switch special {
            case .vatRate:
                guard let rate = v.integer(key) else { return }
                if Vocabulary.vatRates.contains(rate) {
                    record.vatRate = rate
                } else {
                    v.fail(key, .pricesVATRateInvalid, ["allowed": .array(Vocabulary.vatRates.map { .integer($0) })])
                }
            }
        }
        if let given = body["year"], given.int64Value != year { v.fail("year", .fieldPathMismatch, ["expected": .integer(year)]) }
        try v.finish()
        return price
    }
}

/// `GET /api/v1/prices`: year (required), programme, page, since, and JSON or CSV.
package struct PriceListQuery {
    package let year: Int64
    package let programme: String?
    package let modifiedSince: String?
    package let page: PageRequest
    package let format: OutputFormat

    package static func decode(_ query: QueryDecoder, _ context: Caller) throws -> PriceListQuery {
        var query = query
        let modifiedSince = query.timestamp()
        let format = query.outputFormat()
        let page = query.page()
        let year = query.year()
        if query["year"] == nil { query.fail("year", .fieldRequired) }
        let programme = query["programme"]
        if let programme, try !ActivityRepository.isProgramme(programme, in: context.reader) {
            query.fail("programme", .programmeUnknown)
        }
        try query.finish()
        guard let year else { throw FieldValidator.DecodingFault.missingWithoutError }
        return PriceListQuery(year: year, programme: programme, modifiedSince: modifiedSince, page: page, format: format)
    }
}

/// `POST /api/v1/prices/indexations`.
package struct IndexationInput {
    package static let fields: Set<String> = ["from_year", "to_year", "percent", "overwrite"]

    package let fromYear: Int64
    package let toYear: Int64
    package let percent: DecimalPercent
    package let overwrite: Bool

    package static func decode(_ body: JSONObject) throws -> IndexationInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: fields)
        let from = v.integer("from_year", range: Vocabulary.years)
        let to = v.integer("to_year", range: Vocabulary.years)
        if let from, let to, from == to { v.fail("to_year", .pricesSameYear) }
        var percent: DecimalPercent?
        switch body["percent"] {
        case .some(.string(let text)):
            percent = DecimalPercent(text)
            if percent == nil { v.fail("percent", .pricesPercentInvalid) }
        case nil, .some(.null): v.fail("percent", .fieldRequired)
        default: v.fail("percent", .pricesPercentInvalid, ["given": "number"])
        }
        let overwrite = v.has("overwrite") ? (v.boolean("overwrite") ?? false) : false
        let (validFrom, validTo, validPercent) = try v.finish(from, to, percent)
        return IndexationInput(fromYear: validFrom, toYear: validTo, percent: validPercent, overwrite: overwrite)
    }
}

/// `POST /api/v1/quotes`: a municipality, a year and lines of activities.
package struct QuoteInput {
    package static let fields: Set<String> = ["municipality", "year", "lines"]
    package static let municipalityMaxLength = 64

    package let municipality: String
    package let year: Int64
    package let lines: [LinePricing.LineInput]

    /// Unknown municipalities and activities are field errors too, so it reads the database.
    package static func decode(_ body: JSONObject, in db: Connection) throws -> QuoteInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: fields)
        let slug = v.string("municipality", maxLength: municipalityMaxLength)
        if let slug, try MunicipalityRepository.find(slug, in: db) == nil { v.fail("municipality", .municipalityUnknown, ["slug": .string(slug)]) }
        let year = v.integer("year", range: Vocabulary.years)
        let lines = LinePricing.parseLines(body["lines"], allowNote: false, validator: &v)
        if !v.errors.isEmpty { throw AppError.validation(v.errors + (try LinePricing.referenceErrors(lines, in: db))) }
        let (validSlug, validYear) = try v.finish(slug, year)
        return QuoteInput(municipality: validSlug, year: validYear, lines: lines)
    }
}
