import JSON

/// A municipality's budget of a year (net cents, excluding VAT) and its order deadline,
/// as stored. No budget set means no limit.
struct Budget: Sendable, Equatable {
    var municipality: String
    var year: Int64
    var netCents: Int64
    /// `YYYY-MM-DD`; after it only an admin may submit.
    var orderDeadline: String?
    var updatedAt: String
}

/// A budget as the API shows it: with what the submitted and confirmed orders commit
/// against it. The response body and the audit log's snapshot.
struct BudgetView: JSONRepresentable, Equatable {
    var budget: Budget
    var committedNetCents: Int64

    /// Negative when the budget was lowered below what is committed.
    var remainingNetCents: Int64 { budget.netCents - committedNetCents }

    func write(to w: inout JSONWriter) {
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
