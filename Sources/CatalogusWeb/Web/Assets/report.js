// The printable annual report: the same statistics as the dashboard, laid out in the
// order of the printed "jaarbericht": De cijfers, then one chapter per programme area,
// then what the municipality ordered from the catalogue and what was delivered.
import { getJSON, getAll } from './api.js';
import { signedIn, askToSignIn, explainRefusal } from './access.js';
import { h, fill } from './dom.js';
import * as nl from './format.js';
import { barChart, lineChart, redrawOnResize } from './charts.js';
import { DE_CIJFERS, FOUNDATION_NOTE, CHAPTERS, SURVEY, ONLINE, resolve, figureTable, programmesTable, deliveriesTable, monthly } from './figures.js';

const article = document.getElementById('jaarbericht');
const content = document.getElementById('jaarbericht-inhoud');
const status = document.getElementById('status');
const slug = article.dataset.municipality;
const year = Number(article.dataset.year);

let shown = null;

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('status-error', isError);
  status.hidden = !message;
}

function chapter(number, title, ...body) {
  const id = `hoofdstuk-${number}`;
  return h('section', { class: 'report-chapter', 'aria-labelledby': id },
    h('h2', { id }, h('span', { class: 'chapter-number' }, `${number} `), title), body);
}

function survey(report) {
  const item = ([code, label]) => {
    const entry = report.figures[code];
    return h('li', {}, h('span', { class: 'survey-value' }, entry ? nl.percent(entry.value, 0) : nl.DASH), ' ', label);
  };
  const any = [...SURVEY.satisfied, ...SURVEY.lessSatisfied].some(([code]) => report.figures[code] && report.figures[code].value !== null);
  if (!any) return null;
  return h('div', { class: 'survey' },
    h('h3', {}, 'BiebPanel: leden zijn tevreden over…'),
    h('ul', { class: 'survey-list' }, SURVEY.satisfied.map(item)),
    h('h3', {}, '…en minder tevreden over'),
    h('ul', { class: 'survey-list' }, SURVEY.lessSatisfied.map(item)));
}

/** A story's text: paragraphs separated by an empty line. */
function paragraphs(text) {
  return String(text || '').split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean).map((part) => h('p', {}, part));
}

/** "26 activiteiten, 466 deelnemers, 12 maart tot 4 november 2024": computed by the server from the linked registrations. */
function storyFigures(figures) {
  if (!figures || !figures.registrations) return null;
  const activities = figures.registrations === 1 ? '1 activiteit' : `${nl.integer(figures.registrations)} activiteiten`;
  const participants = figures.participants === 1 ? '1 deelnemer' : `${nl.integer(figures.participants)} deelnemers`;
  const when = figures.first_date === figures.last_date ? nl.date(figures.first_date)
    : `${nl.date(figures.first_date)} tot ${nl.date(figures.last_date)}`;
  return h('p', { class: 'story-figures' }, `${activities}, ${participants}; ${when}.`);
}

function story(highlight) {
  const id = `verhaal-${highlight.id}`;
  return h('article', { class: 'story', 'aria-labelledby': id },
    h('h3', { id }, highlight.title),
    paragraphs(highlight.text),
    highlight.quote ? h('blockquote', { class: 'story-quote' }, h('p', {}, `“${highlight.quote}”`),
      highlight.quote_by ? h('footer', {}, `— ${highlight.quote_by}`) : null) : null,
    storyFigures(highlight.figures));
}

/** The stories of one programme area, or nothing. */
function stories(highlights, programme) {
  const mine = highlights.filter((item) => item.programme === programme);
  return mine.length ? h('div', { class: 'stories' }, mine.map(story)) : null;
}

function drawCharts() {
  if (!shown) return;
  const { report, series } = shown;
  barChart(document.getElementById('rapport-grafiek-programmas'), {
    title: `Deelnemers per programma, ${report.year}`,
    items: report.programmes.map((programme) => ({ label: programme.name, value: programme.participants })),
  });
  lineChart(document.getElementById('rapport-grafiek-maanden'), {
    title: `Deelnemers per maand, ${report.year} en ${report.year - 1}`,
    labels: nl.MONTHS,
    series: [
      { name: String(report.year), values: monthly(series, report.year), className: 'series-current' },
      { name: String(report.year - 1), values: monthly(series, report.year - 1), className: 'series-previous' },
    ],
  });
}

function render(report, series, words) {
  shown = { report, series };
  const { highlights, publication } = words;
  const name = report.municipality.name;
  const chapters = CHAPTERS.map((spec) => {
    const programme = report.programmes.find((item) => item.code === spec.programme);
    const title = programme ? programme.name : spec.title;
    return chapter(spec.number, title, figureTable(`De cijfers ${report.year}`, [{ rows: spec.rows }], report),
      stories(highlights, spec.programme));
  });
  const members = resolve({ figure: 'members_total' }, report);
  const rate = resolve({ figure: 'participation_rate' }, report);
  const foreword = publication && publication.foreword
    ? h('section', { class: 'report-foreword', 'aria-labelledby': 'voorwoord' }, h('h2', { id: 'voorwoord' }, 'Voorwoord'), paragraphs(publication.foreword))
    : null;
  const draft = publication && publication.state !== 'published'
    ? h('p', { class: 'notice report-draft no-print' }, 'Concept: dit jaarbericht is nog niet gepubliceerd; de gemeente ziet het pas na publicatie.')
    : null;
  fill(content,
    draft,
    foreword,
    h('p', { class: 'report-summary' },
      `In ${report.year} had de bibliotheek in ${name} ${nl.integer(members.value)} leden; `,
      `dat is een deelneming van ${nl.percent(rate.value)} van de ${nl.integer(report.inhabitants)} inwoners.`),
    chapter(1, 'De robuuste Drentse bibliotheek',
      figureTable(`De cijfers ${report.year}`, DE_CIJFERS, report),
      h('p', { class: 'footnote' }, FOUNDATION_NOTE),
      survey(report),
      figureTable('Online Bibliotheek in Drenthe', [{ rows: ONLINE }], report),
      stories(highlights, 'platform')),
    chapters,
    chapter(6, 'Deelnemers in beeld',
      h('figure', { class: 'chart', id: 'rapport-grafiek-programmas' }),
      h('figure', { class: 'chart chart-wide', id: 'rapport-grafiek-maanden' }),
      programmesTable(report)),
    chapter(7, 'Afname uit de Activiteitencatalogus', deliveriesTable(report)),
    h('section', { class: 'report-chapter report-catalogue', 'aria-labelledby': 'hoofdstuk-catalogus' },
      h('h2', { id: 'hoofdstuk-catalogus' }, 'De Activiteitencatalogus'),
      h('p', {}, `Alle activiteiten die ${name} bij de bibliotheek kan afnemen, met hun prijzen, staan in de Activiteitencatalogus: `,
        h('a', { href: `/catalogue?year=${report.year}` }, `de catalogus van ${report.year}`), ' en ',
        h('a', { href: `/catalogue?year=${report.year + 1}` }, `die van ${report.year + 1}`), '.')),
    h('p', { class: 'report-colophon' }, `Berekend op ${new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })} uit de registraties, kerncijfers en bestellingen van de Activiteitencatalogus.`));
  drawCharts();
}

async function load() {
  if (!signedIn()) {
    askToSignIn(status);
    return;
  }
  say('Jaarbericht laden…');
  try {
    const municipality = encodeURIComponent(slug);
    const [report, series, highlights, publication] = await Promise.all([
      getJSON(`/api/v1/stats/municipalities/${municipality}?year=${year}`),
      getJSON(`/api/v1/stats/timeseries?measure=participants&interval=month&from=${year - 1}-01-01&to=${year}-12-31&municipality=${municipality}`),
      // The report's own words; a municipality reads them only once the report is published (404 before).
      getAll(`/api/v1/highlights?municipality=${municipality}&year=${year}`).catch(() => []),
      getJSON(`/api/v1/reports/${municipality}/${year}`).catch(() => null),
    ]);
    say('');
    render(report, series, { highlights, publication });
  } catch (error) {
    shown = null;
    fill(content);
    say('', true);
    status.hidden = false;
    if (!explainRefusal(status, error)) say(error.message || 'Er ging iets mis bij het laden.', true);
  }
}

document.getElementById('afdrukken').addEventListener('click', () => window.print());
redrawOnResize(content, drawCharts);
load();
