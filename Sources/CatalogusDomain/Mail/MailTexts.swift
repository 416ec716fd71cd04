/// The mails people get, in Dutch: a clear subject, a short text and the one action as a
/// link, as plain text and as simple accessible HTML (one column, real headings and link
/// text, no images). Every mail is composed from the same parts for both forms, so the
/// two never say different things; every value from a person (a name, a reason) is
/// escaped in the HTML. The texts themselves are in `MailTexts+People`, `+Orders` and
/// `+Reminders`.
package enum MailTexts {
    package struct Content: Sendable, Equatable {
        package let subject: String
        package let text: String
        package let html: String
    }

    /// A line of facts ("Totaal incl. btw: € 1.234,56"), shown as a list.
    package typealias Fact = (label: String, value: String)

    /// One mail from its parts: a greeting, paragraphs, facts, the one action (a label and
    /// a link), what follows it, and the organisation's closing.
    static func compose(subject: String, greeting: String, paragraphs: [String], facts: [Fact] = [],
                        action: (label: String, url: String), after: [String] = []) -> Content {
        let organisation = Vocabulary.organisationName
        var text = [greeting] + paragraphs
        if !facts.isEmpty { text.append(facts.map { "\($0.label): \($0.value)" }.joined(separator: "\n")) }
        text.append("\(action.label) via deze link:\n\(action.url)")
        text += after
        text.append("Met vriendelijke groet,\n\(organisation)")
        let html = page(title: subject, paragraphs: [greeting] + paragraphs, facts: facts, action: action, after: after,
                        closing: organisation)
        return Content(subject: subject, text: text.joined(separator: "\n\n"), html: html)
    }

    /// A minimal, accessible HTML mail: language, title, one column, the action as a real
    /// link. The copy-paste link may be longer than a phone is wide: it breaks anywhere.
    static func page(title: String, paragraphs: [String], facts: [Fact] = [], action: (label: String, url: String), after: [String],
                     closing: String) -> String {
        var body = paragraphs.map { "<p>\(escape($0))</p>" }
        if !facts.isEmpty {
            body.append("<ul>" + facts.map { "<li>\(escape($0.label)): <strong>\(escape($0.value))</strong></li>" }.joined() + "</ul>")
        }
        body.append("<p><a href=\"\(escape(action.url))\" style=\"font-weight:bold\">\(escape(action.label))</a></p>")
        body.append("<p style=\"font-size:90%;overflow-wrap:anywhere;word-break:break-all\">Of kopieer deze link: \(escape(action.url))</p>")
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
