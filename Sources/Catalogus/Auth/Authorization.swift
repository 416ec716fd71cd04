/// Permission checks of the role table (`Role.grant`): 401 without a credential, 403
/// when its role lacks the permission.
extension AppContext {
    @discardableResult
    func require(_ permission: Permission) throws -> Principal {
        guard let principal else {
            throw AppError.unauthorized("This needs a token: send 'Authorization: Bearer <token>'.")
        }
        guard principal.may(permission) else {
            let holder = principal.userID == nil ? "token" : "account"
            let roles = Role.holding(permission).map(\.rawValue).joined(separator: " or ")
            throw AppError.forbidden("A \(principal.role.rawValue) \(holder) may not do this; it needs \(permission.rawValue) (\(roles)).")
        }
        return principal
    }

    /// Whether the caller may act for the municipality `slug` (`Principal.actsFor`); nobody is nobody's.
    func actsFor(municipality slug: String) -> Bool {
        principal?.actsFor(municipality: slug) ?? false
    }
}
