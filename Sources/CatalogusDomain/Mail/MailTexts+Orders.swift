/// The mails about an order: a submitted one to the catalogue managers, a confirmed,
/// reopened or cancelled one to the municipality's people.
extension MailTexts {
    /// What a mail about an order says about it.
    package struct OrderSummary: Sendable {
        package var number: String
        package var year: Int64
        package var municipalityName: String
        package var netCents: Int64
        package var vatCents: Int64
        package var grossCents: Int64
        package var reference: String?
        package var reason: String?

        package init(number: String, year: Int64, municipalityName: String, netCents: Int64, vatCents: Int64, grossCents: Int64,
                     reference: String?, reason: String?) {
            self.number = number
            self.year = year
            self.municipalityName = municipalityName
            self.netCents = netCents
            self.vatCents = vatCents
            self.grossCents = grossCents
            self.reference = reference
            self.reason = reason
        }

        var facts: [Fact] {
            var facts: [Fact] = [("Bestelling", number), ("Gemeente", municipalityName), ("Jaar", String(year))]
            if let reference { facts.append(("Kenmerk", reference)) }
            facts += [("Totaal excl. btw", DutchText.money(cents: netCents)), ("Btw", DutchText.money(cents: vatCents)),
                      ("Totaal incl. btw", DutchText.money(cents: grossCents))]
            return facts
        }
    }

    /// The mail for an order that has just reached `status` (submitted, confirmed, draft
    /// after a reopen, cancelled), addressed to `name`.
    package static func order(_ summary: OrderSummary, reached status: OrderStatus, name: String, link: String) -> Content {
        let (number, year, municipality) = (summary.number, summary.year, summary.municipalityName)
        let subject: String
        var paragraphs: [String]
        switch status {
        case .submitted:
            subject = "Bestelling \(number) van \(municipality) voor \(year) is ingediend"
            paragraphs = ["\(municipality) heeft bestelling \(number) voor \(year) ingediend. Ze wacht op uw bevestiging."]
        case .confirmed:
            subject = "Uw bestelling \(number) voor \(year) is bevestigd"
            paragraphs = ["\(Vocabulary.organisationName) heeft bestelling \(number) van \(municipality) voor \(year) bevestigd. De prijzen liggen nu vast."]
        case .draft:
            subject = "Uw bestelling \(number) voor \(year) is heropend"
            paragraphs = ["\(Vocabulary.organisationName) heeft bestelling \(number) van \(municipality) voor \(year) heropend. U kunt de bestelling weer aanpassen en opnieuw indienen."]
        case .cancelled:
            subject = "Bestelling \(number) voor \(year) is geannuleerd"
            paragraphs = ["Bestelling \(number) van \(municipality) voor \(year) is geannuleerd."]
        }
        if let reason = summary.reason, !reason.isEmpty { paragraphs.append("Reden: \(reason)") }
        return compose(subject: subject, greeting: "Beste \(name),", paragraphs: paragraphs, facts: summary.facts,
                       action: ("Bekijk de bestelling", link),
                       after: ["U krijgt deze e-mail omdat u berichten over bestellingen aan heeft staan. Uitzetten kan op uw accountpagina."])
    }
}
