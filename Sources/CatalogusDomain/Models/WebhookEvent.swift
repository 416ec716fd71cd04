import JSON

/// The events a hook can listen to (issue 14). `webhook.test` is only sent by
/// `POST /api/v1/webhooks/{id}/test`, to that hook alone; `registration.imported` goes to
/// the listeners of `registration.created`.
package enum WebhookEventType: String, CaseIterable, Sendable {
    case orderCreated = "order.created", orderSubmitted = "order.submitted", orderConfirmed = "order.confirmed"
    case orderReopened = "order.reopened", orderCancelled = "order.cancelled"
    case pricesPublished = "prices.published"
    case registrationCreated = "registration.created", registrationChanged = "registration.changed"
    case registrationDeleted = "registration.deleted"
    /// A bulk import: one event per municipality and up to `Outbox.maxIDsPerImport`
    /// registrations, naming them, to the hooks that listen to `registration.created`.
    case registrationImported = "registration.imported"
    case figuresChanged = "figures.changed"
    case test = "webhook.test"

    /// The event a hook subscribes to in order to get this one.
    package var subscription: WebhookEventType { self == .registrationImported ? .registrationCreated : self }

    /// The event as a person reads it; a new event does not compile without one.
    package var label: String {
        switch self {
        case .orderCreated: "bestelling aangemaakt"
        case .orderSubmitted: "bestelling ingediend"
        case .orderConfirmed: "bestelling bevestigd"
        case .orderReopened: "bestelling teruggezet naar concept"
        case .orderCancelled: "bestelling geannuleerd"
        case .pricesPublished: "prijslijst gepubliceerd"
        case .registrationCreated: "registratie toegevoegd"
        case .registrationChanged: "registratie gewijzigd"
        case .registrationDeleted: "registratie verwijderd"
        case .registrationImported: "registraties geïmporteerd"
        case .figuresChanged: "kengetallen gewijzigd"
        case .test: "testbericht"
        }
    }
}

extension OrderAction {
    /// The event an order's transition announces.
    package var event: WebhookEventType {
        switch self {
        case .submit: .orderSubmitted
        case .confirm: .orderConfirmed
        case .reopen: .orderReopened
        case .cancel: .orderCancelled
        }
    }
}
