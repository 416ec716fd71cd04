// Builds DOM nodes. Text always goes in as text nodes and attribute values through
// setAttribute, never as markup, so a value from the database cannot become HTML.
const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    // Event handlers and inline styles are refused by our CSP anyway; refuse them here too.
    if (/^on/i.test(name) || name === 'style') throw new Error(`attribute ${name} is not allowed`);
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function appendChildren(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: h('td', {class: 'num'}, '6.984'). */
export function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  appendChildren(node, children);
  return node;
}

/** An SVG element, same call shape as h(). */
export function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  appendChildren(node, children);
  return node;
}

/** Replaces the children of `node`. */
export function fill(node, ...children) {
  node.replaceChildren();
  appendChildren(node, children);
  return node;
}

let counter = 0;
/** A document-unique id for aria-labelledby links. */
export function uniqueId(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}
