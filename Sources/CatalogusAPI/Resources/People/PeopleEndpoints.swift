import HTTPServer
import JSON

/// Sign-in (`/api/v1/session`, `/api/v1/welcome`) and accounts (`/api/v1/users`).
package enum PeopleEndpoints {
    package typealias Doc = OpenAPIDocument

    package static let userPath = Parameter.path("id", ["type": "integer", "minimum": 1, "examples": [1]], "The account's id.")
    /// A person's own sessions are theirs to see and end; with `people.manage`, anyone's.
    package static let ownAccount: Access = .permission(.accountOwn)

    package static let all: [Endpoint] = [
        Endpoint(.post, "/api/v1/session", id: "signIn", tag: .people, summary: "Sign in with e-mail and password.",
                 description: """
                     Sets the `catalogus_session` cookie (HttpOnly, SameSite=Strict; Secure behind TLS) and a device cookie \
                     `catalogus_device_{id}` (one year, sent only here). A wrong e-mail address and a wrong password give the \
                     same 401. After 10 failures within an hour from browsers without the account's device cookie, such \
                     browsers get 429 for that account until the oldest failure is an hour old; a browser with a valid device \
                     cookie is not affected unless that cookie itself failed 5 times within 15 minutes. Unknown browsers \
                     also share a server-wide budget (503 with Retry-After beyond it).
                     """,
                 access: .anyone, body: Doc.schemaRef("SignIn"),
                 responses: [
                     ("201", Doc.json("Signed in.", Doc.schemaRef("Session"), headers: ["Set-Cookie"])),
                     ("403", Doc.responseRef("Forbidden")),
                     ("422", Doc.responseRef("Invalid")),
                 ], handler: SessionHandlers.create),
        Endpoint(.get, "/api/v1/session", id: "getSession", tag: .people, summary: "Who is signed in, with the session's CSRF token.",
                 access: .anyone, responses: [("200", Doc.json("The person signed in.", Doc.schemaRef("Session")))],
                 handler: SessionHandlers.get),
        Endpoint(.delete, "/api/v1/session", id: "signOut", tag: .people,
                 summary: "Sign out: the session ends on the server and the cookie is cleared.", access: .anyone,
                 responses: [("204", Doc.response("Signed out (or nobody was).", content: [], headers: ["Set-Cookie"])),
                             ("403", Doc.responseRef("Forbidden"))],
                 handler: SessionHandlers.delete),
        Endpoint(.post, "/api/v1/welcome", id: "setPasswordWithLink", tag: .people,
                 summary: "Set a password with a one-time link, and sign in.", access: .anyone, body: Doc.schemaRef("WelcomeCode"),
                 responses: [
                     ("201", Doc.json("The password is set and the person is signed in.", Doc.schemaRef("Session"), headers: ["Set-Cookie"])),
                     ("403", Doc.responseRef("Forbidden")),
                     ("410", Doc.responseRef("Gone")),
                     ("422", Doc.responseRef("Invalid")),
                 ], handler: SessionHandlers.welcome),
        Endpoint(.get, "/api/v1/users", id: "listUsers", tag: .people, summary: "People's accounts.", access: .permission(.peopleManage),
                 parameters: Parameter.paging,
                 responses: [("200", Doc.json("A page of accounts.", Doc.list(of: Doc.schemaRef("User")))), ("422", Doc.responseRef("Invalid"))],
                 handler: UserHandlers.list),
        Endpoint(.post, "/api/v1/users", id: "inviteUser", tag: .people,
                 summary: "Create an account and a one-time link to set its password.", access: .permission(.peopleManage),
                 body: Doc.schemaRef("NewUser"),
                 responses: [
                     ("201", Doc.json("The account and its link.", Doc.schemaRef("UserWithLink"), headers: ["Location"])),
                     ("409", Doc.responseRef("Conflict")),
                     ("422", Doc.responseRef("Invalid")),
                 ], handler: UserHandlers.create),
        Endpoint(.get, "/api/v1/users/{id}", id: "getUser", tag: .people, summary: "One account.", access: .permission(.peopleManage),
                 parameters: [userPath, .ifNoneMatch],
                 responses: [("200", Doc.json("The account.", Doc.schemaRef("User"), headers: ["ETag"])),
                             ("304", Doc.responseRef("NotModified")), ("404", Doc.responseRef("NotFound"))],
                 handler: UserHandlers.get),
        Endpoint(.patch, "/api/v1/users/{id}", id: "updateUser", tag: .people,
                 summary: "Change an account's name, role, municipality or whether it is active.",
                 description: "A change of role or municipality, or disabling, ends the account's sessions.",
                 access: .permission(.peopleManage), parameters: [userPath, .ifMatch], body: Doc.schemaRef("UserChange"),
                 responses: [
                     ("200", Doc.json("The account as changed.", Doc.schemaRef("User"), headers: ["ETag"])),
                     ("404", Doc.responseRef("NotFound")), ("409", Doc.responseRef("Conflict")),
                     ("412", Doc.responseRef("PreconditionFailed")), ("422", Doc.responseRef("Invalid")),
                     ("428", Doc.responseRef("PreconditionRequired")),
                 ], handler: UserHandlers.update),
        Endpoint(.post, "/api/v1/users/{id}/reset", id: "resetUser", tag: .people,
                 summary: "A new one-time link; the old password and every session stop working.", access: .permission(.peopleManage),
                 parameters: [userPath],
                 responses: [("200", Doc.json("The account and its new link.", Doc.schemaRef("UserWithLink"))),
                             ("404", Doc.responseRef("NotFound"))],
                 handler: UserHandlers.reset),
        Endpoint(.get, "/api/v1/users/{id}/sessions", id: "listUserSessions", tag: .people,
                 summary: "An account's live sessions (its own, or any for an admin).", access: ownAccount, parameters: [userPath],
                 responses: [("200", Doc.json("The sessions.", Doc.list(of: Doc.schemaRef("SessionRecord")))),
                             ("404", Doc.responseRef("NotFound"))],
                 handler: UserHandlers.sessions),
        Endpoint(.delete, "/api/v1/users/{id}/sessions/{session}", id: "revokeUserSession", tag: .people,
                 summary: "End one session of an account (its own, or any for an admin).", access: ownAccount,
                 parameters: [userPath, .path("session", ["type": "integer", "minimum": 1, "examples": [1]], "The session's id.")],
                 responses: [("204", Doc.response("The session has ended.", content: [])), ("404", Doc.responseRef("NotFound"))],
                 handler: UserHandlers.revokeSession),
    ]
}
