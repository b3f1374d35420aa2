/**
 * A small HTML-to-text reducer for macro bodies (Zendesk `comment_value_html`).
 * Not a full HTML parser: enough to turn a reply template into the plain text
 * an agent would send, so the engine's offsets point at readable text.
 */

/** Elements that start and end a paragraph: a blank line around them. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);
/** Elements that start and end a line. */
const LINES = new Set(['div', 'li', 'tr', 'ul', 'ol', 'table', 'section', 'article', 'header', 'footer', 'hr']);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  euro: '\u20ac',
  pound: '\u00a3',
  bull: '\u2022',
  middot: '\u00b7',
};

/**
 * Decodes HTML character references: the common named ones (`&amp;`,
 * `&rsquo;`, …; `&nbsp;` becomes a plain space) and numeric ones (`&#39;`,
 * `&#x2019;`). Unknown or invalid references are left as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return code === 0xa0 ? ' ' : String.fromCodePoint(code);
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** A tag (attributes may hold quoted `>`), a comment, or a doctype/processing instruction. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<([/]?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<[!?][^>]*>/g;

/** Text output that knows how many line breaks it ends with. */
class Output {
  private text = '';

  /** Appends inline text, collapsing HTML whitespace as a browser would. */
  inline(raw: string): void {
    let s = raw.replace(/[ \t\r\n\f]+/g, ' ');
    if (this.text === '' || this.text.endsWith('\n') || this.text.endsWith(' ')) s = s.replace(/^ /, '');
    if (s) this.text += decodeEntities(s);
  }

  /** Makes sure the text ends with at least `count` line breaks (none at the very start). */
  breaks(count: number): void {
    this.text = this.text.replace(/ +$/, '');
    if (this.text === '') return;
    const have = /\n*$/.exec(this.text)?.[0].length ?? 0;
    if (have < count) this.text += '\n'.repeat(count - have);
  }

  /** Appends raw text (a `<br>`'s line break, a list bullet). */
  raw(s: string): void {
    if (s === '\n') this.text = this.text.replace(/ +$/, '');
    this.text += s;
  }

  /** The final text: trailing spaces dropped, blank-line runs collapsed, trimmed. */
  done(): string {
    return this.text
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\s+|\s+$/g, '');
  }
}

/**
 * Reduces HTML to plain text: block elements (`p`, `div`, `br`, `li`,
 * `h1`-`h6`, `tr`, `blockquote`, …) become line breaks, list items get
 * `- `, other tags are stripped, `script`/`style` contents are dropped,
 * entities are decoded and runs of blank lines collapse to one.
 */
export function htmlToText(html: string): string {
  const out = new Output();
  const source = html.replace(/<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    out.inline(source.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    if (name === 'br') out.raw('\n');
    else if (PARAGRAPHS.has(name)) out.breaks(2);
    else if (name === 'li' && !closing) {
      out.breaks(1);
      out.raw('- ');
    } else if (LINES.has(name)) out.breaks(1);
  }
  out.inline(source.slice(last));
  return out.done();
}
