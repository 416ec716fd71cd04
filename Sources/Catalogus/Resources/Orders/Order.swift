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

        /// What a caller of `role` is shown as `by`: a role bound to a municipality sees the
        /// library organisation, not the internal names of the library's own tokens and accounts.
        func by(shownTo role: Role?) -> String {
            if role?.grant.ownMunicipalityOnly == true, byRole?.grant.ownMunicipalityOnly == false { return Vocabulary.organisationName }
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
