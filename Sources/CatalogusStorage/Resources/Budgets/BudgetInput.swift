import CatalogusDomain
import HTTPServer
import JSON

/// `PUT /api/v1/municipalities/{slug}/budgets/{year}`'s body, and the year of the path.
package struct BudgetInput: Equatable {
    package static let netCentsRange: ClosedRange<Int64> = 0...100_000_000_000_000
    package static let deadlineLength = 10

    package var netCents: Int64
    package var orderDeadline: String?

    package static func decode(_ body: JSONObject) throws -> BudgetInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["net_cents", "order_deadline"])
        let cents = v.integer("net_cents", range: netCentsRange)
        let deadline = v.string("order_deadline", required: false, maxLength: deadlineLength)
        if let deadline, !CalendarDate.isValid(deadline) { v.fail("order_deadline", .fieldNotDate) }
        let netCents = try v.finish(cents)
        return BudgetInput(netCents: netCents, orderDeadline: deadline)
    }

    /// The `{year}` of a budget's path (or the `year` a list requires).
    package static func year(_ text: String?) throws -> Int64 {
        guard let text, let year = Int64(text), Vocabulary.years.contains(year) else {
            throw AppError.validation([.init(field: "year", QueryDecoder.yearMessage)])
        }
        return year
    }
}
