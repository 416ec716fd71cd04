import CatalogusStorage
import JSON

/// Budgets (`BudgetView`) and their input (`BudgetInput`), from `Budget`'s columns.
extension OpenAPIDocument {
    package static let budgetSchemas: [(String, JSONValue)] = [
        ("Budget", closedObject(recordSchema(Budget.self, own: { column in
            switch column {
            case .municipality: ["type": "string"]
            case .year: schemaRef("Year")
            case .orderDeadline: ["anyOf": [date, ["type": "null"]], "description": "After it only an admin may submit."]
            default: nil
            }
        }, after: { column in
            column == .orderDeadline ? [
                ("committed_net_cents", ["type": "integer", "description": "Net total of submitted and confirmed orders."]),
                ("remaining_net_cents", ["type": "integer", "description": "Negative when the budget was lowered below what is committed."]),
            ] : []
        }))),
        ("BudgetInput", closedObject(recordInputFields(Budget.self),
                                     optional: recordOptionalOnCreate(Budget.self),
                                     examples: [["net_cents": 5_000_000, "order_deadline": "2026-03-31"]])),
    ]
}
