/// An order's states and the transitions API.md allows:
///
///     draft ──submit──▶ submitted ──confirm──▶ confirmed
///       ▲                  │  │                    │
///       └─────reopen───────┘  │                    │
///     draft|submitted ──cancel──▶ cancelled ◀──cancel (admin, reason)──┘
enum OrderStatus: String, Sendable, CaseIterable {
    case draft, submitted, confirmed, cancelled

    /// The status as a person reads it; a new status does not compile without one.
    var label: String {
        switch self {
        case .draft: "concept"
        case .submitted: "ingediend"
        case .confirmed: "bevestigd"
        case .cancelled: "geannuleerd"
        }
    }
}

enum OrderAction: String, Sendable, CaseIterable {
    case submit, confirm, reopen, cancel

    /// The states this action starts from.
    var allowedFrom: [OrderStatus] {
        switch self {
        case .submit: [.draft]
        case .confirm: [.submitted]
        case .reopen: [.submitted]
        case .cancel: [.draft, .submitted, .confirmed]
        }
    }

    var target: OrderStatus {
        switch self {
        case .submit: .submitted
        case .confirm: .confirmed
        case .reopen: .draft
        case .cancel: .cancelled
        }
    }

    /// Who may take this action from `status` (after `allowedFrom` passed).
    func allowedRoles(from status: OrderStatus) -> Set<Role> {
        switch (self, status) {
        case (.submit, _): [.municipality, .admin]
        case (.confirm, _), (.reopen, _): [.admin]
        case (.cancel, .confirmed): [.admin]
        case (.cancel, _): [.municipality, .admin]
        }
    }

    enum Refusal: Error, Equatable {
        /// 409: the order is in a state this action does not start from.
        case wrongState(current: OrderStatus, allowed: [OrderStatus])
        /// 403: this role may not take the action.
        case wrongRole(Role)
    }

    /// The new status, or why not. Pure, so the whole table is tested directly.
    func transition(from status: OrderStatus, by role: Role) -> Result<OrderStatus, Refusal> {
        guard allowedFrom.contains(status) else { return .failure(.wrongState(current: status, allowed: allowedFrom)) }
        guard allowedRoles(from: status).contains(role) else { return .failure(.wrongRole(role)) }
        return .success(target)
    }
}

