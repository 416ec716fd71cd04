// The lines of a basket or an order as one table: activity, quantity (an input when the
// lines can be changed), unit, unit price, VAT, amounts, and the totals underneath.
// Prices always come from the API (a quote, or the order itself); this module only shows
// them. Used by the new-order page and the order page.
import { h, fill } from './dom.js';
import * as nl from './format.js';
import { unitLabel } from './vocabulary.js';

let tables = 0;

/** "lines[2].quantity" → 2; null for a field that is not a line's. */
export function lineIndex(field) {
  const match = /^lines\[(\d+)\]/.exec(field || '');
  return match ? Number(match[1]) : null;
}

function money(cents) {
  return cents === null || cents === undefined ? nl.DASH : nl.money(cents);
}

export class LinesTable {
  /**
   * container: where the table goes; editable: quantities as inputs and remove buttons;
   * year: for links to the catalogue; onChange(): after a quantity changed or a line was removed.
   */
  constructor(container, { editable = false, year, caption = 'Regels', onChange = () => {} } = {}) {
    tables += 1;
    this.id = `regels-${tables}`;
    this.container = container;
    this.editable = editable;
    this.year = year;
    this.caption = caption;
    this.onChange = onChange;
    this.rows = [];
  }

  /** Rebuilds the table for `lines` [{activity (code), name, unit, quantity, note?}]. */
  setLines(lines) {
    this.data = lines.map((line) => ({ ...line }));
    if (!lines.length) {
      this.rows = [];
      fill(this.container, h('p', { class: 'empty' }, this.editable
        ? 'Er staan geen activiteiten in. Voeg er een toe uit de catalogus of met “Activiteit toevoegen”.'
        : 'Deze bestelling heeft geen regels.'));
      return;
    }
    this.rows = lines.map((line, index) => this.row(line, index));
    this.totals = {
      net: h('td', { class: 'num' }),
      vat: h('td', { class: 'num' }),
      gross: h('td', { class: 'num' }),
    };
    // Each total under its column: the net one under "Excl. btw", the VAT and the gross one under "Incl. btw".
    const span = 6;
    const extra = this.editable ? h('td', { class: 'no-label' }) : null;
    fill(this.container, h('div', { class: 'table-scroll order-lines-wrap' },
      h('table', { class: 'data order-lines', id: this.id },
        h('caption', null, this.caption),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, 'Activiteit'),
          h('th', { scope: 'col', class: 'num' }, 'Aantal'),
          h('th', { scope: 'col' }, 'Eenheid'),
          h('th', { scope: 'col', class: 'num' }, 'Prijs per eenheid'),
          h('th', { scope: 'col', class: 'num' }, 'Btw'),
          h('th', { scope: 'col', class: 'num' }, 'Excl. btw'),
          h('th', { scope: 'col', class: 'num' }, 'Incl. btw'),
          this.editable ? h('th', { scope: 'col', class: 'col-remove' }, h('span', { class: 'visually-hidden' }, 'Verwijderen')) : null)),
        h('tbody', null, this.rows.map((row) => row.tr)),
        h('tfoot', null,
          h('tr', null, h('th', { scope: 'row', colspan: span - 1 }, 'Totaal excl. btw'), this.totals.net, h('td', { class: 'no-label' }), extra?.cloneNode()),
          h('tr', null, h('th', { scope: 'row', colspan: span }, 'Btw'), this.totals.vat, extra?.cloneNode()),
          h('tr', { class: 'grand-total' }, h('th', { scope: 'row', colspan: span }, 'Totaal incl. btw'), this.totals.gross, extra?.cloneNode())))));
  }

  row(line, index) {
    const name = line.name || line.activity;
    const href = `/catalogue/${encodeURIComponent(line.activity)}${this.year ? `?year=${this.year}` : ''}`;
    const cells = {
      error: h('div', { class: 'line-errors' }),
      unitPrice: h('td', { class: 'num', 'data-label': 'Prijs per eenheid' }, nl.DASH),
      vatRate: h('td', { class: 'num', 'data-label': 'Btw' }, nl.DASH),
      net: h('td', { class: 'num', 'data-label': 'Excl. btw' }, nl.DASH),
      gross: h('td', { class: 'num', 'data-label': 'Incl. btw' }, nl.DASH),
      unit: h('td', { 'data-label': 'Eenheid' }, unitLabel(line.unit)),
    };
    let quantity;
    if (this.editable) {
      const inputId = `${this.id}-aantal-${index}`;
      const input = h('input', {
        id: inputId, type: 'number', inputmode: 'numeric', min: '1', max: '1000000000', step: '1', required: true,
        value: String(line.quantity), class: 'quantity-input', 'data-line': String(index),
      });
      input.addEventListener('input', () => this.onChange());
      const remove = h('button', { type: 'button', class: 'button-secondary button-small', 'aria-label': `Verwijder ${name}` }, 'Verwijderen');
      remove.addEventListener('click', () => this.remove(index));
      quantity = h('td', { class: 'num', 'data-label': 'Aantal' },
        h('div', { class: 'field field-line-quantity' },
          h('label', { for: inputId, class: 'visually-hidden' }, `Aantal ${name}`), input),
        h('span', { class: 'print-only' }, nl.integer(line.quantity)));
      cells.input = input;
      cells.remove = h('td', { class: 'no-label' }, remove);
    } else {
      quantity = h('td', { class: 'num', 'data-label': 'Aantal' }, nl.integer(line.quantity));
    }
    const tr = h('tr', null,
      h('th', { scope: 'row', class: 'line-activity' }, h('a', { href }, name),
        line.note ? h('span', { class: 'line-note' }, line.note) : null, cells.error),
      quantity, cells.unit, cells.unitPrice, cells.vatRate, cells.net, cells.gross, cells.remove || null);
    return { tr, cells };
  }

  remove(index) {
    const removed = this.data[index];
    const kept = this.currentLines().filter((_, position) => position !== index);
    this.setLines(kept);
    this.onChange({ removed });
  }

  /** The lines with the quantities as typed (a quantity that is no whole number ≥ 1 is NaN). */
  currentLines() {
    return this.data.map((line, index) => {
      const input = this.rows[index]?.cells.input;
      if (!input) return { ...line };
      const value = input.value.trim();
      const quantity = /^\d+$/.test(value) ? Number(value) : NaN;
      return { ...line, quantity };
    });
  }

  /** Marks each line whose quantity is not a whole number from 1; returns [{field, message}]. */
  validate() {
    const errors = [];
    this.currentLines().forEach((line, index) => {
      if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > 1000000000) {
        errors.push({ field: `lines[${index}].quantity`, message: 'Vul een heel aantal van 1 of meer in.' });
      }
    });
    return errors;
  }

  /** The input that an error of `lines[i]` belongs to (for forms.js showErrors). */
  inputFor(field) {
    const index = lineIndex(field);
    return index === null ? null : this.rows[index]?.cells.input || null;
  }

  /** Writes errors [{field, message}] next to their lines, without moving the focus (live feedback). */
  markErrors(errors) {
    this.rows.forEach((row) => {
      fill(row.cells.error);
      row.cells.input?.removeAttribute('aria-invalid');
      row.cells.input?.removeAttribute('aria-describedby');
    });
    for (const error of errors) {
      const index = lineIndex(error.field);
      const row = index === null ? null : this.rows[index];
      if (!row) continue;
      const id = `${this.id}-fout-${index}`;
      row.cells.error.append(h('p', { class: 'field-error', id }, error.message));
      if (row.cells.input) {
        row.cells.input.setAttribute('aria-invalid', 'true');
        row.cells.input.setAttribute('aria-describedby', id);
      }
    }
  }

  /** Clears the amounts while a new quote is on its way. */
  clearPrices() {
    for (const row of this.rows) {
      for (const cell of [row.cells.unitPrice, row.cells.vatRate, row.cells.net, row.cells.gross]) fill(cell, nl.DASH);
    }
    if (this.totals) for (const cell of Object.values(this.totals)) fill(cell, nl.DASH);
  }

  /**
   * Shows the priced lines (a quote's or an order's lines, in the same order as the
   * table's) and the totals. A line without a price shows dashes.
   */
  showPrices(priced, totals) {
    this.rows.forEach((row, index) => {
      const line = priced[index] || {};
      const perInhabitant = line.unit === 'inhabitant' && Number.isInteger(line.inhabitants);
      // One wrapper, so that on a phone the label and the value are the cell's two flex items.
      fill(row.cells.unitPrice, h('span', { class: 'cell-value' }, money(line.unit_price_cents),
        perInhabitant ? h('span', { class: 'line-multiplier' }, `× ${nl.integer(line.inhabitants)} inwoners`) : null));
      fill(row.cells.vatRate, Number.isInteger(line.vat_rate) ? `${line.vat_rate}%` : nl.DASH);
      fill(row.cells.net, money(line.net_cents));
      fill(row.cells.gross, money(line.gross_cents));
    });
    if (this.totals && totals) {
      fill(this.totals.net, money(totals.net_cents));
      fill(this.totals.vat, money(totals.vat_cents));
      fill(this.totals.gross, money(totals.gross_cents));
    }
  }
}

/**
 * "Activiteit toevoegen": a select of the year's priced activities (from the public price
 * list) and a quantity; onAdd({activity, name, unit}, quantity).
 */
export async function addLineForm(container, { year, getJSON, onAdd }) {
  const prices = [];
  let cursor = null;
  do {
    const page = await getJSON(`/api/v1/prices?year=${year}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    prices.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  prices.sort((a, b) => a.activity.name.localeCompare(b.activity.name, 'nl'));
  const select = h('select', { id: 'toevoegen-activiteit', name: 'activity' },
    h('option', { value: '' }, 'Kies een activiteit'),
    prices.map((item) => h('option', { value: item.activity.code }, `${item.activity.name} (${nl.money(item.unit_price_cents)} ${unitLabel(item.unit)})`)));
  const quantity = h('input', { id: 'toevoegen-aantal', type: 'number', inputmode: 'numeric', min: '1', step: '1', value: '1' });
  const message = h('p', { class: 'field-error', id: 'toevoegen-fout', hidden: true });
  const button = h('button', { type: 'button', class: 'button-secondary' }, 'Toevoegen');
  button.addEventListener('click', () => {
    const item = prices.find((entry) => entry.activity.code === select.value);
    const count = /^\d+$/.test(quantity.value.trim()) ? Number(quantity.value) : NaN;
    let problem = '';
    if (!item) problem = 'Kies eerst een activiteit.';
    else if (!Number.isInteger(count) || count < 1) problem = 'Vul een heel aantal van 1 of meer in.';
    message.hidden = !problem;
    message.textContent = problem;
    (item ? quantity : select).setAttribute('aria-invalid', problem ? 'true' : 'false');
    if (problem) {
      (item ? quantity : select).setAttribute('aria-describedby', 'toevoegen-fout');
      (item ? quantity : select).focus();
      return;
    }
    for (const node of [select, quantity]) { node.removeAttribute('aria-invalid'); node.removeAttribute('aria-describedby'); }
    onAdd({ activity: item.activity.code, name: item.activity.name, unit: item.unit }, count);
    select.value = '';
    quantity.value = '1';
  });
  fill(container, h('fieldset', { class: 'add-line' },
    h('legend', null, 'Activiteit toevoegen'),
    h('div', { class: 'add-line-fields' },
      h('div', { class: 'field field-grow' }, h('label', { for: 'toevoegen-activiteit' }, 'Activiteit'), select),
      h('div', { class: 'field field-quantity' }, h('label', { for: 'toevoegen-aantal' }, 'Aantal'), quantity),
      h('div', { class: 'field field-button' }, button)),
    message));
}
