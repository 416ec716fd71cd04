import JSON

/// An order with its lines and history, as stored (prices only on submitted lines).
struct Order: Sendable {
    struct Line: Sendable, Equatable {
        var lineNo: Int
        var activityID: Int64
        var quantity: Int64
        var note: String?
        /// Frozen at submit; nil while the order is a draft.
        var frozen: FrozenPrice?
    }

    struct FrozenPrice: Sendable, Equatable {
        var unit: String
        var unitPriceCents: Int64
        var vatRate: Int64
        var inhabitants: Int64?
    }

    struct HistoryEntry: Sendable {
        var status: OrderStatus
        var at: String
        var by: String
        var reason: String?
        /// The role of the token that made the change (nil once it is unknown).
        var byRole: Role?

        /// What a caller of `role` is shown as `by`: municipalities see the library
        /// organisation, not the internal names of its staff's and admins' tokens.
        func by(shownTo role: Role?) -> String {
            if role == .municipality, byRole == .admin || byRole == .staff { return Vocabulary.organisationName }
            return by
        }
    }

    var id: Int64
    var number: String
    var municipality: String
    var year: Int64
    var status: OrderStatus
    var reference: String?
    var cancelReason: String?
    var version: Int64
    var createdAt: String
    var updatedAt: String
    var lines: [Line]
    var history: [HistoryEntry]
}
