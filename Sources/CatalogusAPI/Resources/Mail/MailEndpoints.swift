import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// The mail people get: "Wachtwoord vergeten?", what each person wants mailed, and the
/// outbox for admins.
package enum MailEndpoints {
    package typealias Doc = OpenAPIDocument

    package static let all: [Endpoint] = [
        Endpoint(.post, "/api/v1/password-reset", id: "requestPasswordReset", tag: .people,
                 summary: "Ask for a link to choose a new password (\"Wachtwoord vergeten?\").",
                 description: """
                     Always 202 with the same body, whether or not the address has an account, so that the answer says \
                     nothing about who has one. An active account gets a mail with a one-time link \
                     (`/welcome#code=…`, one hour, replacing any older link); `POST /api/v1/welcome` with its code sets \
                     the new password and ends the person's other sessions. The current password keeps working until then. \
                     At most \(PeopleService.resetRequestsPerAddressPerHour) links per address per hour; requests \
                     beyond are answered alike and send nothing. Limited per client network like sign-in (429); every \
                     request is in the audit log.
                     """,
                 access: .anyone, body: Doc.schemaRef("PasswordResetRequest"),
                 responses: [
                     ("202", Doc.json("Accepted; a mail follows if the address has an active account.", Doc.schemaRef("Notice"))),
                     ("403", Doc.responseRef("Forbidden")),
                     ("422", Doc.responseRef("Invalid")),
                 ], handler: MailHandlers.requestPasswordReset),
        Endpoint(.get, "/api/v1/users/{id}/mail-preferences", id: "getMailPreferences", tag: .people,
                 summary: "Which mail a person wants (their own, or anyone's for an admin).", access: PeopleEndpoints.ownAccount,
                 parameters: [PeopleEndpoints.userPath],
                 responses: [("200", Doc.json("The preferences.", Doc.schemaRef("MailPreferences"))), ("404", Doc.responseRef("NotFound"))],
                 handler: MailHandlers.preferences),
        Endpoint(.put, "/api/v1/users/{id}/mail-preferences", id: "setMailPreferences", tag: .people,
                 summary: "Turn the order mails and the reminders on or off (never the invitation or a reset link).",
                 access: PeopleEndpoints.ownAccount, parameters: [PeopleEndpoints.userPath], body: Doc.schemaRef("MailPreferences"),
                 responses: [("200", Doc.json("The preferences as stored.", Doc.schemaRef("MailPreferences"))),
                             ("404", Doc.responseRef("NotFound")), ("422", Doc.responseRef("Invalid"))],
                 handler: MailHandlers.setPreferences),
        Endpoint(.get, "/api/v1/mail", id: "listMail", tag: .administration,
                 summary: "The mail outbox, newest first: what was sent to whom, what waits and what failed.",
                 description: "Never a mail's text: it may hold a one-time link. Sent and failed mail is kept 30 days.",
                 access: .permission(.mailRead),
                 parameters: [.query("status", Doc.enumeration(MailRepository.statuses), "Only mail in this state.")] + Parameter.paging,
                 responses: [("200", Doc.json("A page of mail.", Doc.list(of: Doc.schemaRef("Mail")))), ("422", Doc.responseRef("Invalid"))],
                 handler: MailHandlers.list),
    ]
}
