import CatalogusDomain
import JSON

/// What a person wants to be mailed (migration 0021). Invitations and reset links are
/// always sent: they are not a preference.
package struct MailPreferences: Sendable, Equatable, JSONRepresentable {
    /// Mails about orders: a submitted one (catalogue managers), a confirmed, reopened or
    /// cancelled one (the municipality's people).
    package var orders: Bool
    /// The order deadline and the key figures in January.
    package var reminders: Bool

    package init(orders: Bool = true, reminders: Bool = true) {
        self.orders = orders
        self.reminders = reminders
    }

    /// The kinds of mail a person can turn off, as the API names them and the column that keeps each.
    package enum Kind: String, CaseIterable, Sendable {
        case orders, reminders

        var column: String { "mail_" + rawValue }

        /// Who gets this kind of mail, as (permission, bound to a municipality): `OrderMails`
        /// and `ReminderJob` ask for exactly these when they pick recipients.
        package var audiences: [(permission: Permission, ownMunicipality: Bool)] {
            switch self {
            case .orders: [(.ordersConfirm, false), (.ordersRead, true)]
            case .reminders: [(.ordersSubmit, true), (.figuresWrite, false)]
            }
        }

        /// Whether a person of `role` ever gets this kind of mail (`/account` offers only those).
        package func applies(to role: Role) -> Bool {
            audiences.contains { role.may($0.permission) && role.grant.ownMunicipalityOnly == $0.ownMunicipality }
        }

        /// As `/account` labels the switch.
        package var label: String {
            switch self {
            case .orders: "E-mail over bestellingen (ingediend, bevestigd, heropend, geannuleerd)"
            case .reminders: "Herinneringen (de besteldeadline, de kerncijfers in januari)"
            }
        }
    }

    package subscript(kind: Kind) -> Bool {
        get { kind == .orders ? orders : reminders }
        set { if kind == .orders { orders = newValue } else { reminders = newValue } }
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        for kind in Kind.allCases {
            w.key(kind.rawValue)
            w.bool(self[kind])
        }
        w.endObject()
    }
}
