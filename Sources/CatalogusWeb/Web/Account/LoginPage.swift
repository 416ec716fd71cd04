import CatalogusAPI
import HTTPServer

/// `GET /login?next=&afgemeld=1`: the sign-in form. login.js posts it to
/// `POST /api/v1/session` and then goes to `next` (a path on this site) or the role's home.
package enum LoginPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = request.query
        let next = AccountPages.sameSitePath(query["next"])
        let layout = WebLayout(title: "Aanmelden", description: "Aanmelden bij de Activiteitencatalogus met uw e-mailadres en wachtwoord.",
                               section: .account, script: "login.js", preload: ["api.js", "dom.js", "forms.js", "signin.js"],
                               bodyClass: "page-account", styles: ["account.css"])
        let main: HTML
        if let viewer = context.viewer {
            main = signedIn(viewer, next: next)
        } else {
            main = form(signedOut: query["afgemeld"] == "1")
        }
        var response = WebResponse.page(request, layout.render(main, for: context.viewer))
        // A page with a password field is nothing to keep in any cache.
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    /// The form has no `name` attributes, so a submit without script (or before it ran)
    /// never puts an e-mail address or password into a URL.
    package static func form(signedOut: Bool) -> HTML {
        let notice: HTML = signedOut ? "<p class=\"success\" id=\"afgemeld\">U bent afgemeld.</p>\n" : .empty
        return """
            <div class="account-card">
            <h1>Aanmelden</h1>
            \(notice)<p class="lede">Meld u aan met het e-mailadres en het wachtwoord van uw account.</p>
            <noscript><p class="notice">Aanmelden kan alleen met JavaScript aan.</p></noscript>
            <form id="aanmelden" class="form-stack" method="get" action="/login" novalidate>
            <div class="field">
            <label for="email">E-mailadres</label>
            <input id="email" data-field="email" type="email" autocomplete="username" inputmode="email" autocapitalize="none" spellcheck="false" required>
            </div>
            <div class="field">
            <label for="wachtwoord">Wachtwoord</label>
            <input id="wachtwoord" data-field="password" type="password" autocomplete="current-password" required>
            </div>
            <span class="show-password"><input type="checkbox" id="toon-wachtwoord" data-shows="wachtwoord"> <label for="toon-wachtwoord">Wachtwoord tonen</label></span>
            <div class="form-actions"><button type="submit" id="aanmelden-knop">Aanmelden</button></div>
            </form>
            <p id="status" class="status" role="status" aria-live="polite"></p>
            <p class="account-help"><a id="vergeten" href="/password-reset">Wachtwoord vergeten?</a></p>
            <p class="hint">Nog geen account? Vraag de beheerder van de catalogus om een uitnodiging.</p>
            </div>
            """
    }

    package static func signedIn(_ viewer: WebViewer, next: String?) -> HTML {
        let home = AccountPages.home(for: viewer.role)
        let onward: HTML = next.map { "<a class=\"button-link\" href=\"\($0)\">Verder naar de pagina die u wilde zien</a>" }
            ?? "<a class=\"button-link\" href=\"\(home.path)\">Verder naar \(home.label)</a>"
        return """
            <div class="account-card">
            <h1>Aanmelden</h1>
            <div class="notice">
            <p>U bent al aangemeld als <strong>\(viewer.name)</strong> (\(viewer.role.label)).</p>
            </div>
            <p>\(onward)</p>
            <p>Wilt u zich als iemand anders aanmelden? Meld u dan eerst af met de knop “Afmelden” bovenaan de pagina.</p>
            <p><a href="/account">Uw account en apparaten</a></p>
            </div>
            """
    }
}
