import JSON

/// People's sign-in (`/api/v1/session`, `/api/v1/welcome`, SessionHandlers) and accounts
/// (`/api/v1/users`, UserHandlers).
extension OpenAPIDocument {
    static let roleOfPerson = enumeration(Role.forPeople.map(\.rawValue))
    static let emailSchema: JSONValue = ["type": "string", "minLength": 3, "maxLength": 254, "format": "email",
                                         "examples": ["beleid@gemeente.nl"]]
    static let passwordSchema: JSONValue = [
        "type": "string", "minLength": 1, "maxLength": .integer(Int64(PasswordPolicy.maximumLength)),
        "description": .string("As typed. A new password needs at least \(PasswordPolicy.minimumLength) characters, is not a common password and does not contain the e-mail address or name."),
    ]

    static let peopleSchemas: [(String, JSONValue)] = [
        ("SessionUser", closedObject([
            ("id", integer(1)), ("name", ["type": "string"]), ("email", ["type": "string"]), ("role", roleOfPerson),
            ("municipality", nullable("string")),
        ])),
        ("Session", closedObject([
            ("user", schemaRef("SessionUser")),
            ("csrf_token", ["type": "string", "description": "Send it as `X-CSRF-Token` on every change made with the session cookie."]),
        ])),
        ("SignIn", closedObject([("email", emailSchema), ("password", passwordSchema)])),
        ("WelcomeCode", closedObject([
            ("code", ["type": "string", "minLength": 1, "maxLength": 100, "description": "From the one-time link's `#code=`."]),
            ("password", passwordSchema),
        ])),
        ("User", closedObject([
            ("id", integer(1)), ("email", ["type": "string"]), ("name", ["type": "string"]), ("role", roleOfPerson),
            ("municipality", nullable("string")), ("active", ["type": "boolean"]),
            ("has_password", ["type": "boolean", "description": "Whether the person has set a password with their link."]),
            ("version", integer(1)), ("created_at", schemaRef("Timestamp")), ("updated_at", schemaRef("Timestamp")),
            ("last_sign_in_at", ["oneOf": [schemaRef("Timestamp"), ["type": "null"]]]),
        ])),
        ("NewUser", closedObject([
            ("email", emailSchema), ("name", text(maxLength: 100)), ("role", roleOfPerson),
            ("municipality", ["type": "string", "maxLength": 64, "description": "Required for, and only for, the municipality role."]),
        ], optional: ["municipality"])),
        ("UserChange", closedObject([
            ("name", text(maxLength: 100)), ("role", roleOfPerson), ("municipality", nullable("string", [("maxLength", 64)])),
            ("active", ["type": "boolean", "description": "false disables the account and ends its sessions."]),
        ], optional: ["name", "role", "municipality", "active"])),
        ("UserWithLink", closedObject([
            ("user", schemaRef("User")),
            ("welcome", closedObject([
                ("url", ["type": "string", "description": "`/welcome#code=…`: works once, for 72 hours. The code is in the fragment, which browsers never send."]),
                ("expires_at", schemaRef("Timestamp")),
            ])),
        ])),
        ("SessionRecord", closedObject([
            ("id", integer(1)), ("created_at", schemaRef("Timestamp")), ("last_seen_at", schemaRef("Timestamp")),
            ("expires_at", schemaRef("Timestamp")), ("user_agent", nullable("string")),
            ("current", ["type": "boolean", "description": "Whether this is the session of the request."]),
        ])),
    ]

    static let userPath = pathParameter("id", ["type": "integer", "minimum": 1, "examples": [1]], "The account's id.")

    static let peoplePaths: [(String, JSONValue)] = [
        ("/api/v1/session", [
            "post": operation(
                "signIn", tag: "People", summary: "Sign in with e-mail and password.",
                description: """
                    Sets the `catalogus_session` cookie (HttpOnly, SameSite=Strict; Secure behind TLS). A wrong e-mail \
                    address and a wrong password give the same 401. After 5 failures within 15 minutes the account's \
                    sign-in answers 429 for 15 minutes.
                    """,
                access: .anyone, body: schemaRef("SignIn"),
                responses: [
                    ("201", json("Signed in.", schemaRef("Session"), headers: ["Set-Cookie"])),
                    ("403", responseRef("Forbidden")),
                    ("422", responseRef("Invalid")),
                ]),
            "get": operation(
                "getSession", tag: "People", summary: "Who is signed in, with the session's CSRF token.", access: .anyone,
                responses: [("200", json("The person signed in.", schemaRef("Session")))]),
            "delete": operation(
                "signOut", tag: "People", summary: "Sign out: the session ends on the server and the cookie is cleared.",
                access: .anyone,
                responses: [("204", response("Signed out (or nobody was).", content: [], headers: ["Set-Cookie"])),
                            ("403", responseRef("Forbidden"))]),
        ]),
        ("/api/v1/welcome", ["post": operation(
            "setPasswordWithLink", tag: "People", summary: "Set a password with a one-time link, and sign in.",
            access: .anyone, body: schemaRef("WelcomeCode"),
            responses: [
                ("201", json("The password is set and the person is signed in.", schemaRef("Session"), headers: ["Set-Cookie"])),
                ("403", responseRef("Forbidden")),
                ("410", responseRef("Gone")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/users", [
            "get": operation(
                "listUsers", tag: "People", summary: "People's accounts.", access: .roles(["admin"]),
                parameters: [parameterRef("Limit"), parameterRef("Cursor")],
                responses: [("200", json("A page of accounts.", list(of: schemaRef("User")))), ("422", responseRef("Invalid"))]),
            "post": operation(
                "inviteUser", tag: "People", summary: "Create an account and a one-time link to set its password.",
                access: .roles(["admin"]), body: schemaRef("NewUser"),
                responses: [
                    ("201", json("The account and its link.", schemaRef("UserWithLink"), headers: ["Location"])),
                    ("409", responseRef("Conflict")),
                    ("422", responseRef("Invalid")),
                ]),
        ]),
        ("/api/v1/users/{id}", [
            "get": operation(
                "getUser", tag: "People", summary: "One account.", access: .roles(["admin"]),
                parameters: [userPath, parameterRef("IfNoneMatch")],
                responses: [("200", json("The account.", schemaRef("User"), headers: ["ETag"])), ("304", responseRef("NotModified")),
                            ("404", responseRef("NotFound"))]),
            "patch": operation(
                "updateUser", tag: "People", summary: "Change an account's name, role, municipality or whether it is active.",
                description: "A change of role or municipality, or disabling, ends the account's sessions.",
                access: .roles(["admin"]), parameters: [userPath, parameterRef("IfMatch")], body: schemaRef("UserChange"),
                responses: [
                    ("200", json("The account as changed.", schemaRef("User"), headers: ["ETag"])),
                    ("404", responseRef("NotFound")), ("409", responseRef("Conflict")),
                    ("412", responseRef("PreconditionFailed")), ("422", responseRef("Invalid")),
                    ("428", responseRef("PreconditionRequired")),
                ]),
        ]),
        ("/api/v1/users/{id}/reset", ["post": operation(
            "resetUser", tag: "People", summary: "A new one-time link; the old password and every session stop working.",
            access: .roles(["admin"]), parameters: [userPath],
            responses: [("200", json("The account and its new link.", schemaRef("UserWithLink"))), ("404", responseRef("NotFound"))])]),
        ("/api/v1/users/{id}/sessions", ["get": operation(
            "listUserSessions", tag: "People", summary: "An account's live sessions (its own, or any for an admin).",
            access: .roles(["admin", "staff", "municipality", "viewer"]), parameters: [userPath],
            responses: [("200", json("The sessions.", list(of: schemaRef("SessionRecord")))), ("404", responseRef("NotFound"))])]),
        ("/api/v1/users/{id}/sessions/{session}", ["delete": operation(
            "revokeUserSession", tag: "People", summary: "End one session of an account (its own, or any for an admin).",
            access: .roles(["admin", "staff", "municipality", "viewer"]),
            parameters: [userPath, pathParameter("session", ["type": "integer", "minimum": 1, "examples": [1]], "The session's id.")],
            responses: [("204", response("The session has ended.", content: [])), ("404", responseRef("NotFound"))])]),
    ]
}
