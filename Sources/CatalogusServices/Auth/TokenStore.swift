import CatalogusDomain
import CatalogusStorage
import Foundation
import SQLite

/// A token as `catalogus token list` shows it; never the token itself.
public struct TokenRecord: Sendable, Equatable {
    public let id: Int64
    public let name: String
    public let role: Role
    public let municipality: String?
    public let createdAt: String
    public let lastUsedAt: String?
    public let revokedAt: String?
}

public enum TokenError: Error, CustomStringConvertible, Equatable {
    case municipalityRequired
    case municipalityNotAllowed(Role)
    case unknownMunicipality(String)
    case invalidName
    case notFound(String)

    public var description: String {
        switch self {
        case .municipalityRequired: "a municipality token needs --municipality SLUG"
        case .municipalityNotAllowed(let role): "--municipality is only for municipality tokens, not \(role.rawValue)"
        case .unknownMunicipality(let slug): "no municipality with slug '\(slug)'"
        case .invalidName: "--name must be 1 to 100 characters"
        case .notFound(let reference): "no active token with id or name '\(reference)'"
        }
    }
}

/// Creates, lists, revokes and checks API tokens. Only SHA-256 digests are stored.
public enum TokenStore {
    /// Returns the new record and the token, which is shown once and never stored.
    public static func create(in db: Connection, role: Role, municipality: String?, name: String,
                              now: String = Timestamp.now()) throws -> (record: TokenRecord, token: String) {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard (1...100).contains(name.count) else { throw TokenError.invalidName }
        switch (role.grant.ownMunicipalityOnly, municipality) {
        case (true, nil): throw TokenError.municipalityRequired
        case (true, let slug?):
            if try MunicipalityRepository.exists(slug, in: db) == false { throw TokenError.unknownMunicipality(slug) }
        case (false, .some): throw TokenError.municipalityNotAllowed(role)
        case (false, nil): break
        }
        let token = TokenDigest.generateToken()
        let id: Int64 = try db.transaction(.immediate) {
            try TokenRepository.insert(name: name, role: role, municipality: municipality, digest: TokenDigest.sha256(token),
                                       now: now, in: db)
        }
        let record = TokenRecord(id: id, name: name, role: role, municipality: municipality,
                                 createdAt: now, lastUsedAt: nil, revokedAt: nil)
        return (record, token)
    }

    public static func list(in db: Connection) throws -> [TokenRecord] {
        try TokenRepository.all(in: db)
    }

    /// Revokes by id or by name; revocation takes effect on the next request because
    /// every request looks its token up.
    @discardableResult
    public static func revoke(in db: Connection, reference: String, now: String = Timestamp.now()) throws -> Int {
        let revoked: Int = try db.transaction(.immediate) {
            if let id = Int64(reference) { return try TokenRepository.revoke(id: id, now: now, in: db) }
            return try TokenRepository.revoke(name: reference, now: now, in: db)
        }
        guard revoked > 0 else { throw TokenError.notFound(reference) }
        return revoked
    }

    /// The principal for a presented token, or nil when it is unknown or revoked.
    public static func authenticate(_ token: String, in db: Connection) throws -> Principal? {
        let digest = TokenDigest.sha256(token)
        guard let found = try TokenRepository.active(digest: digest, in: db),
              TokenDigest.constantTimeEquals(found.storedDigest, digest) else { return nil }
        return found.principal
    }

    public static func markUsed(tokenID: Int64, in db: Connection, now: String = Timestamp.now()) throws {
        try TokenRepository.markUsed(tokenID, now: now, in: db)
    }
}
