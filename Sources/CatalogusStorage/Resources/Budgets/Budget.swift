import CatalogusDomain
import JSON

/// A municipality's budget of a year (net cents, excluding VAT) and its order deadline,
/// as stored. No budget set means no limit.
package struct Budget: Sendable, Equatable {
    package var municipality: String
    package var year: Int64
    package var netCents: Int64
    /// `YYYY-MM-DD`; after it only an admin may submit.
    package var orderDeadline: String?
    package var updatedAt: String

    package init(municipality: String, year: Int64, netCents: Int64, orderDeadline: String? = nil, updatedAt: String) {
        self.municipality = municipality
        self.year = year
        self.netCents = netCents
        self.orderDeadline = orderDeadline
        self.updatedAt = updatedAt
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

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("municipality"); w.string(budget.municipality)
        w.key("year"); w.int(budget.year)
        w.key("net_cents"); w.int(budget.netCents)
        w.key("order_deadline"); w.string(budget.orderDeadline)
        w.key("committed_net_cents"); w.int(committedNetCents)
        w.key("remaining_net_cents"); w.int(remainingNetCents)
        w.key("updated_at"); w.string(budget.updatedAt)
        w.endObject()
    }
}
