import CatalogusAPI
import HTTPServer

/// `GET /admin/activities`: the catalogue's activities — search, filter, create, edit and
/// archive. admin-activities.js lists and saves through `/api/v1/activities`.
package enum AdminActivitiesPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try AdminPages.page(request, context, title: "Activiteiten beheren", description: "Activiteiten van de catalogus toevoegen, wijzigen en archiveren.",
                            script: "admin-activities.js", preload: ["admin-labels.js"]) { _ in
            let programmes = try AdminChoices.programmes(in: context.reader)
            return render(programmes: programmes)
        }
    }

    package static func render(programmes: [(value: String, label: String)]) -> HTML {
        let audiences: [HTML] = AdminChoices.audiences.map { audience in
            """
            <label class="check"><input type="checkbox" name="audiences" value="\(audience.value)"> \(audience.label)</label>
            """
        }
        return """
            \(AdminPages.breadcrumb)
            <h1>Activiteiten</h1>
            <p class="lede">Alle activiteiten en diensten van de catalogus. Een gearchiveerde activiteit verdwijnt uit de catalogus, maar blijft in oude bestellingen en registraties staan.</p>
            <form id="activity-filters" class="filters" role="search" aria-label="Activiteiten zoeken">
            <div class="field field-grow"><label for="filter-q">Zoeken</label><input id="filter-q" name="q" type="search" placeholder="bijv. breicafé"></div>
            <div class="field"><label for="filter-programme">Programma</label><select id="filter-programme" name="programme"><option value="">Alle programma’s</option>\(AdminChoices.options(programmes))</select></div>
            <div class="field"><label for="filter-active">Status</label><select id="filter-active" name="active"><option value="true">Actief</option><option value="false">Gearchiveerd</option><option value="all">Actief en gearchiveerd</option></select></div>
            <div class="field field-button"><button type="submit">Zoeken</button></div>
            </form>
            <div class="admin-toolbar">
            <p id="status" class="status" role="status" aria-live="polite"></p>
            <button type="button" id="new-activity">Nieuwe activiteit</button>
            </div>
            <section id="editor" class="panel admin-editor" aria-labelledby="editor-title" hidden>
            <h2 id="editor-title" tabindex="-1">Nieuwe activiteit</h2>
            <form id="activity-form" class="form-stack admin-form" novalidate>
            <div class="admin-form-grid">
            <div class="field"><label for="act-code">Code</label>
            <input id="act-code" name="code" required maxlength="64" autocomplete="off" spellcheck="false" aria-describedby="act-code-hint">
            <p id="act-code-hint" class="hint">Kleine letters, cijfers en streepjes, bijv. <code>breicafe</code>. Komt in links en bestellingen; wijzig hem liever niet meer.</p></div>
            <div class="field"><label for="act-name">Naam</label><input id="act-name" name="name" required maxlength="200"></div>
            </div>
            <div class="field"><label for="act-summary">Korte omschrijving</label>
            <textarea id="act-summary" name="summary" maxlength="500" rows="2" aria-describedby="act-summary-hint"></textarea>
            <p id="act-summary-hint" class="hint">Eén of twee zinnen voor de kaart in de catalogus (hoogstens 500 tekens).</p></div>
            <div class="field"><label for="act-description">Beschrijving</label>
            <textarea id="act-description" name="description" maxlength="5000" rows="5" aria-describedby="act-description-hint"></textarea>
            <p id="act-description-hint" class="hint">Wat de deelnemers doen en wat de gemeente krijgt (hoogstens 5000 tekens).</p></div>
            <div class="admin-form-grid">
            <div class="field"><label for="act-programme">Programma</label><select id="act-programme" name="programme" required><option value="">Kies een programma</option>\(AdminChoices.options(programmes))</select></div>
            <div class="field"><label for="act-format">Vorm</label><select id="act-format" name="format" required><option value="">Kies een vorm</option>\(AdminChoices.options(AdminChoices.formats))</select></div>
            <div class="field"><label for="act-unit">Prijseenheid</label><select id="act-unit" name="unit" required aria-describedby="act-unit-hint"><option value="">Kies een eenheid</option>\(AdminChoices.options(AdminChoices.units))</select>
            <p id="act-unit-hint" class="hint">Waarvoor de prijs geldt. Staat de activiteit in een gepubliceerde prijslijst, dan kan de eenheid niet meer veranderen.</p></div>
            <div class="field"><label for="act-sessions">Dagdelen per eenheid</label><input id="act-sessions" name="sessions_per_unit" type="number" inputmode="numeric" min="1" max="1000" step="1" aria-describedby="act-sessions-hint">
            <p id="act-sessions-hint" class="hint">Bijv. 6 voor een cursus van zes bijeenkomsten. Leeg laten als het niet van toepassing is.</p></div>
            <div class="field"><label for="act-max">Hoogstens deelnemers</label><input id="act-max" name="max_participants" type="number" inputmode="numeric" min="1" max="100000" step="1" aria-describedby="act-max-hint">
            <p id="act-max-hint" class="hint">Per keer. Leeg laten als er geen grens is.</p></div>
            </div>
            <fieldset class="field admin-checks" data-field="audiences" id="act-audiences" tabindex="-1"><legend>Voor wie</legend>
            <div class="check-grid">\(audiences)</div>
            </fieldset>
            <div class="form-actions">
            <button type="submit" id="save-activity">Opslaan</button>
            <button type="button" id="cancel-edit" class="button-secondary">Annuleren</button>
            <button type="button" id="archive-activity" class="button-danger" hidden>Archiveren</button>
            <button type="button" id="restore-activity" class="button-secondary" hidden>Weer actief maken</button>
            <button type="button" id="reload-activity" class="button-secondary" hidden>Opnieuw laden</button>
            </div>
            </form>
            </section>
            <section aria-labelledby="list-title">
            <h2 id="list-title" class="visually-hidden">Gevonden activiteiten</h2>
            <div id="activity-list"></div>
            </section>
            <dialog id="archive-dialog" class="admin-dialog" aria-labelledby="archive-title">
            <form method="dialog">
            <h2 id="archive-title">Activiteit archiveren?</h2>
            <p id="archive-text"></p>
            <p>Een gearchiveerde activiteit staat niet meer in de catalogus en kan niet meer besteld worden. Ze blijft wel in oude bestellingen en registraties staan, en u kunt haar later weer actief maken.</p>
            <div class="form-actions">
            <button type="submit" value="archive" class="button-danger" id="archive-confirm">Ja, archiveren</button>
            <button type="submit" value="cancel" class="button-secondary">Nee, terug</button>
            </div>
            </form>
            </dialog>
            """
    }
}
