import CatalogusDomain
import CatalogusStorage
import JSON

/// Orders (`OrderView`) and their input (`OrderInput`, `OrderChange`).
extension OpenAPIDocument {
    package static let orderStatus = enumeration(OrderStatus.allCases.map(\.rawValue))
    package static let date: JSONValue = ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]

    package static let orderSchemas: [(String, JSONValue)] = [
        ("Order", closedObject(orderMembers)),
        // A draft line whose activity has no price that year has nulls for the amounts.
        ("OrderLine", closedObject(orderLineMembers, optional: [Order.Line.Column.inhabitants.jsonKey])),
        ("OrderInput", closedObject(orderFields(creating: true) + [("lines", orderLinesInput)], optional: recordOptionalOnCreate(Order.self), examples: [[
            "municipality": "midden-drenthe", "year": 2026, "reference": "Inkoop 2026-14",
            "lines": [["activity": "biebfabriek", "quantity": 4], ["activity": 1, "quantity": 1, "note": "Boekenweek"]],
        ]])),
        ("OrderChange", closedObject(orderFields(creating: false) + [("lines", orderLinesInput)],
                                     optional: Set(orderFields(creating: false).map(\.0) + ["lines"]), examples: [["reference": "Inkoop 2026-15"]])),
    ]

    /// The order: its columns, with the lines and totals after `reference` and the history after `cancel_reason`.
    package static let orderMembers: [(String, JSONValue)] = Order.Column.allCases.flatMap { column -> [(String, JSONValue)] in
        let member = (column.jsonKey, recordOutput(column, of: Order.self) ?? orderOutput(column))
        switch column {
        case .reference:
            return [member, ("lines", ["type": "array", "items": schemaRef("OrderLine")]), ("totals", schemaRef("Totals")),
                    ("prices_frozen", ["type": "boolean", "description": "The lines carry the prices frozen at submit."])]
        case .cancelReason:
            return [member, ("history", ["type": "array", "items": closedObject([
                ("status", orderStatus), ("at", schemaRef("Timestamp")),
                ("by", ["type": "string", "description": "The token's name."]), ("reason", ["type": "string"]),
            ], optional: ["reason"])])]
        default: return [member]
        }
    }

    /// A member the kind of field does not describe.
    package static func orderOutput(_ column: Order.Column) -> JSONValue {
        switch column {
        case .number: ["type": "string", "pattern": "^[0-9]{4}-GM[0-9]{4}-[0-9]{4,}$", "examples": ["2026-GM1731-0001"]]
        case .year: schemaRef("Year")
        case .status: orderStatus
        case .cancelReason: nullable("string")
        default: ["type": "string"]
        }
    }

    /// What POST (`creating`) or PATCH may set of the order itself; `lines` come apart.
    package static func orderFields(creating: Bool) -> [(String, JSONValue)] {
        recordInputFields(Order.self, creating: creating) { special in
            switch special {
            case .municipality: municipalitySlug()
            case .year: schemaRef("Year")
            }
        }
    }

    /// A line as shown (`ShownLine`): its columns, with the amounts after `inhabitants`.
    package static let orderLineMembers: [(String, JSONValue)] = recordSchema(Order.Line.self, own: orderLineOutput).flatMap { member in
        member.0 == Order.Line.Column.inhabitants.jsonKey
            ? [member, ("net_cents", nullable("integer")), ("vat_cents", nullable("integer")), ("gross_cents", nullable("integer"))]
            : [member]
    }

    /// A member of a line the kind of field does not describe: what the price decides.
    package static func orderLineOutput(_ column: Order.Line.Column) -> JSONValue? {
        switch column {
        case .lineNo: integer(1)
        case .activityID: schemaRef("ActivityReference")
        case .unit: enumeration(Vocabulary.units)
        case .unitPriceCents: nullable("integer", [("minimum", 0)])
        case .vatRate: ["type": ["integer", "null"], "enum": .array(Vocabulary.vatRates.map { .integer($0) } + [.null])]
        case .inhabitants: nullable("integer", [("minimum", 0), ("description", "Only for the `inhabitant` unit.")])
        default: nil
        }
    }

    /// `lines` replaces all lines of an order; a line names an activity by id or code.
    package static let orderLinesInput: JSONValue = [
        "type": "array", "minItems": 1, "maxItems": .integer(Int64(LinePricing.maxLines)),
        "items": closedObject(recordInputFields(Order.Line.self) { _ in activityReferenceInput }, optional: recordOptionalOnCreate(Order.Line.self)),
    ]
}
