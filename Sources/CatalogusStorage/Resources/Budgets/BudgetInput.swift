import CatalogusDomain
import JSON

/// `PUT /api/v1/municipalities/{slug}/budgets/{year}`'s body, read by `Budget.field(_:)`,
/// and the year of the path.
package enum BudgetInput {
    /// The budget of the path as the body sets it; the service stamps the time.
    package static func decode(_ body: JSONObject, municipality: String, year: Int64) throws -> Budget {
        var v = FieldValidator(body)
        let budget = try RecordInput.decode(onto: Budget.new(municipality: municipality, year: year, now: ""), creating: true, validator: &v)
        try v.finish()
        return budget
    }

    /// The `{year}` of a budget's path (or the `year` a list requires).
    package static func year(_ text: String?) throws -> Int64 {
        guard let text, let year = Int64(text), Vocabulary.years.contains(year) else {
            throw AppError.validation([.init(field: "year", QueryDecoder.yearMessage)])
        }
        return year
    }
}
