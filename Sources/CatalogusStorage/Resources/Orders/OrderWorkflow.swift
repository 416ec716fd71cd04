import CatalogusDomain
import Foundation
import JSON
import SQLite

/// The rules of an order's life: who may change it, when, and what a submit checks.
package enum OrderWorkflow {
    /// Validates lines for a draft: every activity must exist and be active, and a line
    /// must stay within what one line may cost at the year's current price. The lines as
    /// stored: the activity found, numbered in order; no price yet.
    package static func resolveLines(_ inputs: [LinePricing.LineInput], municipality: String, year: Int64,
                             in db: Connection) throws -> [Order.Line] {
        let inhabitants = try OrderRepository.inhabitants(municipality: municipality, year: year, in: db)
        var errors: [FieldError] = []
        var resolved: [Order.Line] = []
        errors = try LinePricing.referenceErrors(inputs, in: db)
        if !errors.isEmpty { throw AppError.validation(errors) }
        var net: Int64 = 0
        for input in inputs {
            let activity = try ActivityRepository.require(input.activity, in: db)
            if let price = try PriceRepository.price(of: activity, year: year, in: db) {
                let frozen = Order.FrozenPrice(unit: activity.unit, unitPriceCents: price.unitPriceCents, vatRate: price.vatRate,
                                               inhabitants: activity.unit == "inhabitant" ? inhabitants : nil)
                guard let amounts = try? LinePricing.amounts(quantity: input.quantity, price: frozen) else {
                    errors.append(.init(field: "lines[\(input.position)].quantity", Message(.orderLineTooLarge)))
                    continue
                }
                // At most 500 lines within Money.maxLineCents each: this sum fits.
                net += amounts.net
            }
            var line = input.line
            line.lineNo = resolved.count + 1
            line.activityID = activity.id
            resolved.append(line)
        }
        if errors.isEmpty, net > Money.maxOrderNetCents {
            errors.append(.init(field: "lines", overOrderCeiling(net)))
        }
        if !errors.isEmpty { throw AppError.validation(errors) }
        return resolved
    }

    /// Freezes each line's price at submit; refuses (422, naming the lines) when a line
    /// has no price, an archived activity, or lacks the inhabitants it is priced by.
    package static func freezePrices(_ order: Order, in db: Connection) throws -> Int64 {
        let inputs = order.lines.enumerated().map { index, line in
            LinePricing.LineInput(position: index, activity: String(line.activityID), line: line)
        }
        let priced: [PricedLine]
        do {
            priced = try LinePricing.price(inputs, municipality: order.municipality, year: order.year, in: db)
        }
        try OrderRepository.freeze(order.id, priced, in: db)
        let net = try? Totals(priced).netCents
        guard let net, net <= Money.maxOrderNetCents else {
            throw AppError.validation([.init(field: "lines", overOrderCeiling(net))])
        }
        return net
    }

    package static func overOrderCeiling(_ net: Int64?) -> Message {
        Message(.orderOverCeiling, ["net_cents": net.map { JSONValue.integer($0) } ?? .null, "max_cents": .integer(Money.maxOrderNetCents)])
    }

    /// A new order must leave room under `Money.maxOrdersPerYear` for its municipality and year.
    package static func checkOrderCount(municipality: String, year: Int64, in db: Connection) throws {
        let count = try OrderRepository.count(municipality: municipality, year: year, in: db)
        if count >= Money.maxOrdersPerYear {
            var extensions = JSONObject()
            extensions["max_orders_per_year"] = .integer(Money.maxOrdersPerYear)
            throw AppError.unprocessable(
                .init(.orderTooMany, ["municipality": .string(municipality), "count": .integer(count), "year": .integer(year)]),
                extensions: extensions)
        }
    }

    /// The checks of a submit besides the state machine: a published price list, the
    /// ceiling of a year's orders, the deadline (only an admin submits after it), and the budget.
    package static func checkSubmit(_ order: Order, net: Int64, role: Role, today: String, in db: Connection) throws {
        guard try PriceRepository.isPublished(order.year, in: db) else {
            throw AppError.conflict(.init(.orderPricesUnpublished, ["year": .integer(order.year)]))
        }
        let committed = try OrderRepository.committedNet(municipality: order.municipality, year: order.year, excluding: order.id, in: db)
        var total = committed
        try total.add(net)
        if total > Money.maxYearNetCents {
            var extensions = JSONObject()
            extensions["committed_net_cents"] = .integer(committed)
            extensions["max_year_net_cents"] = .integer(Money.maxYearNetCents)
            throw AppError.unprocessable(
                .init(.orderOverYearCeiling, ["municipality": .string(order.municipality), "year": .integer(order.year),
                                              "total_cents": .integer(total), "max_cents": .integer(Money.maxYearNetCents)]),
                extensions: extensions)
        }
        guard let budget = try BudgetRepository.find(municipality: order.municipality, year: order.year, in: db) else { return }
        if let deadline = budget.orderDeadline, today > deadline, !role.may(.ordersSubmitLate) {
            throw AppError.conflict(.init(.orderDeadlinePassed, ["municipality": .string(order.municipality), "year": .integer(order.year), "deadline": .string(deadline)]))
        }
        let limit = budget.netCents
        if total > limit {
            var extensions = JSONObject()
            extensions["exceeded_by_cents"] = .integer(total - limit)
            extensions["budget_net_cents"] = .integer(limit)
            extensions["committed_net_cents"] = .integer(committed)
            throw AppError.unprocessable(
                .init(.orderOverBudget, ["municipality": .string(order.municipality), "year": .integer(order.year), "total_cents": .integer(total),
                                         "exceeded_by_cents": .integer(total - limit), "budget_cents": .integer(limit)]),
                extensions: extensions)
        }
    }
}
