import CatalogusDomain
import CatalogusStorage
import JSON

/// The bodies of the sign-in and account endpoints, decoded with every field error at once.
package enum PeopleInput {
    package static let maxEmailLength = 254
    package static let maxCodeLength = 100

    /// `POST /api/v1/session`.
    package struct SignIn {
        package let email: String
        package let password: String

        package static func decode(_ body: JSONObject) throws -> SignIn {
            var v = FieldValidator(body)
            v.rejectUnknown(allowed: ["email", "password"])
            let email = v.email("email")
            let password = v.rawString("password", maxLength: PasswordPolicy.maximumLength)
            let (validEmail, validPassword) = try v.finish(email, password)
            return SignIn(email: validEmail, password: validPassword)
        }
    }

    /// `POST /api/v1/welcome`: the link's code and the new password.
    package struct Welcome {
        package let code: String
        package let password: String

        package static func decode(_ body: JSONObject) throws -> Welcome {
            var v = FieldValidator(body)
            v.rejectUnknown(allowed: ["code", "password"])
            let code = v.string("code", maxLength: maxCodeLength)
            let password = v.rawString("password", maxLength: PasswordPolicy.maximumLength)
            let (validCode, validPassword) = try v.finish(code, password)
            return Welcome(code: validCode, password: validPassword)
        }
    }

    /// `POST /api/v1/password-reset`: the address a person forgot the password of.
    package struct PasswordReset {
        package let email: String

        package static func decode(_ body: JSONObject) throws -> PasswordReset {
            var v = FieldValidator(body)
            v.rejectUnknown(allowed: ["email"])
            let email = v.email("email")
            try v.finish()
            return PasswordReset(email: email ?? "")
        }
    }

    /// Which mail a person wants (`PUT /api/v1/users/{id}/mail-preferences`): both members, booleans.
    package static func mailPreferences(_ body: JSONObject) throws -> MailPreferences {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: Set(MailPreferences.Kind.allCases.map(\.rawValue)))
        var preferences = MailPreferences()
        for kind in MailPreferences.Kind.allCases {
            if let wanted = v.boolean(kind.rawValue, required: true) { preferences[kind] = wanted }
        }
        try v.finish()
        return preferences
    }

    /// `POST /api/v1/users`, read by `UserAccount.field(_:)`.
    package static func invitation(_ body: JSONObject) throws -> UserAccount {
        var v = FieldValidator(body)
        let user = account(onto: UserAccount.new(now: ""), creating: true, validator: &v)
        try v.finish()
        return user
    }

    /// `PATCH /api/v1/users/{id}`: only the members sent change; `municipality: null` clears it.
    package static func change(_ body: JSONObject) throws -> PeopleService.Change {
        // A null for a member that cannot be null leaves it as it is.
        let (sent, given) = RecordInput.change(body, of: UserAccount.self)
        var v = FieldValidator(sent)
        let values = account(onto: UserAccount.new(now: ""), creating: false, validator: &v)
        try v.finish()
        return PeopleService.Change(values: values, given: given)
    }

    private static func account(onto user: UserAccount, creating: Bool, validator v: inout FieldValidator) -> UserAccount {
        RecordInput.decode(onto: user, creating: creating, validator: &v) { special, key, user, v in
            switch special {
            case .email: if let email = v.email(key) { user.email = email }
            case .municipality: user.municipality = v.string(key, required: false, maxLength: Municipality.maxSlugLength)
            case .active: if let active = v.boolean(key, required: false) { user.active = active }
            }
        }
    }
}

extension FieldValidator {
    /// An e-mail address, normalised (trimmed, lower-cased): one `@`, something on each side,
    /// a dot in the domain, no spaces; at most 254 characters (RFC 5321 §4.5.3.1).
    package mutating func email(_ field: String) -> String? {
        guard let text = string(field, maxLength: PeopleInput.maxEmailLength) else { return nil }
        let email = PeopleService.normalisedEmail(text)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(where: { $0.isWhitespace }), email.count >= 3 else {
            fail(field, .fieldNotEmail)
            return nil
        }
        return email
    }

    /// A secret as typed: not trimmed (spaces may be part of a passphrase), any characters
    /// but controls, and non-empty.
    package mutating func rawString(_ field: String, maxLength: Int) -> String? {
        guard let value = object[field], !value.isNull else {
            fail(field, .fieldRequired)
            return nil
        }
        guard let text = value.stringValue else {
            fail(field, .fieldNotText, ["given": .string(value.kindName)])
            return nil
        }
        guard Self.isWithin(text, maxLength: maxLength) else {
            fail(field, .fieldTooLong, ["max": .integer(maxLength)])
            return nil
        }
        guard !text.isEmpty, !Self.hasControlCharacters(text, multiline: false) else {
            fail(field, text.isEmpty ? .fieldEmpty : .fieldControlCharacters)
            return nil
        }
        return text
    }
}
