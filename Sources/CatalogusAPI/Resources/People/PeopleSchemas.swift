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
        "type": "string", "minLength": 1, "maxLength": .integer(Int64(PasswordPolicy.maximumLength)), "pattern": .string(FieldValidator.oneLinePattern),
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
            ("code", ["type": "string", "minLength": 1, "maxLength": 100, "pattern": .string(FieldValidator.nonBlankOneLinePattern), "description": "From the one-time link's `#code=`."]),
            ("password", passwordSchema),
        ])),
        ("User", closedObject(recordSchema(UserAccount.self, own: userOutput))),
        ("NewUser", closedObject(recordInputFields(UserAccount.self, special: newUserInput), optional: recordOptionalOnCreate(UserAccount.self))),
        ("UserChange", closedObject(userChangeFields, optional: Set(userChangeFields.map(\.0)))),
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

    /// A member of an account the kind of field does not describe.
    package static func userOutput(_ column: UserAccount.Column) -> JSONValue? {
        switch column {
        case .email: ["type": "string"]
        case .municipality: nullable("string")
        case .active: ["type": "boolean"]
        case .hasPassword: ["type": "boolean", "description": "Whether the person has set a password with their link."]
        case .lastSignInAt: ["oneOf": [schemaRef("Timestamp"), ["type": "null"]]]
        default: nil
        }
    }

    /// A special member as POST sends it (`active` only a change sets).
    package static func newUserInput(_ field: UserAccount.SpecialField) -> JSONValue {
        switch field {
        case .email: emailSchema
        case .municipality: municipalitySlug(orNull: true)
        case .active: ["type": "boolean"]
        }
    }

    /// A special member as PATCH sends it (`email` only POST sets).
    package static func userChangeInput(_ field: UserAccount.SpecialField) -> JSONValue {
        switch field {
        case .email: emailSchema
        case .municipality: municipalitySlug(orNull: true)
        case .active: ["type": "boolean", "description": "false disables the account and ends its sessions."]
        }
    }

    /// What PATCH may set of an account; every member optional.
    package static let userChangeFields = recordInputFields(UserAccount.self, creating: false, special: userChangeInput)
}
