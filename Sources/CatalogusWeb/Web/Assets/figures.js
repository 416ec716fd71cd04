// The annual report's numbers in the report's own order and words ("De cijfers" and
// the chapters), and the tables that show them. Shared by the dashboard and the report.
import { h } from './dom.js';
import * as nl from './format.js';
import { unitNoun } from './vocabulary.js';
import { explainButton } from './explain.js';

/** "De cijfers", page 1 of the report. Rows marked * are figures of the foundation as a whole. */
export const DE_CIJFERS = [
  { heading: 'Platformactiviteiten', rows: [
    { figure: 'platform_activities', label: 'Aantal activiteiten' },
    { figure: 'platform_participants', label: 'Aantal deelnemers' },
  ] },
  { heading: 'Bezoekers', rows: [
    { figure: 'visitors_library', label: 'Bezoekers in de bibliotheek' },
    { figure: 'visitors_website', label: 'Bezoekers via de website' },
  ] },
  { heading: 'Leden', rows: [
    { figure: 'members_paying', label: 'Betalend' },
    { figure: 'members_youth', label: 'Jeugd' },
    { figure: 'members_start', label: 'Start (nieuw abonnement/gratis instap)' },
    { figure: 'members_other', label: 'Overig' },
    { figure: 'members_total', label: 'Totaal leden', total: true },
    { figure: 'inhabitants', label: 'Inwoners per gemeente' },
    { figure: 'participation_rate', label: 'Deelneming per gemeente', total: true },
    { figure: 'dbos_pupils', label: 'dBos-leerlingen' },
    { figure: 'ebook_accounts_active', label: 'Actieve e-bookaccounts' },
  ] },
  { heading: 'Uitleningen', rows: [
    { figure: 'loans_books', label: 'Boeken' },
    { figure: 'loans_avm', label: 'AVM' },
    { figure: 'loans_magazines', label: 'Tijdschrift' },
    { figure: 'loans_physical_total', label: 'Totaal uitleningen fysiek', total: true },
    { figure: 'loans_dbos', label: 'Totaal uitleningen dBos' },
    { figure: 'loans_ebooks', label: 'E-books*' },
    { figure: 'loans_audiobooks', label: 'Luisterboeken*' },
    { figure: 'loans_online_total', label: 'Totaal uitleningen online*', total: true },
  ] },
];

export const FOUNDATION_NOTE = '* Cijfers zijn beschikbaar per stichting: onder stichting Biblionet Drenthe vallen de Bind-gemeenten.';

/** Chapters 2 to 5 of the report, one per programme area, in the report's order. */
export const CHAPTERS = [
  { number: 2, programme: 'leren-en-ontwikkelen', title: 'Drenthe leert en ontwikkelt', rows: [
    { programme: 'leren-en-ontwikkelen', measure: 'activities', label: 'Aantal activiteiten' },
    { programme: 'leren-en-ontwikkelen', measure: 'participants', label: 'Aantal deelnemers' },
    { figure: 'goodhabitz_courses', label: 'Online cursussen GoodHabitz*' },
    { figure: 'soofos_courses', label: 'Online cursussen Soofos*' },
  ] },
  { number: 3, programme: 'leesbevordering', title: 'Drenthe leest: leesbevordering', rows: [
    { figure: 'boekstart_childcare_locations', label: 'BoekStart in de kinderopvang: aantal locaties' },
    { figure: 'boekstart_baby_kits', label: 'Uitgereikte BoekStart-koffertjes' },
    { programme: 'leesbevordering', measure: 'activities', label: 'Activiteiten voor kinderen en ouders' },
    { programme: 'leesbevordering', measure: 'participants', label: 'Aantal deelnemers' },
    { figure: 'dbos_primary_schools', label: 'Basisscholen met de Bibliotheek op school' },
    { figure: 'dbos_pupils', label: 'Deelnemende leerlingen' },
    { figure: 'dbos_secondary_schools', label: 'Scholen voortgezet onderwijs' },
  ] },
  { number: 4, programme: 'geletterdheid', title: 'Drenthe leest: werken aan geletterdheid', rows: [
    { programme: 'geletterdheid', measure: 'activities', label: 'Aantal activiteiten' },
    { programme: 'geletterdheid', measure: 'participants', label: 'Aantal deelnemers' },
  ] },
  { number: 5, programme: 'digitale-vaardigheden', title: 'Heel Drenthe doet mee', rows: [
    { figure: 'digital_courses', label: 'Aantal cursussen (Klik&Tik, Digisterker, DigiVitaler)' },
    { figure: 'digital_course_sessions', label: 'Aantal cursusdagdelen' },
    { figure: 'ido_office_hours', label: 'Aantal IDO-spreekuren' },
    { figure: 'ido_questions', label: 'Aantal IDO-vragen' },
    { programme: 'digitale-vaardigheden', measure: 'participants', label: 'Deelnemers aan cursussen en spreekuren' },
  ] },
];

export const SURVEY = {
  satisfied: [['survey_staff', 'Medewerkers'], ['survey_opening_hours', 'Openingstijden'],
    ['survey_building', 'Gebouw'], ['survey_atmosphere', 'Sfeer en inrichting']],
  lessSatisfied: [['survey_workspaces', 'Werkplekken'], ['survey_catering', 'Horeca'], ['survey_practical', 'Praktische zaken']],
};

export const ONLINE = [
  { figure: 'online_members_active', label: 'Actieve leden van de Online Bibliotheek*' },
  { figure: 'province_ebook_loans', label: 'Uitgeleende e-books*' },
  { figure: 'province_audiobook_loans', label: 'Uitgeleende luisterboeken*' },
];

/** A wide table in a region that scrolls sideways on a phone and can be scrolled with the keyboard. */
function scrollable(label, table) {
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: 0 }, table);
}

/** The current and previous value of one row, and its change, from the statistics JSON. */
export function resolve(row, report) {
  if (row.figure) {
    const entry = report.figures[row.figure];
    const change = report.change[row.figure] || null;
    return { value: entry ? entry.value : null, unit: entry ? entry.unit : 'count', previous: change ? change.previous : null, change };
  }
  const programme = report.programmes.find((item) => item.code === row.programme);
  const change = programme && programme.change ? programme.change[row.measure] || null : null;
  return { value: programme ? programme[row.measure] : null, unit: 'count', previous: change ? change.previous : null, change };
}

function changeCell(resolved) {
  const direction = resolved.change ? nl.direction(resolved.change.delta) : 'same';
  return h('td', { class: `num change change-${direction}` }, nl.change(resolved.change, resolved.unit));
}

function figureRow(row, report, year) {
  const resolved = resolve(row, report);
  const key = row.figure || `${row.programme}.${row.measure}`;
  return h('tr', { class: row.total ? 'total' : null },
    h('th', { scope: 'row' }, row.label),
    h('td', { class: 'num', 'data-figure': key, 'data-year': year },
      resolved.value === null || resolved.value === undefined ? nl.figure(resolved.value, resolved.unit)
        : explainButton(nl.figure(resolved.value, resolved.unit), row.figure || `programme.${row.programme}.${row.measure}`, report)),
    h('td', { class: 'num previous' }, nl.figure(resolved.previous, resolved.unit)),
    changeCell(resolved));
}

/** A table of figures in groups: label, this year, last year, change. */
export function figureTable(caption, groups, report) {
  const year = report.year;
  return scrollable(caption,
    h('table', { class: 'data figures' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Kengetal'), h('th', { scope: 'col', class: 'num' }, String(year)),
        h('th', { scope: 'col', class: 'num previous' }, String(year - 1)), h('th', { scope: 'col', class: 'num' }, 'Verschil'))),
      groups.map((group) => h('tbody', {},
        group.heading ? h('tr', { class: 'group' }, h('th', { scope: 'colgroup', colspan: 4 }, group.heading)) : null,
        group.rows.map((row) => figureRow(row, report, year))))));
}

/** Per programme area: registrations, participants, sessions, confirmed orders, cost per participant. */
export function programmesTable(report) {
  const caption = `Activiteiten per programma in ${report.year} (uit de registraties)`;
  return scrollable(caption,
    h('table', { class: 'data' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Programma'), h('th', { scope: 'col', class: 'num' }, 'Activiteiten'),
        h('th', { scope: 'col', class: 'num' }, 'Deelnemers'), h('th', { scope: 'col', class: 'num' }, 'Dagdelen'),
        h('th', { scope: 'col', class: 'num' }, 'Verschil deelnemers'),
        h('th', { scope: 'col', class: 'num' }, 'Afname (bevestigd)'), h('th', { scope: 'col', class: 'num' }, 'Kosten per deelnemer'))),
      h('tbody', {}, report.programmes.map((programme) => {
        const change = programme.change ? programme.change.participants : null;
        return h('tr', {},
          h('th', { scope: 'row' }, programme.name),
          h('td', { class: 'num', 'data-programme': programme.code, 'data-measure': 'activities' }, nl.integer(programme.activities)),
          h('td', { class: 'num', 'data-programme': programme.code, 'data-measure': 'participants' }, nl.integer(programme.participants)),
          h('td', { class: 'num' }, nl.integer(programme.sessions)),
          changeCell({ change, unit: 'count' }),
          h('td', { class: 'num' }, nl.money(programme.confirmed_net_cents)),
          h('td', { class: 'num' }, nl.money(programme.cost_per_participant_cents)));
      }))));
}

/** Ordered (confirmed orders) against delivered (registrations) per activity. */
export function deliveriesTable(report) {
  const names = Object.fromEntries(report.programmes.map((programme) => [programme.code, programme.name]));
  const rows = report.orders.activities;
  if (rows.length === 0) return h('p', { class: 'empty' }, `Voor ${report.year} is niets besteld of geregistreerd.`);
  const caption = `Besteld en geleverd per activiteit in ${report.year}`;
  return scrollable(caption,
    h('table', { class: 'data deliveries' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Activiteit'), h('th', { scope: 'col' }, 'Programma'), h('th', { scope: 'col' }, 'Eenheid'),
        h('th', { scope: 'col', class: 'num' }, 'Besteld'), h('th', { scope: 'col', class: 'num' }, 'Geleverd'),
        h('th', { scope: 'col', class: 'num' }, 'Leveringsgraad'))),
      h('tbody', {}, rows.map((row) => h('tr', { class: row.under_delivered ? 'under' : null },
        h('th', { scope: 'row' }, row.activity.name),
        h('td', {}, names[row.programme] || row.programme),
        h('td', {}, unitNoun(row.unit)),
        h('td', { class: 'num' }, nl.integer(row.ordered_quantity)),
        h('td', { class: 'num' }, nl.integer(row.delivered_quantity)),
        h('td', { class: 'num', 'data-activity': row.activity.code },
          nl.rate(row.delivery_rate), row.under_delivered ? h('span', { class: 'flag' }, ' minder dan besteld') : null)))),
      h('tfoot', {}, h('tr', {},
        h('th', { scope: 'row', colspan: 3 }, 'Afname (bevestigd, exclusief btw)'),
        h('td', { class: 'num', colspan: 3 }, nl.money(report.orders.confirmed_net_cents))))));
}

/** The twelve monthly values of `year` from a time series of months (missing months are 0). */
export function monthly(series, year) {
  const values = new Array(12).fill(0);
  for (const point of series.items) {
    if (String(point.period).startsWith(`${year}-`)) values[Number(point.period.slice(5, 7)) - 1] = point.value;
  }
  return values;
}
