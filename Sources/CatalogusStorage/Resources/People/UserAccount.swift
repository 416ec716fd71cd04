import CatalogusDomain
import JSON

/// A person's account, as the API shows it. The password hash never leaves the repository.
public struct UserAccount: Sendable, Equatable {
    public let id: Int64
    public let email: String
    public let name: String
    public let role: Role
    public let municipality: String?
    public let active: Bool
    public let hasPassword: Bool
    public let version: Int64
    public let createdAt: String
    public let updatedAt: String
    public let lastSignInAt: String?

    package var json: JSONValue {
        [
            "id": .integer(id), "email": .string(email), "name": .string(name), "role": .string(role.rawValue),
            "municipality": municipality.map(JSONValue.string) ?? .null, "active": .bool(active),
            "has_password": .bool(hasPassword), "version": .integer(version),
            "created_at": .string(createdAt), "updated_at": .string(updatedAt),
            "last_sign_in_at": lastSignInAt.map(JSONValue.string) ?? .null,
        ]
    }

    /// What `GET /api/v1/session` says about the person signed in.
    package var sessionJSON: JSONValue {
        ["id": .integer(id), "name": .string(name), "email": .string(email), "role": .string(role.rawValue),
         "municipality": municipality.map(JSONValue.string) ?? .null]
    }

    package var principal: (name: String, role: Role, municipality: String?) { (name, role, municipality) }
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
    package func write(to writer: inout JSONWriter) { writer.value(json) }
}
