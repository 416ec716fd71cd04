// Small SVG charts, drawn at the width of their container so that text keeps its size
// on a phone and on a wide screen. Each chart is an image with a title and a text
// description for screen readers, and a table of its numbers underneath.
import { h, svg, fill, uniqueId } from './dom.js';
import { integer } from './format.js';

function widthOf(container) {
  return Math.max(260, Math.floor(container.clientWidth || 640));
}

/** Axis ticks: at most five steps of 1, 2, 2.5 or 5 times a power of ten, covering `value`. */
export function axisTicks(value) {
  const top = value > 0 ? value : 1;
  const power = 10 ** Math.floor(Math.log10(top / 5));
  for (const multiple of [1, 2, 2.5, 5, 10, 20]) {
    const step = multiple * power;
    if (top / step <= 5) {
      const steps = Math.max(1, Math.ceil(top / step - 1e-9));
      return Array.from({ length: steps + 1 }, (_, index) => index * step);
    }
  }
  return [0, top];
}

function frame(title, description, width, height, body) {
  const titleId = uniqueId('grafiek-titel');
  const descriptionId = uniqueId('grafiek-beschrijving');
  const image = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
    'aria-labelledby': `${titleId} ${descriptionId}`, focusable: 'false',
  }, svg('title', { id: titleId }, title), svg('desc', { id: descriptionId }, description), body);
  return image;
}

function dataTable(caption, headings, rows) {
  return h('details', { class: 'chart-data' },
    h('summary', {}, 'Toon de getallen'),
    h('table', { class: 'data' },
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, headings.map((text, index) => h('th', { scope: 'col', class: index ? 'num' : null }, text)))),
      h('tbody', {}, rows.map(([label, ...values]) =>
        h('tr', {}, h('th', { scope: 'row' }, label), values.map((value) => h('td', { class: 'num' }, value)))))));
}

/**
 * Horizontal bars, one row per item, its label above the bar so that long Dutch
 * names fit a phone: items [{label, value}], format(value) → text.
 */
export function barChart(container, { title, items, format = integer, className = 'bar' }) {
  const width = widthOf(container);
  const rowHeight = 46;
  const barHeight = 18;
  const valueSpace = 64;
  const height = items.length * rowHeight + 4;
  const maximum = Math.max(1, ...items.map((item) => item.value || 0));
  const scale = (width - valueSpace) / maximum;
  const rows = items.map((item, index) => {
    const top = index * rowHeight;
    const length = Math.max(item.value > 0 ? 2 : 0, Math.round((item.value || 0) * scale));
    return svg('g', { class: 'bar-row' },
      svg('text', { class: 'bar-label', x: 0, y: top + 15 }, item.label),
      svg('rect', { class: className, x: 0, y: top + 21, width: length, height: barHeight, rx: 2 },
        svg('title', {}, `${item.label}: ${format(item.value)}`)),
      svg('text', { class: 'bar-value', x: length + 6, y: top + 21 + 14 }, format(item.value)));
  });
  const description = items.map((item) => `${item.label}: ${format(item.value)}`).join('; ');
  fill(container,
    h('figcaption', {}, title),
    frame(title, description, width, height, rows),
    dataTable(title, ['Programma', title], items.map((item) => [item.label, format(item.value)])));
}

/**
 * Lines over the months of a year: labels (12 month names), series [{name, values,
 * className}]; the first series is the year shown, the others for comparison.
 */
export function lineChart(container, { title, labels, series, format = integer }) {
  const width = widthOf(container);
  const height = width < 480 ? 220 : 280;
  const margin = { top: 12, right: 12, bottom: 28, left: 52 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const ticks = axisTicks(Math.max(1, ...series.flatMap((line) => line.values.filter(Number.isFinite))));
  const maximum = ticks[ticks.length - 1];
  const x = (index) => margin.left + (labels.length === 1 ? plotWidth / 2 : (index * plotWidth) / (labels.length - 1));
  const y = (value) => margin.top + plotHeight - (value / maximum) * plotHeight;

  const parts = [];
  for (const value of ticks) {
    parts.push(svg('line', { class: 'grid', x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value) }));
    parts.push(svg('text', { class: 'axis axis-y', x: margin.left - 8, y: y(value) + 4 }, format(value)));
  }
  const every = plotWidth / labels.length < 34 ? 2 : 1;
  labels.forEach((label, index) => {
    if (index % every === 0) parts.push(svg('text', { class: 'axis axis-x', x: x(index), y: height - 8 }, label));
  });
  series.forEach((line) => {
    const points = line.values.map((value, index) => [x(index), y(value || 0)]);
    const path = points.map(([px, py], index) => `${index ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`).join(' ');
    parts.push(svg('path', { class: `line ${line.className}`, d: path }));
    points.forEach(([px, py], index) => parts.push(svg('circle', { class: `point ${line.className}`, cx: px, cy: py, r: 3.5 },
      svg('title', {}, `${labels[index]} ${line.name}: ${format(line.values[index])}`))));
  });
  const description = series.map((line) =>
    `${line.name}: ${line.values.map((value, index) => `${labels[index]} ${format(value)}`).join(', ')}`).join('. ');
  const legend = h('ul', { class: 'legend' }, series.map((line) =>
    h('li', {}, h('span', { class: `swatch ${line.className}`, 'aria-hidden': 'true' }), line.name)));
  fill(container,
    h('figcaption', {}, title),
    frame(title, description, width, height, parts),
    legend,
    dataTable(title, ['Maand', ...series.map((line) => line.name)],
      labels.map((label, index) => [label, ...series.map((line) => format(line.values[index]))])));
}

/** Calls draw() again when the width of `container` changes (phone rotation, window resize). */
export function redrawOnResize(container, draw) {
  let width = container.clientWidth;
  let pending = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      if (container.clientWidth !== width && container.clientWidth > 0) {
        width = container.clientWidth;
        draw();
      }
    });
  });
}
