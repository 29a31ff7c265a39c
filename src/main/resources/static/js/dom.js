// A tiny element builder, so pages never assemble HTML from strings that hold data.

/**
 * h('li', {class: 'x', onclick: f, 'aria-label': 'y'}, child, 'text', [more]) -> HTMLElement.
 * Attributes starting with "on" become listeners; false/null attributes are left out.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

/** Replaces an element's children, skipping null and false (replaceChildren would print them). */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Inline SVG from trusted constant markup (icons only). */
export function icon(markup, className = 'icon') {
  const wrapper = document.createElement('span');
  wrapper.innerHTML = markup;
  const svg = wrapper.firstElementChild;
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

const SVG = (body) => `<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
export const ICONS = {
  complete: SVG('<circle cx="12" cy="12" r="10"/><path d="m8 12.5 2.7 2.7L16.5 9.5"/>'),
  processing: SVG('<path d="M21 12a9 9 0 1 1-6.2-8.56"/>'),
  failed: SVG('<circle cx="12" cy="12" r="10"/><path d="m15 9-6 6M9 9l6 6"/>'),
  pending: SVG('<circle cx="12" cy="12" r="10"/><path d="M12 7v5l3 2"/>'),
  upload: SVG('<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m17 8-5-5-5 5"/><path d="M12 3v12"/>'),
};

/** Copies text, falling back to selecting an input when the clipboard API is unavailable. */
export async function copyText(text, input) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (input) {
      input.select();
      return document.execCommand?.('copy') ?? false;
    }
    return false;
  }
}

export function setBar(bar, fraction) {
  const clamped = Math.max(0, Math.min(1, fraction));
  bar.firstElementChild.style.width = `${(clamped * 100).toFixed(1)}%`;
  bar.setAttribute('aria-valuenow', String(Math.round(clamped * 100)));
  bar.classList.toggle('done', clamped >= 1);
}
