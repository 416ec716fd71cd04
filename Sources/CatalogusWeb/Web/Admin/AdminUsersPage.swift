import CatalogusAPI
import HTTPServer

/// `GET /admin/users`: the accounts of people — invite, change role and municipality,
/// block and unblock, send a new link. admin-users.js works through `/api/v1/users`.
package enum AdminUsersPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let municipalities = try AdminChoices.municipalities(in: context.reader)
        return AdminPages.page(request, context, title: "Gebruikers", description: "Mensen uitnodigen en hun accounts beheren.",
                                   script: "admin-users.js", preload: ["admin-labels.js"]) { _ in
            render(municipalities: municipalities, mails: context.services.accounts.mailer != nil)
        }
    }

    /// `mails`: whether the server sends mail (then the person gets the link by e-mail too).
    package static func render(municipalities: [(value: String, label: String)], mails: Bool = false) -> HTML {
        let sending: HTML = mails ? "De server stuurt hem per e-mail naar de persoon; u ziet hem hier ook, voor als die e-mail niet aankomt."
            : "Stuur hem zelf door, bijvoorbeeld per e-mail; hij wordt niet nog eens getoond."
        let municipalityOptions = AdminChoices.options([("", "Kies een gemeente")] + municipalities)
        let roleOptions = AdminChoices.options(AdminChoices.roles, selected: "municipality")
        return """
            \(AdminPages.breadcrumb)
            <h1>Gebruikers</h1>
            <p class="lede">Wie met de Activiteitencatalogus werkt. Een nieuwe gebruiker krijgt een link waarmee hij of zij zelf een wachtwoord kiest. \(sending)</p>
            <p id="status" class="status" role="status" aria-live="polite"></p>

            <section id="link-panel" class="panel admin-link" aria-labelledby="link-title" hidden>
            <h2 id="link-title" tabindex="-1">Link voor …</h2>
            <p id="link-text"></p>
            <div class="field"><label for="link-url">Eenmalige link</label>
            <div class="copy-row"><input id="link-url" readonly spellcheck="false" aria-describedby="link-hint"><button type="button" id="link-copy" class="button-secondary">Kopieer</button></div>
            <p id="link-hint" class="hint">De link werkt één keer en is 72 uur geldig (tot <span id="link-expires"></span>). \(sending)</p></div>
            <p id="link-copied" class="hint" aria-live="polite"></p>
            </section>

            <section class="panel" aria-labelledby="invite-title">
            <h2 id="invite-title">Iemand uitnodigen</h2>
            <form id="invite-form" class="form-stack" novalidate>
            <div class="field"><label for="invite-name">Naam</label><input id="invite-name" name="name" required maxlength="100" autocomplete="off"></div>
            <div class="field"><label for="invite-email">E-mailadres</label><input id="invite-email" name="email" type="email" required maxlength="254" autocomplete="off" spellcheck="false"></div>
            <div class="field"><label for="invite-role">Rol</label><select id="invite-role" name="role" aria-describedby="role-hint">\(roleOptions)</select>
            <p id="role-hint" class="hint">Gemeente: bestelt voor één gemeente. Bibliotheekmedewerker: registreert activiteiten en cijfers. Meekijker: leest cijfers. Beheerder: alles.</p></div>
            <div class="field" id="invite-municipality-field"><label for="invite-municipality">Gemeente</label><select id="invite-municipality" name="municipality">\(municipalityOptions)</select></div>
            <div class="form-actions"><button type="submit" id="invite-button">Uitnodigen</button></div>
            </form>
            </section>

            <section id="edit-panel" class="panel" aria-labelledby="edit-title" hidden>
            <h2 id="edit-title" tabindex="-1">Account wijzigen</h2>
            <form id="edit-form" class="form-stack" novalidate>
            <div class="field"><label for="edit-name">Naam</label><input id="edit-name" name="name" required maxlength="100" autocomplete="off"></div>
            <div class="field"><label for="edit-role">Rol</label><select id="edit-role" name="role">\(AdminChoices.options(AdminChoices.roles))</select></div>
            <div class="field" id="edit-municipality-field"><label for="edit-municipality">Gemeente</label><select id="edit-municipality" name="municipality">\(municipalityOptions)</select></div>
            <div class="form-actions">
            <button type="submit" id="edit-save">Opslaan</button>
            <button type="button" id="edit-cancel" class="button-secondary">Annuleren</button>
            </div>
            </form>
            </section>

            <section aria-labelledby="users-title">
            <h2 id="users-title">Accounts</h2>
            <div id="user-list"></div>
            </section>
            \(confirmation(action: "reset", title: "Nieuwe link maken?", asks: "U maakt een nieuwe link voor",
                           consequence: "Het oude wachtwoord en een eerdere link werken daarna niet meer, en de persoon wordt overal afgemeld. Met de nieuwe link kiest hij of zij een nieuw wachtwoord.",
                           yes: "Ja, nieuwe link maken"))
            \(confirmation(action: "block", title: "Account blokkeren?", asks: "U blokkeert het account van",
                           consequence: "Deze persoon kan daarna niet meer aanmelden en wordt meteen overal afgemeld. U kunt het account later weer toelaten.",
                           yes: "Ja, blokkeren"))
            """
    }

    /// A dialog that asks before a step that signs someone out (a new link, blocking); admin-users.js
    /// fills in who (`data-slot`) and acts when the answer is the dialog's `action`.
    static func confirmation(action: String, title: String, asks: String, consequence: String, yes: String) -> HTML {
        """
        <dialog id="\(action)-dialog" class="admin-dialog" aria-labelledby="\(action)-title" data-confirm="\(action)">
        <form method="dialog">
        <h2 id="\(action)-title">\(title)</h2>
        <p id="\(action)-text">\(asks) <span data-slot="name"></span> (<span data-slot="email"></span>).</p>
        <p>\(consequence)</p>
        <div class="form-actions">
        <button type="submit" value="\(action)" class="button-danger">\(yes)</button>
        <button type="submit" value="cancel" class="button-secondary">Nee, terug</button>
        </div>
        </form>
        </dialog>
        """
    }
}
