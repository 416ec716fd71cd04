// The year's budget of a municipality next to an order: the budget (net, excl. VAT),
// what its submitted and confirmed orders already take, what is left, and the order
// deadline. No budget set (not in the list) means no limit. (The over-budget 422 is the
// server's own Dutch message: DutchMessages, order.over_budget.)
import { getJSON } from './api.js';
import { h, fill } from './dom.js';
import * as nl from './format.js';
import { dateLabel, todayInAmsterdam } from './order-labels.js';

/** The budget, or null when none is set. Throws ApiError for anything else. */
export async function loadBudget(municipality, year) {
  const list = await getJSON(`/api/v1/budgets?year=${encodeURIComponent(year)}&municipality=${encodeURIComponent(municipality)}`);
  return list.items.find((budget) => budget.municipality === municipality) || null;
}

function fact(term, value, extra = {}) {
  return h('div', extra, h('dt', null, term), h('dd', null, value));
}

/**
 * Shows `budget` in `container`. `orderNet`: this order's net total when it is not yet
 * among the committed orders (a basket or a draft), else null.
 */
export function showBudget(container, budget, { year, orderNet = null, mayOrderLate = false } = {}) {
  if (!budget) {
    fill(container, h('p', null, `Voor ${year} is geen budget vastgesteld: er geldt geen grens.`));
    return;
  }
  const facts = [
    fact(`Budget ${year} (excl. btw)`, nl.money(budget.net_cents)),
    fact('Al ingediend of bevestigd', nl.money(budget.committed_net_cents)),
    fact('Nog beschikbaar', nl.money(budget.remaining_net_cents), { class: 'budget-remaining' }),
    fact('Uiterste besteldatum', budget.order_deadline ? dateLabel(budget.order_deadline) : 'geen'),
  ];
  const notes = [];
  if (Number.isInteger(orderNet)) {
    const left = budget.remaining_net_cents - orderNet;
    facts.push(fact('Na indienen van deze bestelling nog over', nl.money(left), { class: left < 0 ? 'budget-over' : '' }));
    if (left < 0) notes.push(h('p', { class: 'notice notice-error' }, `Deze bestelling gaat ${nl.money(-left)} over het budget; indienen lukt zo niet.`));
  }
  if (budget.order_deadline && todayInAmsterdam() > budget.order_deadline) {
    notes.push(h('p', { class: 'notice' }, mayOrderLate
      ? `De uiterste besteldatum (${dateLabel(budget.order_deadline)}) is verstreken; alleen de beheerder kan nog indienen.`
      : `De uiterste besteldatum (${dateLabel(budget.order_deadline)}) is verstreken. Vraag de bibliotheekorganisatie de bestelling voor u in te dienen.`));
  }
  fill(container, h('dl', { class: 'budget-facts' }, facts), notes);
}
