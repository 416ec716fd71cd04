import HTTPServer
import JSON
import SQLite

/// `POST /api/v1/orders`'s body: a draft for a municipality and year.
struct OrderInput: Equatable {
    static let maxMunicipalityLength = 64
    static let maxReferenceLength = 200

    var municipality: String
    var year: Int64
    var reference: String?
    var lines: [LinePricing.LineInput]

    /// Every field error at once, with unknown and archived activities among them
    /// (looked up in `db`) when other fields are wrong too.
    static func decode(_ body: JSONObject, in db: Connection) throws -> OrderInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["municipality", "year", "reference", "lines"])
        let slug = v.string("municipality", maxLength: maxMunicipalityLength)
        let year = v.integer("year", range: Vocabulary.years)
        let reference = v.string("reference", required: false, maxLength: maxReferenceLength)
        let lines = LinePricing.parseLines(body["lines"], allowNote: true, validator: &v)
        if !v.errors.isEmpty { throw AppError.validation(v.errors + (try LinePricing.referenceErrors(lines, in: db))) }
        let (validSlug, validYear) = try v.finish(slug, year)
        return OrderInput(municipality: validSlug, year: validYear, reference: reference, lines: lines)
    }
}

/// `PATCH /api/v1/orders/{id}`'s body: a new reference and/or all new lines.
struct OrderChange: Equatable {
    /// Whether `reference` was sent (null clears it).
    var changesReference: Bool
    var reference: String?
    /// nil: the lines stay.
    var lines: [LinePricing.LineInput]?

    static func decode(_ body: JSONObject) throws -> OrderChange {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["reference", "lines"])
        let reference = v.string("reference", required: false, maxLength: OrderInput.maxReferenceLength)
        let lines = body["lines"] == nil ? nil : LinePricing.parseLines(body["lines"], allowNote: true, validator: &v)
        try v.finish()
        return OrderChange(changesReference: body["reference"] != nil, reference: reference, lines: lines)
    }
}

/// The optional body of a state change: `cancel` takes a `reason`, the others nothing.
struct OrderTransitionInput: Equatable {
    static let maxReasonLength = 1000

    var reason: String?

    static func decode(_ request: HTTPRequest, for action: OrderAction) throws -> OrderTransitionInput {
        guard !request.body.isEmpty else { return OrderTransitionInput(reason: nil) }
        var v = FieldValidator(try RequestBody.object(request))
        v.rejectUnknown(allowed: action == .cancel ? ["reason"] : [])
        let reason = action == .cancel ? v.string("reason", required: false, maxLength: maxReasonLength) : nil
        try v.finish()
        return OrderTransitionInput(reason: reason)
    }
}

/// `GET /api/v1/orders`'s query: the filters, the page and the format.
struct OrderListQuery {
    var filter: OrderRepository.Filter
    var page: PageRequest
    var format: OutputFormat

    /// An unknown `municipality` is a 422 too (looked up in `db`), among the other errors.
    static func decode(_ request: HTTPRequest, in db: Connection) throws -> OrderListQuery {
        var query = QueryDecoder(request)
        let format = query.outputFormat(request)
        let page = query.page()
        let municipality = query["municipality"]
        if let municipality, try MunicipalityRepository.find(municipality, in: db) == nil {
            query.fail("municipality", .municipalityUnknown, ["slug": .string(municipality)])
        }
        let year = query.year()
        let status = query.value("status", as: OrderStatus.self)
        let since = query.timestamp()
        try query.finish()
        return OrderListQuery(filter: OrderRepository.Filter(municipality: municipality, year: year, status: status, modifiedSince: since),
                              page: page, format: format)
    }
}

/// `GET /api/v1/orders/{id}`'s query: JSON or CSV.
enum OrderFormatQuery {
    static func decode(_ request: HTTPRequest) throws -> OutputFormat {
        var query = QueryDecoder(request)
        let format = query.outputFormat(request)
        try query.finish()
        return format
    }
}
