import CatalogusDomain
import JSON

/// What a new password must be (NIST SP 800-63B §3.1.1.2, OWASP's authentication cheat
/// sheet): long enough, not one of the passwords that attackers try first, and not the
/// person's own e-mail address or name. No rules about character classes.
package enum PasswordPolicy {
    package static let minimumLength = 12
    /// Long passphrases are welcome; the bound keeps one request's hashing work bounded.
    package static let maximumLength = 256

    /// nil when the password may be used, else why not.
    package static func problem(with password: String, email: String, name: String) -> Message? {
        let length = password.unicodeScalars.count
        if length < minimumLength { return Message(.passwordTooShort, ["min": .integer(minimumLength)]) }
        if length > maximumLength { return Message(.passwordTooLong, ["max": .integer(maximumLength)]) }
        let folded = password.lowercased()
        if CommonPasswords.all.contains(folded) || isRepetitive(folded) {
            return Message(.passwordTooCommon)
        }
        let local = email.split(separator: "@").first.map { String($0).lowercased() } ?? ""
        if folded == email.lowercased() || (!local.isEmpty && folded.contains(local) && local.count >= 4)
            || folded == name.lowercased() {
            return Message(.passwordPersonal)
        }
        return nil
    }

    /// "aaaaaaaaaaaa", "abababababab", "123412341234": one short pattern repeated.
    package static func isRepetitive(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for period in 1...4 where scalars.count >= period * 3 {
            if scalars.indices.allSatisfy({ scalars[$0] == scalars[$0 % period] }) { return true }
        }
        return false
    }
}

/// Passwords of 12 characters or more that appear high in public breach lists (and the
/// Dutch ones people pick for work), lower-cased. Small on purpose: the length rule does
/// most of the work; this list catches the passwords that pass it and are tried first.
package enum CommonPasswords {
    package static let all: Set<String> = [
        "123456789012", "1234567890123", "12345678901234", "123456789123", "1234567891011", "123123123123",
        "111111111111", "000000000000", "987654321098", "147258369147", "123456654321", "112233445566",
        "qwertyuiop12", "qwertyuiop123", "qwertyuiopas", "qwertyuiopasdf", "1qaz2wsx3edc", "1q2w3e4r5t6y",
        "q1w2e3r4t5y6", "zaq12wsxcde3", "asdfghjkl123", "zxcvbnm12345", "qazwsxedcrfv", "1qaz2wsx3edc4rfv",
        "password1234", "password12345", "password123456", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234",
        "password1234!", "password!234", "mypassword123", "mypassword1234", "passwordpassword", "password2024",
        "password2025", "password2026", "password2027", "changeme1234", "letmein12345", "welcome12345",
        "welcome123456", "welcome@1234", "administrator", "administrator1", "admin1234567", "adminadmin123",
        "iloveyou1234", "sunshine1234", "football1234", "baseball1234", "superman1234", "princess1234",
        "dragon123456", "monkey123456", "trustno1trustno1", "abcdefghijkl", "abcdef123456", "abc123abc123",
        "abcd1234abcd", "1234abcd1234", "aa123456789a", "a1b2c3d4e5f6", "qwerty123456", "qwerty1234567",
        "qwertyqwerty", "asdfasdfasdf", "zxcvzxcvzxcv", "computer1234", "internet1234", "starwars1234",
        "whatever1234", "liverpool123", "manchester12", "chocolate123", "basketball12", "michaeljordan",
        "wachtwoord12", "wachtwoord123", "wachtwoord1234", "wachtwoord2024", "wachtwoord2025", "wachtwoord2026",
        "welkom123456", "welkom1234567", "welkomwelkom", "welkom@12345", "geheim123456", "geheimgeheim",
        "bibliotheek1", "bibliotheek12", "bibliotheek123", "bibliotheek2024", "bibliotheek2025", "bibliotheek2026",
        "bibliotheken1", "drenthe12345", "drenthe123456", "biblionet123", "biblionet1234", "gemeente1234",
        "gemeente12345", "voorjaar2026", "zomer2026!!!", "winter2026!!", "najaar2026!!", "catalogus123",
        "catalogus1234", "activiteiten", "activiteitencatalogus", "nederland123", "nederland1234", "amsterdam123",
        "rotterdam123", "feyenoord123", "ajaxajaxajax", "hallohallo12", "hallo1234567", "ikhouvanjou1",
        "appeltaart12", "maandag12345", "januari12345",
    ]
}
