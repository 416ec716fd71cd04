/// What a mail is about: the stable code in the outbox and `GET /api/v1/mail`, and the
/// words an admin reads on `/admin/mail`. A new kind does not compile without its label.
package enum MailKind: String, CaseIterable, Sendable {
    case invitation, reset, passwordReset = "password_reset"
    case orderSubmitted = "order.submitted", orderConfirmed = "order.confirmed", orderReopened = "order.reopened"
    case orderCancelled = "order.cancelled"
    case deadlineReminder = "reminder.deadline", keyFiguresReminder = "reminder.key_figures"

    package var label: String {
        switch self {
        case .invitation: "Uitnodiging"
        case .reset: "Nieuwe link (beheerder)"
        case .passwordReset: "Wachtwoord vergeten"
        case .orderSubmitted: "Bestelling ingediend"
        case .orderConfirmed: "Bestelling bevestigd"
        case .orderReopened: "Bestelling heropend"
        case .orderCancelled: "Bestelling geannuleerd"
        case .deadlineReminder: "Herinnering besteldeadline"
        case .keyFiguresReminder: "Herinnering kerncijfers"
        }
    }

    /// The mail about an order that has just reached `status` (a draft again: reopened).
    package static func order(reached status: OrderStatus) -> MailKind {
        switch status {
        case .submitted: .orderSubmitted
        case .confirmed: .orderConfirmed
        case .draft: .orderReopened
        case .cancelled: .orderCancelled
        }
    }
}
