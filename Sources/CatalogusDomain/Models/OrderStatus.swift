/// An order's states and the transitions docs/domain.md#orders allows:
///
///     draft ──submit──▶ submitted ──confirm──▶ confirmed
///       ▲                  │  │                    │
///       └─────reopen───────┘  │                    │
///     draft|submitted ──cancel──▶ cancelled ◀──cancel (admin, reason)──┘
package enum OrderStatus: String, Sendable, CaseIterable {
    case draft, submitted, confirmed, cancelled

    /// The status as a person reads it; a new status does not compile without one.
    package var label: String {
        switch self {
        case .draft: "concept"
        case .submitted: "ingediend"
        case .confirmed: "bevestigd"
        case .cancelled: "geannuleerd"
        }
    }
}

package enum OrderAction: String, Sendable, CaseIterable {
    case submit, confirm, reopen, cancel

    /// The states this action starts from.
    package var allowedFrom: [OrderStatus] {
        switch self {
        case .submit: [.draft]
        case .confirm: [.submitted]
        case .reopen: [.submitted]
        case .cancel: [.draft, .submitted, .confirmed]
        }
    }

    package var target: OrderStatus {
        switch self {
        case .submit: .submitted
        case .confirm: .confirmed
        case .reopen: .draft
        case .cancel: .cancelled
        }
    }

    /// The permission this action needs from `status` (after `allowedFrom` passed).
    package func permission(from status: OrderStatus) -> Permission {
        switch (self, status) {
        case (.submit, _): .ordersSubmit
        case (.confirm, _): .ordersConfirm
        case (.reopen, _): .ordersReopen
        case (.cancel, .confirmed): .ordersCancelConfirmed
        case (.cancel, _): .ordersCancel
        }
    }

    /// Every permission that takes this action from some state, for the document.
    package var permissions: [Permission] {
        var seen = Set<Permission>()
        return allowedFrom.map(permission(from:)).filter { seen.insert($0).inserted }
    }

    package enum Refusal: Error, Equatable {
        /// 409: the order is in a state this action does not start from.
        case wrongState(current: OrderStatus, allowed: [OrderStatus])
        /// 403: this role lacks the action's permission.
        case wrongRole(Role)
    }

    /// The new status, or why not. Pure, so the whole table is tested directly.
    package func transition(from status: OrderStatus, by role: Role) -> Result<OrderStatus, Refusal> {
        guard allowedFrom.contains(status) else { return .failure(.wrongState(current: status, allowed: allowedFrom)) }
        guard role.may(permission(from: status)) else { return .failure(.wrongRole(role)) }
        return .success(target)
    }
}

