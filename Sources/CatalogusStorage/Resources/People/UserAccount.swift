import CatalogusDomain
import JSON

/// A person's account, as the API shows it. The password hash never leaves the
/// repository: the record reads only whether there is one (`has_password`).
///
/// Each field is declared in this file only, as `Activity`'s are: the stored property,
/// its `Column`, the read in `init(_:)`, its `value(_:into:)` (JSON, audit record,
/// INSERT/UPDATE) and its `field(_:)` (`PeopleInput` and the OpenAPI schemas).
package struct UserAccount: Sendable, Equatable, FieldedRecord {
    package enum Column: String, RecordColumn {
        case id, email, name, role, municipality, active
        /// Read from `password_hash`, which is never read itself.
        case hasPassword = "has_password"
        case version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case lastSignInAt = "last_sign_in_at"

        package func selected(prefix: String) -> String {
            self == .hasPassword ? prefix + "password_hash IS NOT NULL" : prefix + rawValue
        }
    }

    /// Aliased for the join with a session (`UserRepository.liveSession`).
    package static let table = RecordTable<Column>(name: "app_user", alias: "u")

    package static let maxNameLength = 100

    package var id: Int64
    package var email: String
    package var name: String
    package var role: Role
    package var municipality: String?
    package var active: Bool
    package var hasPassword: Bool
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String
    package var lastSignInAt: String?

    /// What `GET /api/v1/session` says about the person signed in.
    package var sessionJSON: JSONValue {
        ["id": .integer(id), "name": .string(name), "email": .string(email), "role": .string(role.rawValue),
         "municipality": municipality.map(JSONValue.string) ?? .null]
    }

    package var principal: (name: String, role: Role, municipality: String?) { (name, role, municipality) }
}

extension UserAccount {
    package init(_ row: RecordRow<Column>) throws {
        id = try row.int64(.id)
        email = try row.string(.email)
        name = try row.string(.name)
        role = try Role.stored(try row.string(.role))
        municipality = try row.optionalString(.municipality)
        active = try row.bool(.active)
        hasPassword = try row.bool(.hasPassword)
        version = try row.int64(.version)
        createdAt = try row.string(.createdAt)
        updatedAt = try row.string(.updatedAt)
        lastSignInAt = try row.optionalString(.lastSignInAt)
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .id: sink.integer(id)
        case .email: sink.text(email)
        case .name: sink.text(name)
        case .role: sink.text(role.rawValue)
        case .municipality: sink.optionalText(municipality)
        case .active: sink.flag(active)
        case .hasPassword: sink.flag(hasPassword)
        case .version: sink.integer(version)
        case .createdAt: sink.text(createdAt)
        case .updatedAt: sink.text(updatedAt)
        case .lastSignInAt: sink.optionalText(lastSignInAt)
        }
    }

    /// How a body sets a column (`PeopleInput`); nil for one only the server sets.
    package static func field(_ column: Column) -> RecordField<UserAccount>? {
        switch column {
        case .id, .hasPassword, .version, .createdAt, .updatedAt, .lastSignInAt: nil
        case .email: .special(.email)
        case .name: .text(\.name, maxLength: maxNameLength)
        case .role: .oneOf(\.roleCode, Role.forPeople.map(\.rawValue))
        case .municipality: .special(.municipality)
        case .active: .special(.active)
        }
    }

    /// The role by its code, for `field(_:)`: the body's value is one of `Role.forPeople`'s.
    package var roleCode: String {
        get { role.rawValue }
        set { role = Role(rawValue: newValue) ?? role }
    }

    /// The fields `PeopleInput` decides itself.
    package enum SpecialField: RecordSpecialField {
        /// Normalised; the account's name for signing in, set once.
        case email
        /// Required for, and only for, the municipality role; null clears it (`PeopleService` checks the pair).
        case municipality
        /// An account is created active; a change disables it.
        case active

        package var requiredOnCreate: Bool { self == .email }
        package var fixedOnceCreated: Bool { self == .email }
        package var changeOnly: Bool { self == .active }
        package var clearedByNull: Bool { self == .municipality }
    }

    package static func copy(_ special: SpecialField, from source: UserAccount, to target: inout UserAccount) {
        switch special {
        case .email: target.email = source.email
        case .municipality: target.municipality = source.municipality
        case .active: target.active = source.active
        }
    }

    /// A new account before the body's fields are applied: active, without a password.
    package static func new(now: String) -> UserAccount {
        UserAccount(id: 0, email: "", name: "", role: .viewer, municipality: nil, active: true, hasPassword: false, version: 1,
                    createdAt: now, updatedAt: now, lastSignInAt: nil)
    }
}

/// A session as its owner and admins see it in the list: never its secret.
public struct SessionRecord: Sendable, Equatable {
    public let id: Int64
    public let userID: Int64
    public let createdAt: String
    public let lastSeenAt: String
    public let expiresAt: String
    public let userAgent: String?

    package init(id: Int64, userID: Int64, createdAt: String, lastSeenAt: String, expiresAt: String, userAgent: String?) {
        self.id = id
        self.userID = userID
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
        self.userAgent = userAgent
    }

    package func json(current: Int64?) -> JSONValue {
        ["id": .integer(id), "created_at": .string(createdAt), "last_seen_at": .string(lastSeenAt),
         "expires_at": .string(expiresAt), "user_agent": userAgent.map(JSONValue.string) ?? .null,
         "current": .bool(id == current)]
    }
}

extension UserAccount: JSONRepresentable {
    package func write(to w: inout JSONWriter) { writeColumns(to: &w) }
}
