import CatalogusAPI
import HTTPServer

/// `GET /welcome#code=…`: a person invited by the administrator sets a password. The code
/// is in the fragment, which browsers never send, so it reaches neither the server's
/// logs nor a proxy; welcome.js reads it, removes it from the address bar and posts it
/// with the password to `POST /api/v1/welcome`, which signs the person in.
package enum WelcomePage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let layout = WebLayout(title: "Wachtwoord instellen", description: "Kies het wachtwoord voor uw account bij de Activiteitencatalogus.",
                               section: .account, script: "welcome.js", preload: ["api.js", "dom.js", "forms.js", "signin.js"],
                               bodyClass: "page-account", styles: ["account.css"])
        var response = WebResponse.page(request, layout.render(render(signedInAs: context.viewer), for: context.viewer))
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    package static func render(signedInAs viewer: WebViewer?) -> HTML {
        let other: HTML = viewer.map {
            "<p class=\"notice\">U bent nu aangemeld als \($0.name). Als u hier een wachtwoord instelt, wordt u aangemeld met het account van deze uitnodiging.</p>\n"
        } ?? .empty
        return """
            <div class="account-card">
            <h1>Wachtwoord instellen</h1>
            <p class="lede">Welkom bij de Activiteitencatalogus. Kies een wachtwoord voor uw account; daarna bent u meteen aangemeld.</p>
            \(other)<noscript><p class="notice">Een wachtwoord instellen kan alleen met JavaScript aan.</p></noscript>
            <div id="link-probleem" class="notice notice-error" role="alert" tabindex="-1" hidden>
            <p id="link-probleem-tekst"></p>
            <p>Heeft u al een wachtwoord ingesteld? <a href="/login">Meld u dan aan</a>.</p>
            </div>
            <form id="welkom" class="form-stack" method="get" action="/welcome" novalidate>
            <div class="rules" id="regels">
            <p class="rules-title">Uw wachtwoord:</p>
            <ul>
            <li>is minstens 12 tekens lang; een zin of een paar woorden is makkelijk te onthouden;</li>
            <li>is geen veelgebruikt wachtwoord zoals “wachtwoord1234”;</li>
            <li>bevat niet uw e-mailadres of naam.</li>
            </ul>
            </div>
            <div class="field">
            <label for="nieuw-wachtwoord">Nieuw wachtwoord</label>
            <input id="nieuw-wachtwoord" data-field="password" type="password" autocomplete="new-password" minlength="12" required aria-describedby="regels">
            </div>
            <div class="field">
            <label for="herhaal-wachtwoord">Herhaal het wachtwoord</label>
            <input id="herhaal-wachtwoord" data-field="repeat" type="password" autocomplete="new-password" required>
            </div>
            <span class="show-password"><input type="checkbox" id="toon-wachtwoord" data-shows="nieuw-wachtwoord herhaal-wachtwoord"> <label for="toon-wachtwoord">Wachtwoorden tonen</label></span>
            <div class="form-actions"><button type="submit" id="instellen-knop">Wachtwoord instellen en aanmelden</button></div>
            </form>
            <p id="status" class="status" role="status" aria-live="polite"></p>
            </div>
            """
    }
}
