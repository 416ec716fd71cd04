/// The mails people get, in Dutch: a clear subject, a short text and the one action as a
/// link, as plain text and as simple accessible HTML (one column, real headings and link
/// text, no images). Every value from a person (a name) is escaped in the HTML.
package enum MailTexts {
    package struct Content: Sendable, Equatable {
        package let subject: String
        package let text: String
        package let html: String
    }

    /// The first link of a new account, or a new one an admin made (`reset`).
    package static func invitation(name: String, roleLabel: String, link: String, validHours: Int, isReset: Bool) -> Content {
        let organisation = Vocabulary.organisationName
        let subject = isReset ? "Nieuwe link voor de Activiteitencatalogus van \(organisation)"
            : "Uitnodiging voor de Activiteitencatalogus van \(organisation)"
        let opening = isReset
            ? "Een beheerder van \(organisation) heeft een nieuwe link voor uw account in de Activiteitencatalogus gemaakt. Uw oude wachtwoord werkt niet meer."
            : "\(organisation) heeft een account voor u gemaakt in de Activiteitencatalogus (\(roleLabel))."
        let action = "Kies uw wachtwoord"
        let validity = "De link werkt \(validHours) uur en één keer. Werkt hij niet meer, vraag dan de beheerder om een nieuwe."
        let text = """
            Beste \(name),

            \(opening)

            \(action) via deze link:
            \(link)

            \(validity)

            Met vriendelijke groet,
            \(organisation)
            """
        let html = page(title: subject, paragraphs: ["Beste \(name),", opening], action: (action, link), after: [validity],
                        closing: organisation)
        return Content(subject: subject, text: text, html: html)
    }

    /// A minimal, accessible HTML mail: language, title, one column, the action as a real link.
    static func page(title: String, paragraphs: [String], action: (label: String, url: String), after: [String], closing: String) -> String {
        var body = paragraphs.map { "<p>\(escape($0))</p>" }
        body.append("<p><a href=\"\(escape(action.url))\" style=\"font-weight:bold\">\(escape(action.label))</a></p>")
        body.append("<p style=\"font-size:90%\">Of kopieer deze link: \(escape(action.url))</p>")
        body += after.map { "<p>\(escape($0))</p>" }
        body.append("<p>Met vriendelijke groet,<br>\(escape(closing))</p>")
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>\(escape(title))</title></head>
            <body style="font-family:sans-serif;font-size:16px;line-height:1.5;max-width:36em;margin:0 auto;padding:1em">
            \(body.joined(separator: "\n"))
            </body>
            </html>
            """
    }

    package static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
