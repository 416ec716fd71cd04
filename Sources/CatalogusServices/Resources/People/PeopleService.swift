import CatalogusDomain
import CatalogusStorage
import Foundation
import JSON
import SQLite

/// Accounts, one-time links and sessions: the rules, the transactions and the audit
/// records. Handlers only parse and render around these calls.
package struct PeopleService {
    package static let invitationLifetime: TimeInterval = 72 * 3600
    package static let idleLifetime: TimeInterval = 8 * 3600
    package static let absoluteLifetime: TimeInterval = 7 * 24 * 3600

    package let services: AccountServices
    package let reader: Connection
    package var now: Date = Date()

    package init(services: AccountServices, reader: Connection, now: Date = Date()) {
        self.services = services
        self.reader = reader
        self.now = now
    }

    package var nowText: String { Timestamp.format(now) }
    package var idleCutoff: String { Timestamp.format(now.addingTimeInterval(-Self.idleLifetime)) }

    /// A started session: the secret goes in the cookie, the CSRF token in the body.
    package struct SignedIn {
        package let user: UserAccount
        package let secret: String
        package let csrfToken: String
        package let session: SessionRecord
        /// A new device cookie for the browser (`DeviceCookie`).
        package let device: DeviceCookie
    }

    /// A new one-time link for a person to set a password.
    package struct Welcome {
        package let user: UserAccount
        package let code: String
        package let expiresAt: String
        package var path: String { "/welcome#code=" + code }
    }

    // MARK: Sign-in

    package static func normalisedEmail(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// One sign-in as the request brings it.
    package struct SignInAttempt {
        package var email: String
        package var password: String
        package var userAgent: String?
        /// The client's network (`HTTPRequest.clientNetwork`): the key of the per-client limit.
        package var client: String
        /// The request's `Cookie` headers: a device cookie among them makes the attempt known.
        package var cookieHeaders: [String] = []

        package init(email: String, password: String, userAgent: String? = nil, client: String, cookieHeaders: [String] = []) {
            self.email = email
            self.password = password
            self.userAgent = userAgent
            self.client = client
            self.cookieHeaders = cookieHeaders
        }
    }

    /// Checks the password and starts a session. Wrong address, wrong password, a
    /// disabled account or one without a password all fail the same way after the same
    /// work (one scrypt hash), so that the answer says nothing about which it was.
    /// `SignInGuard` decides first whether the attempt may be checked at all.
    package func signIn(_ attempt: SignInAttempt, actor: AuditLog.Actor) throws -> SignedIn {
        let email = Self.normalisedEmail(attempt.email)
        let user = try UserRepository.find(email: email, in: reader)
        let key = try services.deviceCookieKey(reader)
        let device = user.flatMap { DeviceCookie.find(in: attempt.cookieHeaders, for: $0.id, key: key) }
        let guardian = SignInGuard(services: services)
        let admission = try guardian.admit(email: email, device: device, client: attempt.client)
        let stored = try user.flatMap { try UserRepository.passwordHash(of: $0.id, in: reader) }
        let matches: Bool
        do {
            matches = try services.passwordGate.run(admission.priority) {
                services.passwordHasher.verify(attempt.password, against: stored ?? services.decoyPasswordHash)
            }
        } catch {
            guardian.release(admission)
            throw error
        }
        // A blocked account is told so, but only to someone who knows its password: to
        // everyone else it fails as a wrong password does, and nothing leaks.
        if matches, let user, !user.active, stored != nil {
            guardian.release(admission)
            throw AppError.forbidden(.init(.signInBlocked))
        }
        guard matches, let user, user.active, stored != nil else {
            switch guardian.failed(admission) {
            case .none: break
            case .accountLocked(let seconds):
                audit("sign_in.locked", user: user, email: email, actor: actor, extra: [(key: "locked_seconds", value: .integer(Int64(seconds)))])
                throw SignInGuard.locked(seconds)
            case .deviceDistrusted:
                audit("sign_in.device_distrusted", user: user, email: email, actor: actor, extra: [])
            }
            throw AppError.unauthorized(.init(.signInWrong))
        }
        guardian.release(admission)
        return try services.writer.write { db in
            try startSession(for: user, userAgent: attempt.userAgent, action: "session.created", actor: actor, in: db)
        }
    }

    /// A lock, or a device cookie that stopped counting, in the audit log. Best effort:
    /// the answer must not depend on the write.
    private func audit(_ action: String, user: UserAccount?, email: String, actor: AuditLog.Actor,
                       extra: [(key: String, value: JSONValue)]) {
        let after = JSONObject([(key: "email", value: .string(email))] + extra)
        try? services.writer.write { db in
            try AuditLog.record(db, actor: actor, action: action, entity: "user", id: user.map { String($0.id) } ?? AuditLog.entityID(email),
                                before: nil, after: .object(after), at: nowText)
        }
    }

    private func startSession(for user: UserAccount, userAgent: String?, action: String, actor: AuditLog.Actor,
                              in db: Connection) throws -> SignedIn {
        try UserRepository.prune(now: nowText, idleCutoff: idleCutoff, in: db)
        let secret = SessionSecret.generate()
        let expiresAt = Timestamp.format(now.addingTimeInterval(Self.absoluteLifetime))
        let agent = userAgent.map { String($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(300)) }
        let id = try UserRepository.insertSession(userID: user.id, secretHash: SessionSecret.digest(secret), now: nowText,
                                                  expiresAt: expiresAt, userAgent: agent, in: db)
        // Each sign-in adds a row: a person (or a script with their password) cannot grow the table without bound.
        try UserRepository.keepNewestSessions(of: user.id, count: SignInLimits.maxSessionsPerAccount, in: db)
        try UserRepository.markSignedIn(user.id, now: nowText, in: db)
        var actor = actor
        actor.userID = user.id
        try AuditLog.record(db, actor: actor.named(user.name), action: action, entity: "user", id: String(user.id),
                            before: nil, after: ["session": .integer(id)], at: nowText)
        let session = SessionRecord(id: id, userID: user.id, createdAt: nowText, lastSeenAt: nowText, expiresAt: expiresAt, userAgent: agent)
        return SignedIn(user: try UserRepository.find(id: user.id, in: db) ?? user, secret: secret,
                        csrfToken: SessionSecret.csrfToken(for: secret), session: session, device: DeviceCookie.issue(for: user.id))
    }

    /// The person and session behind a cookie value, if it is live.
    package func authenticate(secret: Substring) throws -> (user: UserAccount, session: SessionRecord)? {
        guard SessionSecret.isWellFormed(secret) else { return nil }
        let digest = SessionSecret.digest(String(secret))
        guard let found = try UserRepository.liveSession(secretHash: digest, now: nowText, idleCutoff: idleCutoff, in: reader),
              TokenDigest.constantTimeEquals(found.secretHash, digest) else { return nil }
        return (found.user, found.session)
    }

    package func signOut(sessionID: Int64, userID: Int64, actor: AuditLog.Actor) throws {
        try services.writer.write { db in
            if try UserRepository.deleteSession(sessionID, of: userID, in: db) {
                try AuditLog.record(db, actor: actor, action: "session.deleted", entity: "user", id: String(userID),
                                    before: ["session": .integer(sessionID)], after: nil, at: nowText)
            }
        }
    }

    // MARK: One-time links

    /// Sets the password of the link's account and signs the person in. A link that is
    /// unknown, used or expired is gone (410); a weak password is a field error (422) and
    /// leaves the link usable.
    package func welcome(code: String, password: String, userAgent: String?, actor: AuditLog.Actor) throws -> SignedIn {
        let digest = SessionSecret.digest(code)
        guard code.utf8.count <= 100, let invitation = try UserRepository.invitation(codeHash: digest, in: reader),
              invitation.usedAt == nil, invitation.expiresAt > nowText,
              let user = try UserRepository.find(id: invitation.userID, in: reader), user.active else {
            throw AppError.gone(.init(.linkInvalid))
        }
        if let problem = PasswordPolicy.problem(with: password, email: user.email, name: user.name) {
            throw AppError.validation([.init(field: "password", problem)])
        }
        // The link is valid: as good a proof as a device cookie, so the reserved slots serve it during a flood.
        let hash = try services.passwordGate.run(.known) { try services.passwordHasher.hash(password) }
        return try services.writer.write { db in
            // Checked again inside the transaction: two tabs may redeem the same link at once.
            guard let current = try UserRepository.invitation(codeHash: digest, in: db), current.usedAt == nil else {
                throw AppError.gone(.init(.linkJustUsed))
            }
            try UserRepository.markUsed(invitation: current.id, now: nowText, in: db)
            try UserRepository.setPassword(user.id, hash: hash, now: nowText, in: db)
            try UserRepository.deleteSessions(of: user.id, in: db)
            var person = actor.named(user.name)
            person.userID = user.id
            try AuditLog.record(db, actor: person, action: "user.password_set", entity: "user", id: String(user.id),
                                before: nil, after: nil, at: nowText)
            let signedIn = try startSession(for: user, userAgent: userAgent, action: "session.created", actor: actor, in: db)
            // A password set with a link an admin sent ends any lock others put on the address.
            services.unknownFailures.clear(user.email)
            return signedIn
        }
    }

    // MARK: Administration

    /// A new account (`UserAccount.new` with the body's fields) and its first link.
    package func invite(_ new: UserAccount, actor: AuditLog.Actor) throws -> Welcome {
        try services.writer.write { db in
            try Self.checkMunicipality(role: new.role, municipality: new.municipality, in: db)
            if try UserRepository.find(email: new.email, in: db) != nil {
                throw AppError.conflict(.init(.userEmailTaken, ["email": .string(new.email)]))
            }
            let id = try UserRepository.insert(new, now: nowText, in: db)
            let welcome = try makeLink(for: id, in: db)
            try AuditLog.record(db, actor: actor, action: "user.created", entity: "user", id: String(id), before: nil,
                                after: welcome.user, at: nowText)
            try mail(welcome, isReset: false, in: db)
            return welcome
        }
    }

    /// A PATCH: the values of the columns in `given` (`PeopleInput.change`).
    package struct Change {
        package var values: UserAccount
        package var given: [UserAccount.Column]

        package init(values: UserAccount, given: [UserAccount.Column]) {
            self.values = values
            self.given = given
        }

        /// Disables the account.
        package static var disable: Change {
            var values = UserAccount.new(now: "")
            values.active = false
            return Change(values: values, given: [.active])
        }
    }

    /// Changes an account. Disabling it or changing its role ends its sessions, so the
    /// change holds from the next request on.
    package func update(_ id: Int64, _ change: Change, expectedVersion: Int64?, actor: AuditLog.Actor) throws -> UserAccount {
        try services.writer.write { db in
            guard let before = try UserRepository.find(id: id, in: db) else { throw AppError.notFound(.init(.userUnknown, ["id": .integer(id)])) }
            if let expectedVersion, expectedVersion != before.version {
                throw AppError.preconditionFailed(.init(.resourceChanged, ["version": .integer(before.version)]))
            }
            var changed = before.changed(by: change.values, in: change.given)
            let roleGiven = change.given.contains(.role)
            if roleGiven, !changed.role.grant.ownMunicipalityOnly, !change.given.contains(.municipality) { changed.municipality = nil }
            try Self.checkMunicipality(role: changed.role, municipality: changed.municipality, in: db)
            if actor.userID == id, ((change.given.contains(.active) && !changed.active) || (roleGiven && !changed.role.may(.peopleManage))) {
                throw AppError.conflict(.init(.userCannotLockSelf))
            }
            try UserRepository.update(changed, now: nowText, in: db)
            let (role, municipality, active) = (changed.role, changed.municipality, changed.active)
            if !active || role != before.role || municipality != before.municipality {
                try UserRepository.deleteSessions(of: id, in: db)
            }
            // A link sent before the account was disabled must not work once it is enabled again.
            if !active { try UserRepository.deleteInvitations(of: id, in: db) }
            guard let after = try UserRepository.find(id: id, in: db) else { throw AppError.notFound(.init(.userUnknown, ["id": .integer(id)])) }
            try AuditLog.record(db, actor: actor, action: "user.updated", entity: "user", id: String(id), before: before,
                                after: after, at: nowText)
            return after
        }
    }

    /// A new one-time link. The old password stops working and every session ends: a
    /// reset is what an admin does when a password may be known to someone else.
    package func reset(_ id: Int64, actor: AuditLog.Actor) throws -> Welcome {
        try services.writer.write { db in
            guard let before = try UserRepository.find(id: id, in: db) else { throw AppError.notFound(.init(.userUnknown, ["id": .integer(id)])) }
            try UserRepository.clearPassword(id, now: nowText, in: db)
            try UserRepository.deleteSessions(of: id, in: db)
            let welcome = try makeLink(for: id, in: db)
            try AuditLog.record(db, actor: actor, action: "user.reset", entity: "user", id: String(id), before: before,
                                after: welcome.user, at: nowText)
            try mail(welcome, isReset: true, in: db)
            return welcome
        }
    }

    package func sessions(of userID: Int64) throws -> [SessionRecord] {
        guard try UserRepository.find(id: userID, in: reader) != nil else { throw AppError.notFound(.init(.userUnknown, ["id": .integer(userID)])) }
        return try UserRepository.sessions(of: userID, now: nowText, idleCutoff: idleCutoff, in: reader)
    }

    package func revoke(session sessionID: Int64, of userID: Int64, actor: AuditLog.Actor) throws {
        try services.writer.write { db in
            guard try UserRepository.deleteSession(sessionID, of: userID, in: db) else {
                throw AppError.notFound(.init(.sessionUnknown, ["user": .integer(userID), "session": .integer(sessionID)]))
            }
            try AuditLog.record(db, actor: actor, action: "session.revoked", entity: "user", id: String(userID),
                                before: ["session": .integer(sessionID)], after: nil, at: nowText)
        }
    }

    /// The link, mailed to the person in the same transaction (the admin still sees it, for when mail fails).
    private func mail(_ welcome: Welcome, isReset: Bool, in db: Connection) throws {
        guard let mailer = services.mailer else { return }
        let content = MailTexts.invitation(name: welcome.user.name, roleLabel: welcome.user.role.label, link: mailer.link(welcome.path),
                                           validHours: Int(Self.invitationLifetime / 3600), isReset: isReset)
        try mailer.queue(content, kind: isReset ? .reset : .invitation, to: welcome.user.name, address: welcome.user.email, in: db)
    }

    func makeLink(for id: Int64, lifetime: TimeInterval = invitationLifetime, in db: Connection) throws -> Welcome {
        let code = SessionSecret.generate()
        let expiresAt = Timestamp.format(now.addingTimeInterval(lifetime))
        try UserRepository.insertInvitation(userID: id, codeHash: SessionSecret.digest(code), now: nowText, expiresAt: expiresAt, in: db)
        guard let user = try UserRepository.find(id: id, in: db) else { throw AppError.notFound(.init(.userUnknown, ["id": .integer(id)])) }
        return Welcome(user: user, code: code, expiresAt: expiresAt)
    }

    package static func checkMunicipality(role: Role, municipality: String?, in db: Connection) throws {
        guard Role.forPeople.contains(role) else {
            throw AppError.validation([.init(field: "role", Message(.userRoleInvalid, ["allowed": .array(Role.forPeople.map { .string($0.rawValue) })]))])
        }
        switch (role.grant.ownMunicipalityOnly, municipality) {
        case (true, nil):
            throw AppError.validation([.init(field: "municipality", Message(.userMunicipalityRequired))])
        case (true, let slug?):
            if try !MunicipalityRepository.exists(slug, in: db) {
                throw AppError.validation([.init(field: "municipality", Message(.userMunicipalityUnknown))])
            }
        case (false, .some):
            throw AppError.validation([.init(field: "municipality", Message(.userMunicipalityNotAllowed))])
        case (false, nil): break
        }
    }
}

extension AuditLog.Actor {
    package func named(_ name: String) -> AuditLog.Actor {
        var copy = AuditLog.Actor(tokenID: tokenID, userID: userID, name: name, requestID: requestID)
        copy.clientRequestID = clientRequestID
        return copy
    }
}
