// The organisation's annual report: each row of "De cijfers" and of the chapters (the
// same definitions as the municipality's report, figures.js) for every municipality side
// by side, with the organisation's total; then the figures only the organisation has.
import { getJSON } from './api.js';
import { signedIn, askToSignIn, explainRefusal } from './access.js';
import { h, fill } from './dom.js';
import * as nl from './format.js';
import { DE_CIJFERS, CHAPTERS } from './figures.js';

const article = document.getElementById('organisatieverslag');
const content = document.getElementById('jaarbericht-inhoud');
const status = document.getElementById('status');
const year = Number(article.dataset.year);

/** One row's value in one municipality's report: {value, unit, scope}. */
function cell(row, report) {
  if (row.figure) {
    const entry = report.figures[row.figure];
    return entry ? { value: entry.value, unit: entry.unit, scope: entry.scope } : { value: null, unit: 'count', scope: 'municipality' };
  }
  const programme = report.programmes.find((item) => item.code === row.programme);
  return { value: programme ? programme[row.measure] : null, unit: 'count', scope: 'municipality' };
}

/**
 * The organisation's value of a row: counts add up (a municipality without the figure adds
 * nothing; none at all is no value). The participation rate is the organisation's own
 * (members over the inhabitants of the municipalities that report members), not a sum.
 */
function total(row, cells, overview) {
  if (row.figure === 'participation_rate') return { value: overview.organisation.participation_rate, unit: 'percent' };
  if (cells.some((item) => item.unit !== 'count')) return { value: null, unit: 'percent' };
  const present = cells.filter((item) => item.value !== null && item.value !== undefined);
  return { value: present.length ? present.reduce((sum, item) => sum + item.value, 0) : null, unit: 'count' };
}

/** The rows of the municipalities' report that are per municipality, in the report's groups. */
function groups(first) {
  const perMunicipality = (rows) => rows.filter((row) => cell(row, first).scope !== 'organisation');
  return [
    ...DE_CIJFERS.map((group) => ({ heading: group.heading, rows: perMunicipality(group.rows) })),
    ...CHAPTERS.map((chapter) => ({ heading: chapter.title, rows: perMunicipality(chapter.rows) })),
  ].filter((group) => group.rows.length > 0);
}

function sideBySide(overview, reports) {
  const caption = `De cijfers ${year} per gemeente`;
  const columns = reports.length + 2;
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: 0 },
    h('table', { class: 'data figures side-by-side' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Kengetal'),
        reports.map((report) => h('th', { scope: 'col', class: 'num' }, report.municipality.name)),
        h('th', { scope: 'col', class: 'num total' }, 'Totaal'))),
      groups(reports[0]).map((group) => h('tbody', {},
        h('tr', { class: 'group' }, h('th', { scope: 'colgroup', colspan: columns }, group.heading)),
        group.rows.map((row) => {
          const cells = reports.map((report) => cell(row, report));
          const sum = total(row, cells, overview);
          return h('tr', { class: row.total ? 'total' : null },
            h('th', { scope: 'row' }, row.label),
            cells.map((item) => h('td', { class: 'num' }, nl.figure(item.value, item.unit))),
            h('td', { class: 'num total' }, nl.figure(sum.value, sum.unit)));
        })))));
}

function organisationOnly(overview, first) {
  const codes = Object.keys(overview.organisation_figures);
  if (codes.length === 0) return null;
  const caption = `Cijfers van de hele organisatie in ${year}`;
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: 0 },
    h('table', { class: 'data figures' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Kengetal'), h('th', { scope: 'col', class: 'num' }, String(year)))),
      h('tbody', {}, codes.map((code) => {
        const entry = overview.organisation_figures[code];
        const label = first.figures[code] ? first.figures[code].label : code;
        return h('tr', {}, h('th', { scope: 'row' }, label), h('td', { class: 'num' }, nl.figure(entry.value, entry.unit)));
      }))));
}

async function load() {
  if (!signedIn()) {
    askToSignIn(status);
    return;
  }
  status.textContent = 'Jaarbericht laden…';
  try {
    const overview = await getJSON(`/api/v1/stats/overview?year=${year}`);
    const reports = await Promise.all(overview.items.map((row) =>
      getJSON(`/api/v1/stats/municipalities/${encodeURIComponent(row.municipality.slug)}?year=${year}`)));
    status.textContent = '';
    if (reports.length === 0) {
      fill(content, h('p', { class: 'empty' }, 'Er zijn nog geen gemeenten.'));
      return;
    }
    fill(content,
      h('section', { class: 'report-chapter', 'aria-labelledby': 'hoofdstuk-gemeenten' },
        h('h2', { id: 'hoofdstuk-gemeenten' }, 'De cijfers per gemeente'),
        sideBySide(overview, reports)),
      h('section', { class: 'report-chapter', 'aria-labelledby': 'hoofdstuk-organisatie' },
        h('h2', { id: 'hoofdstuk-organisatie' }, 'Cijfers van de hele organisatie'),
        organisationOnly(overview, reports[0])),
      h('p', { class: 'report-colophon' },
        `Berekend op ${new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })} uit de registraties en kerncijfers van de Activiteitencatalogus. `,
        h('span', {}, 'De jaarberichten per gemeente: '),
        overview.items.map((row, index) => [index ? ', ' : '',
          h('a', { href: `/report/${encodeURIComponent(row.municipality.slug)}/${year}` }, row.municipality.name)])));
  } catch (error) {
    fill(content);
    status.textContent = '';
    if (!explainRefusal(status, error)) status.textContent = error.message || 'Er ging iets mis bij het laden.';
  }
}

document.getElementById('afdrukken').addEventListener('click', () => window.print());
load();
