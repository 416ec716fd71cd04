import JSON

/// Role checks of the table in docs/api.md#authentication-and-roles: 401 without a token, 403 with the wrong role.
extension AppContext {
    @discardableResult
    func require(_ roles: Role...) throws -> Principal { try require(roles) }

    @discardableResult
    func require(_ roles: [Role]) throws -> Principal {
        guard let principal else {
            throw AppError.unauthorized(.init(.authTokenRequired))
        }
        guard roles.contains(principal.role) else {
            throw AppError.forbidden(.init(.authRoleForbidden, ["role": .string(principal.role.rawValue),
                                                                 "allowed": .array(roles.map { .string($0.rawValue) })]))
        }
        return principal
    }

    /// A municipality token may only act for its own municipality.
    func mayActFor(municipality slug: String) -> Bool {
        guard let principal else { return false }
        return principal.role != .municipality || principal.municipality == slug
    }
}
