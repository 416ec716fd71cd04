import CatalogusDomain
import JSON
import SQLite

/// Parses the `lines` of a quote or order and prices them against a year's price list.
package enum LinePricing {
    package struct LineInput: Equatable {
        /// The line's index in the request's `lines`, for error fields.
        package var position: Int
        /// The activity's id or code.
        package var activity: String
        /// The body's fields (`Order.Line.field(_:)`); its activity is found from `activity`.
        package var line: Order.Line

        package var quantity: Int64 { line.quantity }
    }

    package static let maxLines = 500
    /// What a quote's line does not take: all but its activity and quantity (`QuoteInput`'s schema names those two).
    private static let quoteLeavesOut = Set(Order.Line.Column.allCases).subtracting([.activityID, .quantity])

    /// Reads `lines: [{activity, quantity, note?}]` by `Order.Line.field(_:)`, recording every
    /// bad field; a quote's line is its activity and quantity only (`quoteLeavesOut`).
    package static func parseLines(_ value: JSONValue?, allowNote: Bool, validator v: inout FieldValidator) -> [LineInput] {
        guard let value, !value.isNull else { v.fail("lines", .fieldRequired); return [] }
        guard let items = value.arrayValue else { v.fail("lines", .fieldNotList); return [] }
        if items.isEmpty { v.fail("lines", .orderNoLines) }
        if items.count > maxLines { v.fail("lines", .orderTooManyLines, ["max": .integer(maxLines)]); return [] }
        var lines: [LineInput] = []
        for (index, item) in items.enumerated() {
            let field = "lines[\(index)]"
            guard let object = item.objectValue else { v.fail(field, .fieldNotObject); continue }
            var line = FieldValidator(object, prefix: field + ".")
            var reference: String?
            let decoded = RecordInput.decode(onto: Order.Line.new(lineNo: index + 1), creating: true, leavingOut: allowNote ? [] : quoteLeavesOut,
                                             validator: &line) { special, key, _, line in
                switch special {
                case .activity:
                    switch object[key] {
                    case .some(.string(let code)) where !code.isEmpty: reference = code
                    case nil, .some(.null): line.fail(key, .fieldRequired)
                    case .some(.number(let number)):
                        if let id = number.int64 { reference = String(id) } else { line.fail(key, .activityReferenceInvalid) }
                    default: line.fail(key, .activityReferenceInvalid)
                    }
                }
            }
            v.append(line.errors)
            // A line with its activity and quantity is checked against the database too, for one 422 with every error.
            if let reference, decoded.quantity > 0 { lines.append(LineInput(position: index, activity: reference, line: decoded)) }
        }
        return lines
    }

    /// Prices each line; a line whose activity is unknown, archived or unpriced for
    /// `year`, or an `inhabitant` line without that year's inhabitants, is a 422 naming it.
    package static func price(_ inputs: [LineInput], municipality: String, year: Int64, in db: Connection) throws -> [PricedLine] {
        var errors: [FieldError] = []
        var priced: [PricedLine] = []
        let inhabitants = try OrderRepository.inhabitants(municipality: municipality, year: year, in: db)
        for (index, input) in inputs.enumerated() {
            let field = "lines[\(input.position)].activity"
            guard let activity = try ActivityRepository.find(input.activity, in: db) else {
                errors.append(.init(field: field, Message(.activityUnknown, ["reference": .string(input.activity)])))
                continue
            }
            guard activity.active else {
                errors.append(.init(field: field, Message(.orderActivityArchived, ["activity": .string(activity.code)])))
                continue
            }
            guard let price = try PriceRepository.price(of: activity, year: year, in: db) else {
                errors.append(.init(field: field, Message(.orderActivityUnpriced, ["activity": .string(activity.code), "year": .integer(year)])))
                continue
            }
            if activity.unit == "inhabitant" && inhabitants == nil {
                errors.append(.init(field: field, Message(.orderInhabitantsMissing, ["activity": .string(activity.code), "municipality": .string(municipality), "year": .integer(year)])))
                continue
            }
            do {
                priced.append(try line(
                    lineNo: index + 1, activity: activity, quantity: input.line.quantity,
                    price: Order.FrozenPrice(unit: activity.unit, unitPriceCents: price.unitPriceCents, vatRate: price.vatRate,
                                             inhabitants: activity.unit == "inhabitant" ? inhabitants : nil)))
            } catch {
                errors.append(.init(field: "lines[\(input.position)].quantity", Message(.orderLineTooLarge)))
            }
        }
        if !errors.isEmpty { throw AppError.validation(errors) }
        return priced
    }

    /// Unknown and archived activities among the lines, so that a 422 for other fields
    /// can list these too.
    package static func referenceErrors(_ inputs: [LineInput], in db: Connection) throws -> [FieldError] {
        var errors: [FieldError] = []
        for input in inputs {
            let field = "lines[\(input.position)].activity"
            if let activity = try ActivityRepository.find(input.activity, in: db) {
                if !activity.active { errors.append(.init(field: field, Message(.orderActivityArchived, ["activity": .string(activity.code)]))) }
            } else {
                errors.append(.init(field: field, Message(.activityUnknown, ["reference": .string(input.activity)])))
            }
        }
        return errors
    }

    /// The amounts of one line: net = quantity × unit price (× inhabitants for the
    /// `inhabitant` unit); VAT per line, rounded half away from zero; gross = net + VAT.
    package static func amounts(quantity: Int64, price: Order.FrozenPrice) throws(Money.Overflow) -> (net: Int64, vat: Int64, gross: Int64) {
        var multiplier = quantity
        if price.unit == "inhabitant" { multiplier = try Money.multiply(quantity, price.inhabitants ?? 0) }
        let net = try Money.multiply(multiplier, price.unitPriceCents)
        guard net <= Money.maxLineCents else { throw Money.Overflow() }
        let vat = try Money.vat(net: net, ratePercent: price.vatRate)
        return (net, vat, try Money.add(net, vat))
    }

    package static func line(lineNo: Int, activity: Activity, quantity: Int64,
                     price: Order.FrozenPrice) throws(Money.Overflow) -> PricedLine {
        let amounts = try amounts(quantity: quantity, price: price)
        return PricedLine(lineNo: lineNo, activityID: activity.id, activityCode: activity.code, activityName: activity.name,
                          quantity: quantity, unit: price.unit, unitPriceCents: price.unitPriceCents, vatRate: price.vatRate,
                          inhabitants: price.inhabitants, netCents: amounts.net, vatCents: amounts.vat, grossCents: amounts.gross)
    }
}
