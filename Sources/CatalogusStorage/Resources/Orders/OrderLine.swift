import CatalogusDomain
import JSON

/// An order's line as stored: its activity, quantity and note, and the price frozen at
/// submit (none while the order is a draft).
///
/// Each field is declared in this file only, as `Activity`'s are: the stored property,
/// its `Column`, the read in `init(_:)`, its `value(_:into:)` (the line's
/// JSON in `OrderView`, the audit record, INSERT) and its `field(_:)` (`LinePricing.parseLines`
/// and the OpenAPI schemas). The line as shown is priced (`ShownLine`): the price columns
/// and the amounts come from the price, frozen or current, and the activity is shown by
/// its reference; every other column is written as the record has it.
extension Order {
    package struct Line: Sendable, Equatable {
        package var lineNo: Int
        package var activityID: Int64
        package var quantity: Int64
        /// Frozen at submit; nil while the order is a draft.
        package var frozen: FrozenPrice?
        package var note: String?
    }
}

extension Order.Line: FieldedRecord {
    /// The table's columns but `order_id` (the order's, which a line is read by), in JSON order.
    package enum Column: String, RecordColumn {
        case lineNo = "line_no"
        case activityID = "activity_id"
        case quantity, unit
        case unitPriceCents = "unit_price_cents"
        case vatRate = "vat_rate"
        case inhabitants, note

        /// The member's name in the API: the SQL name, but for the activity (its reference).
        package var jsonKey: String { self == .activityID ? "activity" : rawValue }
    }

    package static let table = RecordTable<Column>(name: "order_line")

    package static let maxQuantity: Int64 = 1_000_000_000
    package static let maxNoteLength = 1000

    package init(_ row: RecordRow<Column>) throws {
        lineNo = Int(try row.int64(.lineNo))
        activityID = try row.int64(.activityID)
        quantity = try row.int64(.quantity)
        frozen = try row.optionalString(.unit).map { unit in
            Order.FrozenPrice(unit: unit, unitPriceCents: try row.int64(.unitPriceCents), vatRate: try row.int64(.vatRate),
                              inhabitants: try row.optionalInt64(.inhabitants))
        }
        note = try row.optionalString(.note)
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .lineNo: sink.integer(Int64(lineNo))
        case .activityID: sink.integer(activityID)
        case .quantity: sink.integer(quantity)
        case .unit: sink.optionalText(frozen?.unit)
        case .unitPriceCents: sink.optionalInteger(frozen?.unitPriceCents)
        case .vatRate: sink.optionalInteger(frozen?.vatRate)
        case .inhabitants: sink.optionalInteger(frozen?.inhabitants)
        case .note: sink.optionalText(note)
        }
    }

    /// How a body's line sets a column; nil for one the server sets (the number is the
    /// line's position, the price is frozen at submit).
    package static func field(_ column: Column) -> RecordField<Order.Line>? {
        switch column {
        case .lineNo, .unit, .unitPriceCents, .vatRate, .inhabitants: nil
        case .activityID: .special(.activity)
        case .quantity: .integer(\.quantity, 1...maxQuantity)
        case .note: .optionalText(\.note, maxLength: maxNoteLength)
        }
    }

    package enum SpecialField: RecordSpecialField {
        /// An activity's id or code, found when the line is priced (`LinePricing`).
        case activity

        package var requiredOnCreate: Bool { true }
    }

    /// A line before the body's fields are applied.
    package static func new(lineNo: Int) -> Order.Line {
        Order.Line(lineNo: lineNo, activityID: 0, quantity: 0, frozen: nil, note: nil)
    }
}
