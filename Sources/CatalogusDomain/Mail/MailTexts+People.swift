/// The mails about a person's own account: the invitation, an admin's new link and the
/// link a person asked for with "Wachtwoord vergeten?".
extension MailTexts {
    /// The first link of a new account, or a new one an admin made (`isReset`).
    package static func invitation(name: String, roleLabel: String, link: String, validHours: Int, isReset: Bool) -> Content {
        let organisation = Vocabulary.organisationName
        let subject = isReset ? "Nieuwe link voor de Activiteitencatalogus van \(organisation)"
            : "Uitnodiging voor de Activiteitencatalogus van \(organisation)"
        let opening = isReset
            ? "Een beheerder van \(organisation) heeft een nieuwe link voor uw account in de Activiteitencatalogus gemaakt. Uw oude wachtwoord werkt niet meer."
            : "\(organisation) heeft een account voor u gemaakt in de Activiteitencatalogus (\(roleLabel))."
        return compose(subject: subject, greeting: "Beste \(name),", paragraphs: [opening],
                       action: ("Kies uw wachtwoord", link),
                       after: ["De link werkt \(validHours) uur en één keer. Werkt hij niet meer, vraag dan de beheerder om een nieuwe."])
    }

    /// The link a person asked for on the sign-in page. Their password keeps working until
    /// they choose a new one: someone else asking must not lock them out.
    package static func passwordReset(name: String, link: String, validMinutes: Int) -> Content {
        let organisation = Vocabulary.organisationName
        return compose(subject: "Nieuw wachtwoord voor de Activiteitencatalogus van \(organisation)", greeting: "Beste \(name),",
                       paragraphs: ["Iemand heeft op de inlogpagina van de Activiteitencatalogus een nieuw wachtwoord voor dit e-mailadres gevraagd."],
                       action: ("Kies een nieuw wachtwoord", link),
                       after: ["De link werkt \(validMinutes) minuten en één keer. Als u een nieuw wachtwoord kiest, wordt u overal elders afgemeld.",
                               "Heeft u dit niet zelf gevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft zoals het is."])
    }
}
