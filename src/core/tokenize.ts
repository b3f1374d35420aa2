/**
 * Splits text into word and punctuation tokens in one pass, keeping offsets
 * into the original string. Keys are lower-cased with typographic apostrophes
 * folded to `'`, so phrase matching is case-insensitive without ever
 * changing an offset.
 */

export const WORD = 0;
export const PUNCT = 1;
/** A paragraph break (a blank line): phrases never match across it. */
export const BREAK = 2;

export interface Tokens {
  count: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** Lower-cased, apostrophe-folded text of each token (`'\n'` for a break). */
  key: string[];
  /** 1 where the token opens a sentence. */
  sentenceStart: Uint8Array;
  /** 1 where the token is followed by a sentence end (`. ! ?`, a line break or the end of text). */
  sentenceEnd: Uint8Array;
  /** Number of word tokens. */
  words: number;
}

// Character classes for code units below 128.
const C_OTHER = 0;
const C_WORD = 1;
const C_SPACE = 2;
const C_NEWLINE = 3;
const C_APOS = 4;
const C_HYPHEN = 5;
const C_PUNCT = 6;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_]/.test(ch)) ASCII[c] = C_WORD;
  else if (ch === '\n' || ch === '\r') ASCII[c] = C_NEWLINE;
  else if (/\s/.test(ch)) ASCII[c] = C_SPACE;
  else if (ch === "'") ASCII[c] = C_APOS;
  else if (ch === '-') ASCII[c] = C_HYPHEN;
  else if (/[.,!?;:()"/&]/.test(ch)) ASCII[c] = C_PUNCT;
  else ASCII[c] = C_OTHER;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

/** Zero-width characters that may sit inside a word (pasted text, soft hyphens). */
function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** Classes of every UTF-16 code unit, filled in on first sight (0 = not yet known, else class + 1). */
const CLASS_CACHE = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS_CACHE[c] = (ASCII[c] as number) + 1;

/** The class of a code unit: one array read after the first time. */
function classOf(c: number): number {
  const cached = CLASS_CACHE[c] as number;
  if (cached !== 0) return cached - 1;
  const cls = classify(c);
  CLASS_CACHE[c] = cls + 1;
  return cls;
}

function classify(c: number): number {
  if (c < 128) return ASCII[c] as number;
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return C_APOS;
  if (c === 0x2010 || c === 0x2011) return C_HYPHEN;
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return C_NEWLINE;
  if (c === 0x2026 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014) return C_PUNCT;
  if (c >= 0xd800 && c <= 0xdfff) return C_OTHER; // emoji and other astral symbols
  const ch = String.fromCharCode(c);
  if (LETTER.test(ch)) return C_WORD;
  if (SPACE.test(ch)) return C_SPACE;
  return C_OTHER;
}

/**
 * Lower-cases `text` without changing its length: characters whose lower case
 * has another length (such as `İ`) are kept as they are.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

const SENTENCE_END_PUNCT = new Set(['.', '!', '?', '…']);

/** Tokenizes `text`; `lower` must be `foldCase(text)` (passed in so callers fold once). */
export function tokenize(text: string, lower: string = foldCase(text)): Tokens {
  const n = text.length;
  // A token needs at least one code unit, so n bounds the count.
  const cap = Math.min(n, 1 << 22) + 1;
  const kind = new Uint8Array(cap);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const sentenceStart = new Uint8Array(cap);
  const sentenceEnd = new Uint8Array(cap);
  const key: string[] = [];
  let count = 0;
  let words = 0;
  // State for sentence boundaries.
  let atSentenceStart = true;
  let newlines = 0;

  const push = (k: number, s: number, e: number, kk: string): void => {
    if (count >= cap - 1) return;
    kind[count] = k;
    start[count] = s;
    end[count] = e;
    key[count] = kk;
    count++;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === C_SPACE || (cls !== C_WORD && isZeroWidth(c))) {
      i++;
      continue;
    }
    if (cls === C_NEWLINE) {
      if (c === 10 || c !== 13) newlines++;
      else if (text.charCodeAt(i + 1) !== 10) newlines++;
      i++;
      continue;
    }
    if (newlines > 0) {
      if (count > 0) sentenceEnd[count - 1] = 1;
      if (newlines > 1) {
        push(BREAK, i, i, '\n');
        atSentenceStart = true;
      } else if (cls === C_WORD && text[i] !== (lower[i] as string)) {
        // A new line that starts with a capital letter starts a sentence.
        atSentenceStart = true;
      }
      newlines = 0;
    }
    if (cls === C_WORD) {
      const s = i;
      let hasZeroWidth = false;
      let hasCurlyApostrophe = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const dc = classOf(d);
        if (dc === C_WORD) {
          i++;
          continue;
        }
        // Apostrophes stay inside words (don't); hyphens split them (follow-up = follow up).
        const inside = i + 1 < n && classOf(text.charCodeAt(i + 1)) === C_WORD;
        if (dc === C_APOS && inside) {
          if (d !== 39) hasCurlyApostrophe = true;
          i++;
        } else if (dc !== C_WORD && isZeroWidth(d) && inside) {
          hasZeroWidth = true;
          i++;
        } else {
          break;
        }
      }
      let k = lower.slice(s, i);
      if (hasCurlyApostrophe) k = k.replace(/[\u2018\u2019\u02bc]/g, "'");
      if (hasZeroWidth) k = k.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
      if (atSentenceStart) sentenceStart[count] = 1;
      push(WORD, s, i, k);
      words++;
      atSentenceStart = false;
      // Skip the hyphen that split a word, without making it a token.
      if (i + 1 < n && classOf(text.charCodeAt(i)) === C_HYPHEN && classOf(text.charCodeAt(i + 1)) === C_WORD) i++;
      continue;
    }
    // Punctuation and symbols: one token per code point.
    const s = i;
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    let k = lower.slice(s, i);
    if (cls === C_APOS) k = "'";
    else if (k === '\u201c' || k === '\u201d') k = '"';
    else if (k === '\u2013' || k === '\u2014') k = '-';
    push(PUNCT, s, i, k);
    if (SENTENCE_END_PUNCT.has(k)) {
      atSentenceStart = true;
      if (count >= 2) sentenceEnd[count - 2] = 1;
    }
  }
  if (count > 0) sentenceEnd[count - 1] = 1;
  return { count, kind, start, end, key, sentenceStart, sentenceEnd, words };
}
