import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import JSON

/// People's sign-in (`/api/v1/session`, `/api/v1/welcome`, SessionHandlers) and accounts
/// (`/api/v1/users`, UserHandlers).
extension OpenAPIDocument {
    package static let roleOfPerson = enumeration(Role.forPeople.map(\.rawValue))
    package static let emailSchema: JSONValue = ["type": "string", "minLength": 3, "maxLength": .integer(Int64(PeopleInput.maxEmailLength)), "format": "email",
                                         "examples": ["beleid@gemeente.nl"]]
    package static let passwordSchema: JSONValue = [
        "type": "string", "minLength": 1, "maxLength": .integer(Int64(PasswordPolicy.maximumLength)),
        "description": .string("As typed. A new password needs at least \(PasswordPolicy.minimumLength) characters, is not a common password and does not contain the e-mail address or name."),
    ]

    package static let peopleSchemas: [(String, JSONValue)] = [
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
            ("email", emailSchema), ("name", text(maxLength: PeopleInput.maxNameLength)), ("role", roleOfPerson),
            ("municipality", ["type": "string", "maxLength": .integer(Int64(Municipality.maxSlugLength)), "description": "Required for, and only for, the municipality role."]),
        ], optional: ["municipality"])),
        ("UserChange", closedObject([
            ("name", text(maxLength: PeopleInput.maxNameLength)), ("role", roleOfPerson), ("municipality", nullable("string", [("maxLength", .integer(Int64(Municipality.maxSlugLength)))])),
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
}
