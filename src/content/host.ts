/**
 * Tactful's own elements: a custom-named host with an open shadow root,
 * attached to the document (never inside an editable element), so page
 * styles cannot reach in and ours cannot leak out.
 */

/**
 * Where Tactful's own elements go: the body, unless the body is itself an
 * editor (TinyMCE's iframe, designMode pages), then the root element.
 */
export function container(doc: Document): Element {
  const body = doc.body;
  return body && !body.isContentEditable && doc.designMode !== 'on' ? body : doc.documentElement;
}

/** Creates `<tag>` with an open shadow root holding `css`, appended to the document. */
export function createHost(doc: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  container(doc).append(host);
  return { host, root };
}

/** `document.createElement` with attributes and text, for building shadow content without innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
