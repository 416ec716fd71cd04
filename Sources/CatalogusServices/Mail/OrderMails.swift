import CatalogusDomain
import CatalogusStorage
import SQLite

/// The mails an order's step causes, queued in the step's transaction: a submitted order
/// to those who confirm orders, a confirmed, reopened or cancelled one to the people of
/// the order's municipality. The person who took the step is not told what they just did.
package enum OrderMails {
    package static func queue(_ view: OrderView, reached status: OrderStatus, reason: String?, byUser actorUserID: Int64?,
                              mailer: Mailer?, in db: Connection) throws {
        guard let mailer else { return }
        let order = view.order
        let recipients: [MailRecipientRepository.Person]
        switch status {
        case .submitted:
            recipients = try MailRecipientRepository.people(holding: .ordersConfirm, wanting: .orders, municipality: nil, in: db)
        case .confirmed, .draft, .cancelled:
            recipients = try MailRecipientRepository.people(holding: .ordersRead, wanting: .orders, municipality: order.municipality, in: db)
        }
        let wanted = recipients.filter { $0.id != actorUserID }
        guard !wanted.isEmpty else { return }
        let name = try MunicipalityRepository.find(order.municipality, in: db)?.name ?? order.municipality
        let summary = MailTexts.OrderSummary(number: order.number, year: order.year, municipalityName: name,
                                             netCents: view.totals.netCents, vatCents: view.totals.vatCents,
                                             grossCents: view.totals.grossCents, reference: order.reference, reason: reason)
        let link = mailer.link("/orders/\(order.id)")
        for person in wanted {
            try mailer.queue(MailTexts.order(summary, reached: status, name: person.name, link: link), kind: .order(reached: status),
                             to: person.name, address: person.email, in: db)
        }
    }
}
