import CatalogusAPI
import CatalogusDomain
import HTTPServer

/// The pages of a person's own account: signing in, setting a password with the
/// one-time link, and the person's sessions. The forms post to the JSON API from
/// script (login.js, welcome.js, account.js); the server renders the frame.
package enum AccountPages {
    package static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/login", LoginPage.handle)
        router.get("/welcome", WelcomePage.handle)
        router.get("/password-reset", PasswordResetPage.handle)
        router.get("/account", WebAccess.gate(.accountOwn, AccountPage.handle))
    }

    /// Where a role starts its work after signing in (login.js and welcome.js know the same).
    package static func home(for role: Role) -> (path: String, label: String) {
        let open = WebLayout.Section.open(to: role)
        return WebLayout.Section.homes.first(where: open.contains)?.link ?? ("/", "het dashboard")
    }

    /// `next` when it is a path on this site, else nil. Only "/" followed by anything but
    /// a second "/" or "\" qualifies: "//evil.example" and "/\evil.example" are
    /// addresses of another host to a browser (an open redirect otherwise).
    package static func sameSitePath(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), next.utf8.count <= 2000 else { return nil }
        let second = next.dropFirst().first
        guard second != "/", second != "\\" else { return nil }
        guard !next.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return next
    }
}
