/**
 * Reading pasted or uploaded JSON with a useful error. `JSON.parse`'s
 * messages differ between browsers and often give no position at all
 * (V8: `Unexpected token '}', "{"a":}" is not valid JSON`), so a small
 * scanner finds where the text stops being JSON, as line and column.
 */

/** Where JSON text first goes wrong (0-based offset). */
class Stop {
  constructor(readonly at: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** The offset of the first syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') throw new Stop(i);
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else throw new Stop(i + 1);
      } else i++;
    }
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      space();
      item();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return;
      } else throw new Stop(i);
    }
  };
  const value = (): void => {
    const c = text[i];
    if (c === '{')
      list('}', () => {
        if (text[i] !== '"') throw new Stop(i);
        string();
        space();
        if (text[i] !== ':') throw new Stop(i);
        i++;
        space();
        value();
      });
    else if (c === '[') list(']', value);
    else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) throw new Stop(i);
      i = NUMBER.lastIndex;
    } else {
      const word = LITERALS.find((w) => text.startsWith(w, i));
      if (!word) throw new Stop(i);
      i += word.length;
    }
  };
  try {
    space();
    value();
    space();
    if (i < text.length) throw new Stop(i);
    return -1;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e; // a nesting too deep for the stack: let JSON.parse's own message speak
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export type ParsedJson = { value: unknown } | { error: { line: number; column: number; message: string } };

/** Parses JSON text (a leading byte-order mark is allowed, as editors on Windows write one). */
export function parseJson(raw: string): ParsedJson {
  const text = raw.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    let offset = text.length;
    try {
      const found = jsonErrorOffset(text);
      if (found >= 0) offset = found;
    } catch {
      // Too deeply nested to scan: report the end.
    }
    return { error: { ...lineColumn(text, offset), message: (e as Error).message } };
  }
}
