// The one way the extension builds DOM: createElement + textContent. Never markup strings.

/**
 * h(doc, 'button', {class: 'x', type: 'button', dataset: {action: 'draft'}}, 'Draft follow-up', child...)
 * Strings become text nodes; null/false children are skipped. Attributes are set with setAttribute,
 * and event-handler attributes (on*) are refused so data can never become script.
 */
export function h(doc, tag, attrs, ...children) {
  const el = doc.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === 'dataset') {
        for (const [dk, dv] of Object.entries(v)) el.setAttribute(`data-${dk}`, String(dv));
      } else if (k === 'text') {
        el.textContent = String(v);
      } else if (/^on/i.test(k) || k === 'style' || k === 'src' || k === 'href' || k === 'srcdoc') {
        throw new Error(`h(): refusing attribute ${k}`);
      } else {
        el.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
}
