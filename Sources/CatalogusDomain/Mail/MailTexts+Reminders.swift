/// The reminders the server sends by itself: the order deadline, and the key figures in January.
extension MailTexts {
    /// The order deadline of `year` is `daysLeft` days away and `municipalityName` has not submitted.
    package static func deadlineReminder(name: String, municipalityName: String, year: Int64, deadline: String, daysLeft: Int,
                                         hasDraft: Bool, link: String) -> Content {
        let when = DutchMessages.longDate(deadline)
        let days = daysLeft == 1 ? "1 dag" : "\(daysLeft) dagen"
        let state = hasDraft ? "Er staat een concept klaar dat nog niet is ingediend." : "Er is nog geen bestelling voor \(year)."
        return compose(subject: "Nog \(days): bestel de activiteiten van \(municipalityName) voor \(year)",
                       greeting: "Beste \(name),",
                       paragraphs: ["De besteltermijn van \(municipalityName) voor \(year) loopt af op \(when), over \(days). \(state)"],
                       action: (hasDraft ? "Dien de bestelling in" : "Stel de bestelling samen", link),
                       after: ["Na de deadline kan alleen \(Vocabulary.organisationName) de bestelling nog indienen.",
                               "U krijgt deze herinnering omdat u herinneringen aan heeft staan. Uitzetten kan op uw accountpagina."])
    }

    /// January: the key figures of the year just ended can be entered.
    package static func keyFiguresReminder(name: String, year: Int64, link: String) -> Content {
        compose(subject: "Voer de kerncijfers van \(year) in", greeting: "Beste \(name),",
                paragraphs: ["Het jaar \(year) is voorbij. Voer de kerncijfers van \(year) per gemeente in (leden, uitleningen, collectie en bezoekers), zodat de jaarberichten en het dashboard compleet zijn."],
                action: ("Naar de kerncijfers", link),
                after: ["U krijgt deze herinnering omdat u herinneringen aan heeft staan. Uitzetten kan op uw accountpagina."])
    }
}
