import CatalogusDomain
import JSON
import SQLite

/// `POST /api/v1/orders`'s body: a draft for a municipality and year, read by `Order.field(_:)`.
package struct OrderInput {
    package static let maxMunicipalityLength = 64
    package static let maxReferenceLength = 200

    /// The new draft's own fields.
    package var order: Order
    package var lines: [LinePricing.LineInput]

    package var municipality: String { order.municipality }
    package var year: Int64 { order.year }

    /// Every field error at once, with unknown and archived activities among them
    /// (looked up in `db`) when other fields are wrong too.
    package static func decode(_ body: JSONObject, in db: Connection) throws -> OrderInput {
        var v = FieldValidator(body)
        let order = RecordInput.decode(onto: Order.new(now: ""), creating: true, extra: ["lines"], validator: &v) { special, key, order, v in
            switch special {
            case .municipality: if let slug = v.string(key, maxLength: maxMunicipalityLength) { order.municipality = slug }
            case .year: if let year = v.integer(key, range: Vocabulary.years) { order.year = year }
            }
        }
        let lines = LinePricing.parseLines(body["lines"], allowNote: true, validator: &v)
        if !v.errors.isEmpty { throw AppError.validation(v.errors + (try LinePricing.referenceErrors(lines, in: db))) }
        return OrderInput(order: order, lines: lines)
    }
}

/// `PATCH /api/v1/orders/{id}`'s body: new values of what a change may set and/or all new lines.
package struct OrderChange {
    /// The body's fields, decoded before the order is read; `given` says which it sets.
    package var values: Order
    package var given: [Order.Column]
    /// nil: the lines stay.
    package var lines: [LinePricing.LineInput]?

    package static func decode(_ body: JSONObject) throws -> OrderChange {
        var v = FieldValidator(body)
        let values = RecordInput.decode(onto: Order.new(now: ""), creating: false, extra: ["lines"], validator: &v) { _, _, _, _ in }
        let given = RecordInput.writable(Order.self, creating: false).filter { body[$0.key] != nil }.map(\.column)
        let lines = body["lines"] == nil ? nil : LinePricing.parseLines(body["lines"], allowNote: true, validator: &v)
        try v.finish()
        return OrderChange(values: values, given: given, lines: lines)
    }

    /// `order` with the fields this change sets.
    package func applied(to order: Order) -> Order {
        order.changed(by: values, in: given)
    }
}

/// The optional body of a state change: `cancel` takes a `reason`, the others nothing.
package struct OrderTransitionInput: Equatable {
    package static let maxReasonLength = 1000

    package var reason: String?

    /// `body` is nil when the request has none.
    package static func decode(_ body: JSONObject?, for action: OrderAction) throws -> OrderTransitionInput {
        guard let body else { return OrderTransitionInput(reason: nil) }
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: action == .cancel ? ["reason"] : [])
        let reason = action == .cancel ? v.string("reason", required: false, maxLength: maxReasonLength) : nil
        try v.finish()
        return OrderTransitionInput(reason: reason)
    }
}

/// `GET /api/v1/orders`'s query: the filters, the page and the format.
package struct OrderListQuery {
    package var filter: OrderRepository.Filter
    package var page: PageRequest
    package var format: OutputFormat

    /// An unknown `municipality` is a 422 too (looked up in `db`), among the other errors.
    package static func decode(_ query: QueryDecoder, in db: Connection) throws -> OrderListQuery {
        var query = query
        let format = query.outputFormat()
        let page = query.page()
        let municipality = query.municipality()
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
package enum OrderFormatQuery {
    package static func decode(_ query: QueryDecoder) throws -> OutputFormat {
        var query = query
        let format = query.outputFormat()
        try query.finish()
        return format
    }
}
