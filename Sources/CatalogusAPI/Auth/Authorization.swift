import CatalogusDomain
import JSON

/// Permission checks of the role table (`Role.grant`): 401 without a credential, 403
/// when its role lacks the permission.
extension AppContext {
    @discardableResult
    package func require(_ permission: Permission) throws -> Principal {
        guard let principal else {
            throw AppError.unauthorized(.init(.authTokenRequired))
        }
        guard principal.may(permission) else {
            throw AppError.forbidden(.init(.authRoleForbidden, ["role": .string(principal.role.rawValue),
                                                                 "permission": .string(permission.rawValue),
                                                                 "allowed": .array(Role.holding(permission).map { .string($0.rawValue) })]))
        }
        return principal
    }

    /// Whether the caller may act for the municipality `slug` (`Principal.actsFor`); nobody is nobody's.
    package func actsFor(municipality slug: String) -> Bool {
        principal?.actsFor(municipality: slug) ?? false
    }
}
