/// The roles of API.md's authentication table, and `metrics` for scrapers: it may
/// read `/metrics` and nothing else.
public enum Role: String, Sendable, CaseIterable {
    case admin, staff, municipality, viewer, metrics
}

/// Who is making a request: a token's holder, or nobody (public reads).
public struct Principal: Sendable, Equatable {
    public let tokenID: Int64
    public let name: String
    public let role: Role
    /// The slug a municipality token is bound to; nil for the other roles.
    public let municipality: String?

    public init(tokenID: Int64, name: String, role: Role, municipality: String?) {
        self.tokenID = tokenID
        self.name = name
        self.role = role
        self.municipality = municipality
    }
}
