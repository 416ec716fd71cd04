// The dashboard: asks the API for one municipality's statistics of one year and shows
// them as tiles, the report's "De cijfers", charts per programme and per month, and
// ordered against delivered.
import { getJSON } from './api.js';
import { signedIn, askToSignIn, explainRefusal } from './access.js';
import { h, fill } from './dom.js';
import * as nl from './format.js';
import { barChart, lineChart, redrawOnResize } from './charts.js';
import { DE_CIJFERS, FOUNDATION_NOTE, resolve, figureTable, programmesTable, deliveriesTable, monthly } from './figures.js';

const form = document.getElementById('keuze');
const municipalitySelect = document.getElementById('gemeente');
const yearSelect = document.getElementById('jaar');
const status = document.getElementById('status');
const dashboard = document.getElementById('dashboard');

let shown = null;

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('status-error', isError);
}

function tile(key, label, value, resolved, previousYear) {
  const direction = resolved && resolved.change ? nl.direction(resolved.change.delta) : 'same';
  const change = resolved && resolved.change
    ? `${nl.change(resolved.change, resolved.unit)} t.o.v. ${previousYear}` : `geen cijfer voor ${previousYear}`;
  return h('li', { class: 'tile' },
    h('p', { class: 'tile-label' }, label),
    h('p', { class: 'tile-value', 'data-tile': key }, value),
    h('p', { class: `tile-change change-${direction}` }, change));
}

function renderTiles(report) {
  const previous = report.year - 1;
  const members = resolve({ figure: 'members_total' }, report);
  const rate = resolve({ figure: 'participation_rate' }, report);
  const visitors = resolve({ figure: 'visitors_library' }, report);
  const loans = resolve({ figure: 'loans_physical_total' }, report);
  const participants = report.programmes.reduce((sum, programme) => sum + programme.participants, 0);
  const participantsBefore = report.programmes.reduce((sum, programme) =>
    sum + (programme.change && programme.change.participants ? programme.change.participants.previous : 0), 0);
  const participantChange = participantsBefore > 0 ? {
    unit: 'count',
    change: { delta: participants - participantsBefore, percent: Math.round(((participants - participantsBefore) * 1000) / participantsBefore) / 10 },
  } : null;
  fill(document.getElementById('tegels'),
    tile('members_total', 'Leden', nl.integer(members.value), members, previous),
    tile('participation_rate', 'Deelneming (leden ÷ inwoners)', nl.percent(rate.value), rate, previous),
    tile('visitors_library', 'Bezoekers in de bibliotheek', nl.integer(visitors.value), visitors, previous),
    tile('loans_physical_total', 'Uitleningen fysiek', nl.integer(loans.value), loans, previous),
    tile('participants', 'Deelnemers aan activiteiten', nl.integer(participants), participantChange, previous));
}

function drawCharts() {
  if (!shown) return;
  const { report, series } = shown;
  const programmes = report.programmes.map((programme) => ({ label: programme.name, participants: programme.participants, activities: programme.activities }));
  barChart(document.getElementById('grafiek-deelnemers'), {
    title: `Deelnemers per programma, ${report.year}`,
    items: programmes.map((item) => ({ label: item.label, value: item.participants })),
  });
  barChart(document.getElementById('grafiek-activiteiten'), {
    title: `Activiteiten per programma, ${report.year}`,
    items: programmes.map((item) => ({ label: item.label, value: item.activities })), className: 'bar bar-alt',
  });
  lineChart(document.getElementById('grafiek-maanden'), {
    title: `Deelnemers per maand in ${report.municipality.name}`,
    labels: nl.MONTHS,
    series: [
      { name: String(report.year), values: monthly(series, report.year), className: 'series-current' },
      { name: String(report.year - 1), values: monthly(series, report.year - 1), className: 'series-previous' },
    ],
  });
}

function render(report, series) {
  shown = { report, series };
  dashboard.hidden = false;
  fill(document.getElementById('dashboard-titel'), `${report.municipality.name} in ${report.year}`);
  document.getElementById('jaarbericht-link').href =
    `/report/${encodeURIComponent(report.municipality.slug)}/${report.year}`;
  const all = document.getElementById('organisatie-link');
  if (all) all.href = `/report/organisation/${report.year}`;
  renderTiles(report);
  fill(document.getElementById('cijfers'),
    figureTable(`De cijfers van ${report.municipality.name}, ${report.year} tegen ${report.year - 1}`, DE_CIJFERS, report),
    h('p', { class: 'footnote' }, FOUNDATION_NOTE));
  fill(document.getElementById('programmas'), programmesTable(report));
  fill(document.getElementById('levering'), deliveriesTable(report));
  drawCharts();
}

async function load() {
  const slug = municipalitySelect.value;
  const year = Number(yearSelect.value);
  if (!signedIn()) {
    askToSignIn(status);
    return;
  }
  say('Cijfers laden…');
  form.setAttribute('aria-busy', 'true');
  try {
    const municipality = encodeURIComponent(slug);
    const [report, series] = await Promise.all([
      getJSON(`/api/v1/stats/municipalities/${municipality}?year=${year}`),
      getJSON(`/api/v1/stats/timeseries?measure=participants&interval=month&from=${year - 1}-01-01&to=${year}-12-31&municipality=${municipality}`),
    ]);
    render(report, series);
    say(`De cijfers van ${report.municipality.name} over ${year} staan hieronder.`);
  } catch (error) {
    dashboard.hidden = true;
    shown = null;
    say('', true);
    if (!explainRefusal(status, error)) say(error.message || 'Er ging iets mis bij het laden.', true);
  } finally {
    form.removeAttribute('aria-busy');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('municipality', municipalitySelect.value);
  url.searchParams.set('year', yearSelect.value);
  history.replaceState(null, '', url);
  load();
});

redrawOnResize(document.getElementById('grafiek-maanden'), drawCharts);
load();
