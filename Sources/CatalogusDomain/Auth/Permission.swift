/// What a caller may do, named once. Endpoints, pages, services and the order state
/// machine ask for a permission, never for a role; `Role.grant` says which roles hold
/// which. The raw value is the stable code in `/openapi.json` (`x-permission`).
public enum Permission: String, Sendable, CaseIterable {
    /// Public reads and the public pages with a credential. A role without it (a scraper)
    /// reaches only the endpoints of the permissions it does hold.
    case browse = "browse"
    /// One's own account: its page and its sessions. The roles that hold it are the roles of people.
    case accountOwn = "account.own"
    case catalogueWrite = "catalogue.write"
    case referenceWrite = "reference.write"
    case inhabitantsWrite = "inhabitants.write"
    case pricesWrite = "prices.write"
    case pricesPublish = "prices.publish"
    case budgetsRead = "budgets.read"
    case budgetsWrite = "budgets.write"
    case ordersRead = "orders.read"
    /// Create and edit drafts; also the gate of every order action, so that the state
    /// machine answers a wrong state (409) before a missing action permission (403).
    case ordersWrite = "orders.write"
    case ordersSubmit = "orders.submit"
    /// Submit after the budget's order deadline.
    case ordersSubmitLate = "orders.submit-late"
    case ordersConfirm = "orders.confirm"
    case ordersReopen = "orders.reopen"
    /// Cancel a draft or a submitted order.
    case ordersCancel = "orders.cancel"
    case ordersCancelConfirmed = "orders.cancel-confirmed"
    case registrationsRead = "registrations.read"
    case registrationsWrite = "registrations.write"
    /// Write and correct a jaarbericht's stories (highlights); they are read with `statsReadOwn`.
    case highlightsWrite = "highlights.write"
    /// The organisation's foreword of a year and the publication of a municipality's jaarbericht.
    case reportsWrite = "reports.write"
    case figuresRead = "figures.read"
    case figuresWrite = "figures.write"
    /// A municipality's report and time series (only its own for a role bound to one).
    case statsReadOwn = "stats.read-own"
    /// The overview that compares all municipalities.
    case statsReadAll = "stats.read-all"
    case peopleManage = "people.manage"
    case webhooksManage = "webhooks.manage"
    case auditRead = "audit.read"
    /// The mail outbox: what was sent to whom, and what is waiting or failed.
    case mailRead = "mail.read"
    case metricsRead = "metrics.read"
}

/// What one role may do and for whom: an entry of the role table.
public struct RoleGrant: Sendable {
    public let permissions: Set<Permission>
    /// A role bound to one municipality acts for that municipality only: it reads and
    /// changes its own orders, budgets, registrations and statistics, and nobody else's.
    public let ownMunicipalityOnly: Bool
}

extension Role {
    /// The role table: the one place that says what each role may do. Adding a role is
    /// a case of `Role` and its entry here; the compiler points at nothing else.
    public var grant: RoleGrant {
        switch self {
        case .admin:
            RoleGrant(permissions: Set(Permission.allCases), ownMunicipalityOnly: false)
        case .staff:
            RoleGrant(permissions: [.browse, .accountOwn, .inhabitantsWrite, .budgetsRead, .ordersRead,
                                    .registrationsRead, .registrationsWrite, .highlightsWrite, .figuresRead, .figuresWrite,
                                    .statsReadOwn, .statsReadAll],
                      ownMunicipalityOnly: false)
        case .municipality:
            RoleGrant(permissions: [.browse, .accountOwn, .budgetsRead, .ordersRead, .ordersWrite, .ordersSubmit,
                                    .ordersCancel, .registrationsRead, .figuresRead, .statsReadOwn],
                      ownMunicipalityOnly: true)
        case .viewer:
            RoleGrant(permissions: [.browse, .accountOwn, .registrationsRead, .figuresRead, .statsReadOwn, .statsReadAll],
                      ownMunicipalityOnly: false)
        case .metrics:
            RoleGrant(permissions: [.metricsRead], ownMunicipalityOnly: false)
        }
    }

    public func may(_ permission: Permission) -> Bool { grant.permissions.contains(permission) }

    /// The roles that hold `permission`, in `allCases` order (for documents and messages).
    public static func holding(_ permission: Permission) -> [Role] { allCases.filter { $0.may(permission) } }

    /// The roles an account for a person may have: those with an account of their own.
    public static var forPeople: [Role] { holding(.accountOwn) }

    /// A role read from the database; an unknown one is an error (logged, the request
    /// refused), never quietly some other role.
    package static func stored(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text) else { throw UnknownStoredRole(stored: text) }
        return role
    }
}

/// A token or account whose stored role this server does not know (a newer server wrote
/// it, or the database was edited): it may do nothing until an admin fixes the row.
package struct UnknownStoredRole: Error, CustomStringConvertible {
    package let stored: String
    package var description: String { "the stored role '\(stored.prefix(64))' is not a role of this server" }
}

extension Principal {
    public func may(_ permission: Permission) -> Bool { role.may(permission) }

    /// The one municipality this caller acts for, when its role is bound to one ("" when a
    /// bound caller has none, so that it sees nothing); nil when it acts for all.
    public var ownMunicipality: String? { role.grant.ownMunicipalityOnly ? (municipality ?? "") : nil }

    /// Whether the caller may act for `slug`: always, unless its role is bound to another municipality.
    public func actsFor(municipality slug: String) -> Bool { ownMunicipality.map { $0 == slug } ?? true }
}
