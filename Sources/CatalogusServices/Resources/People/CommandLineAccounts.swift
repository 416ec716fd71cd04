import CatalogusDomain
import CatalogusStorage
import Foundation
import JSON
import SQLite

/// What `catalogus user …` does, on the same service as the API (so the same rules and
/// audit records), acting as "command line".
public struct CommandLineAccounts {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public struct Link: Sendable {
        public let userID: Int64
        public let email: String
        public let role: String
        public let path: String
        public let expiresAt: String
    }

    package let writer: DatabaseWriter
    package let actor = AuditLog.Actor(tokenID: nil, name: "command line", requestID: nil)
    /// Queues the link's mail in the outbox, as the API does; the server sends it.
    package let mailer: Mailer?

    public init(writer: DatabaseWriter) {
        self.writer = writer
        mailer = nil
    }

    package init(writer: DatabaseWriter, mailer: Mailer?) {
        self.writer = writer
        self.mailer = mailer
    }

    private func service<T>(_ body: (PeopleService) throws -> T) throws -> T {
        // Hashes no password here; the low cost spares the decoy's.
        let services = AccountServices(writer: writer, cost: .testing, mailer: mailer)
        do {
            let reader = try Connection(path: writer.path, mode: .readOnly)
            defer { reader.close() }
            return try body(PeopleService(services: services, reader: reader))
        } catch let error as AppError {
            throw Failure(description: Self.describe(error))
        }
    }

    public func create(email: String, name: String, role: String, municipality: String?) throws -> Link {
        var validator = FieldValidator(JSONObject([(key: "email", value: .string(email)), (key: "name", value: .string(name))]))
        let email = validator.email("email")
        let name = validator.string("name", maxLength: UserAccount.maxNameLength)
        guard let role = Role(rawValue: role), Role.forPeople.contains(role) else {
            throw Failure(description: "--role must be one of \(Role.forPeople.map(\.rawValue).joined(separator: ", "))")
        }
        guard validator.errors.isEmpty, let email, let name else { throw Failure(description: Self.describe(.validation(validator.errors))) }
        var new = UserAccount.new(now: "")
        (new.email, new.name, new.role, new.municipality) = (email, name, role, municipality)
        let welcome = try service { try $0.invite(new, actor: actor) }
        return link(welcome)
    }

    public func list() throws -> [[String]] {
        try writer.withConnection { db in
            try UserRepository.list(after: nil, limit: Int.max, in: db).map { user in
                [String(user.id), user.email, user.name, user.role.rawValue, user.municipality ?? "-", user.active ? "yes" : "no",
                 user.createdAt, user.lastSignInAt ?? "-"]
            }
        }
    }

    public func disable(_ reference: String) throws {
        let id = try find(reference)
        _ = try service { try $0.update(id, .disable, expectedVersion: nil, actor: actor) }
    }

    public func reset(_ reference: String) throws -> Link {
        let id = try find(reference)
        return link(try service { try $0.reset(id, actor: actor) })
    }

    private func find(_ reference: String) throws -> Int64 {
        let user = try writer.withConnection { db in
            if let id = Int64(reference) { return try UserRepository.find(id: id, in: db) }
            return try UserRepository.find(email: PeopleService.normalisedEmail(reference), in: db)
        }
        guard let user else { throw Failure(description: "no account with id or e-mail '\(reference)'") }
        return user.id
    }

    private func link(_ welcome: PeopleService.Welcome) -> Link {
        Link(userID: welcome.user.id, email: welcome.user.email, role: welcome.user.role.rawValue, path: welcome.path,
             expiresAt: welcome.expiresAt)
    }

    package static func describe(_ error: AppError) -> String {
        switch error {
        case .validation(let errors): errors.map { "\($0.field): \($0.detail)" }.joined(separator: "; ")
        default: error.message.detail
        }
    }
}
