/// Role checks of the table in docs/api.md#authentication-and-roles: 401 without a token, 403 with the wrong role.
extension AppContext {
    @discardableResult
    func require(_ roles: Role...) throws -> Principal { try require(roles) }

    @discardableResult
    func require(_ roles: [Role]) throws -> Principal {
        guard let principal else {
            throw AppError.unauthorized("This needs a token: send 'Authorization: Bearer <token>'.")
        }
        guard roles.contains(principal.role) else {
            let holder = principal.userID == nil ? "token" : "account"
            throw AppError.forbidden("A \(principal.role.rawValue) \(holder) may not do this; it needs \(roles.map(\.rawValue).joined(separator: " or ")).")
        }
        return principal
    }

    /// A municipality token may only act for its own municipality.
    func mayActFor(municipality slug: String) -> Bool {
        guard let principal else { return false }
        return principal.role != .municipality || principal.municipality == slug
    }
}
