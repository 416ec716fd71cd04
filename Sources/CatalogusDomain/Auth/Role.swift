/// The roles of docs/api.md#authentication-and-roles, and `metrics` for scrapers: it may
/// read `/metrics` and nothing else. What each may do is its entry in the role table
/// (`Role.grant`, Permission.swift); nothing else asks which role a caller has.
public enum Role: String, Sendable, CaseIterable {
    case admin, staff, municipality, viewer, metrics

    /// The role as a person reads it (page header, user list, a refused page); a new
    /// role does not compile without one.
    public var label: String {
        switch self {
        case .admin: "beheerder"
        case .staff: "bibliotheekmedewerker"
        case .municipality: "gemeente"
        case .viewer: "meekijker"
        case .metrics: "metrics"
        }
    }
}

/// Who is making a request: a token's holder or a signed-in person; nil for nobody (public reads).
public struct Principal: Sendable, Equatable {
    /// How the caller proved who it is.
    public enum Credential: Sendable, Hashable {
        case token(id: Int64)
        /// A session cookie; `sessionID` is the row id of the session, never its secret.
        case session(userID: Int64, sessionID: Int64)
    }

    public let credential: Credential
    public let name: String
    public let role: Role
    /// The slug a municipality token or account is bound to; nil for the other roles.
    public let municipality: String?

    public init(credential: Credential, name: String, role: Role, municipality: String?) {
        self.credential = credential
        self.name = name
        self.role = role
        self.municipality = municipality
    }

    public init(tokenID: Int64, name: String, role: Role, municipality: String?) {
        self.init(credential: .token(id: tokenID), name: name, role: role, municipality: municipality)
    }

    public var tokenID: Int64? {
        if case .token(let id) = credential { id } else { nil }
    }

    public var userID: Int64? {
        if case .session(let id, _) = credential { id } else { nil }
    }
}
