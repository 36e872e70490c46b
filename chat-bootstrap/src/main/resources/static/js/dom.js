// A small helper to build DOM elements. Text is always added as text nodes: nothing a user wrote is ever
// parsed as HTML.

/**
 * h('button', {class: 'x', onclick: f, 'aria-label': 'Send'}, 'Send') → <button>. Attributes that are null,
 * undefined or false are left out; true sets an empty attribute; on* props add event listeners.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'value') {
      element.value = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Replaces element's children as h() adds them: null, undefined and false leave nothing (replaceChildren would write "null"). */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** A label and its input, joined by a generated id. */
let ids = 0;
export function field(labelText, input, hint) {
  const id = input.id || `f${++ids}`;
  input.id = id;
  const hintElement = hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintElement) input.setAttribute('aria-describedby', hintElement.id);
  return h('div', { class: 'field' }, h('label', { for: id }, labelText), input, hintElement);
}

/** A unique id for aria references. */
export function uid(prefix) {
  return `${prefix}-${++ids}`;
}
