import CatalogusStorage
import JSON

/// Budgets (`BudgetView`) and their input (`BudgetInput`).
extension OpenAPIDocument {
    package static let budgetSchemas: [(String, JSONValue)] = [
        ("Budget", closedObject([
            ("municipality", ["type": "string"]),
            ("year", schemaRef("Year")),
            ("net_cents", integer(0)),
            ("order_deadline", ["anyOf": [date, ["type": "null"]], "description": "After it only an admin may submit."]),
            ("committed_net_cents", ["type": "integer", "description": "Net total of submitted and confirmed orders."]),
            ("remaining_net_cents", ["type": "integer", "description": "Negative when the budget was lowered below what is committed."]),
            ("updated_at", schemaRef("Timestamp")),
        ])),
        ("BudgetInput", closedObject([
            ("net_cents", integer(BudgetInput.netCentsRange.lowerBound, BudgetInput.netCentsRange.upperBound)),
            ("order_deadline", ["anyOf": [date, ["type": "null"]]]),
        ], optional: ["order_deadline"], examples: [["net_cents": 5_000_000, "order_deadline": "2026-03-31"]])),
    ]
}
