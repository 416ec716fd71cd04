import CatalogusDomain
import JSON

/// A municipality's budget of a year (net cents, excluding VAT) and its order deadline,
/// as stored. No budget set means no limit.
///
/// Each field is declared in this file only, as `Location`'s are: the stored property,
/// its `Column`, the read in `init(_:)`, its `value(_:into:)` (`BudgetView`'s JSON, the
/// audit record, the upsert) and its `field(_:)` (`BudgetInput` and the OpenAPI schemas).
package struct Budget: Sendable, Equatable, FieldedRecord {
    package enum Column: String, RecordColumn {
        case municipality, year
        case netCents = "net_cents"
        case orderDeadline = "order_deadline"
        case updatedAt = "updated_at"
    }

    package static let table = RecordTable<Column>(name: "budget")

    package static let netCentsRange: ClosedRange<Int64> = 0...100_000_000_000_000

    package var municipality: String
    package var year: Int64
    package var netCents: Int64
    /// `YYYY-MM-DD`; after it only an admin may submit.
    package var orderDeadline: String?
    package var updatedAt: String
}

extension Budget {
    package init(_ row: RecordRow<Column>) throws {
        municipality = try row.string(.municipality)
        year = try row.int64(.year)
        netCents = try row.int64(.netCents)
        orderDeadline = try row.optionalString(.orderDeadline)
        updatedAt = try row.string(.updatedAt)
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .municipality: sink.text(municipality)
        case .year: sink.integer(year)
        case .netCents: sink.integer(netCents)
        case .orderDeadline: sink.optionalText(orderDeadline)
        case .updatedAt: sink.text(updatedAt)
        }
    }

    /// How PUT sets a column (`BudgetInput`); nil for the path's municipality and year
    /// and for the time, which a body does not name.
    package static func field(_ column: Column) -> RecordField<Budget>? {
        switch column {
        case .municipality, .year, .updatedAt: nil
        case .netCents: .integer(\.netCents, netCentsRange)
        case .orderDeadline: .optionalDate(\.orderDeadline)
        }
    }

    /// A budget has no field of its own kind.
    package typealias SpecialField = NoSpecialField

    /// The budget of the path before the body's fields are applied: no deadline.
    package static func new(municipality: String, year: Int64, now: String) -> Budget {
        Budget(municipality: municipality, year: year, netCents: 0, orderDeadline: nil, updatedAt: now)
    }
}

/// A budget as the API shows it: with what the submitted and confirmed orders commit
/// against it. The response body and the audit log's snapshot.
package struct BudgetView: JSONRepresentable, Equatable {
    package var budget: Budget
    package var committedNetCents: Int64

    package init(budget: Budget, committedNetCents: Int64) {
        self.budget = budget
        self.committedNetCents = committedNetCents
    }

    /// Negative when the budget was lowered below what is committed.
    package var remainingNetCents: Int64 { budget.netCents - committedNetCents }

    /// The budget's columns, with what is committed and what remains after `order_deadline`.
    package func write(to w: inout JSONWriter) {
        budget.writeColumns(to: &w) { column, w in
            guard column == .orderDeadline else { return }
            w.key("committed_net_cents"); w.int(committedNetCents)
            w.key("remaining_net_cents"); w.int(remainingNetCents)
        }
    }
}
