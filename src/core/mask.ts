/**
 * Finds the parts of a draft that are not the agent's own words: the quoted
 * thread and the signature. They are masked (blanked with spaces, newlines
 * kept) before checking, so nothing in them is flagged or counted, and every
 * other offset stays where it was.
 */

/** A half-open range `[start, end)` of the draft, and why it is masked. */
export interface MaskRange {
  start: number;
  end: number;
  reason: 'quote' | 'signature';
}

interface Line {
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

const QUOTED_LINE = /^[ \t]*>/;
// "On Mon, 3 Jun 2024 at 10:02, Sam Lee <sam@example.com> wrote:" (and Gmail's wrapped form over two lines).
const WROTE_HEADER = /^[ \t]*(On\b.{0,300}\bwrote:|Le\b.{0,300}a écrit\s?:|Am\b.{0,300}schrieb.{0,60}:|El\b.{0,300}escribió:)[ \t]*$/i;
const WROTE_END = /\bwrote:[ \t]*$/i;
const FORWARD_HEADER =
  /^[ \t]*(-{2,}\s*(Forwarded message|Original Message|Weitergeleitete Nachricht|Message transféré)\s*-{2,}|Begin forwarded message:)/i;
const OUTLOOK_FROM = /^[ \t]*\*?From:\*?\s+\S/;
const OUTLOOK_FIELD = /^[ \t]*\*?(Sent|Date|To|Subject|Cc):\*?\s/;
const SIG_DASHES = /^-- ?$|^—$|^__+$/;
const SIGN_OFF =
  /^[ \t]*(best|best regards|best wishes|kind regards|warm regards|warmest regards|warmly|regards|many thanks|thanks( again| so much| a lot)?|thank you( again| so much)?|cheers|sincerely|yours sincerely|yours truly|all the best|talk soon|take care|with thanks|speak soon|have a (great|good|nice|wonderful) (day|week|weekend)|respectfully)[ \t]*[,.!]?[ \t]*$/i;
const MAX_SIGNATURE_LINES = 8;
const MAX_SIGNATURE_LINE_LENGTH = 80;

/** Finds the quoted and signature ranges of a draft, in text order, not overlapping. */
export function findMasks(text: string): MaskRange[] {
  if (text.length === 0) return [];
  const lines = splitLines(text);
  const masks: MaskRange[] = [];
  // The end of the agent's own text: a forwarded block, or a "wrote:" header
  // followed by unmarked quoted text, runs to the end of the draft.
  let tail = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    // Cheap tests first: most lines are plain prose and skip every regex below.
    const t = line.text;
    if ((t.includes('-') || t.includes('Begin')) && FORWARD_HEADER.test(t)) {
      tail = i;
      break;
    }
    if (t.includes('From:') && OUTLOOK_FROM.test(t) && outlookHeaderAt(lines, i)) {
      tail = i;
      break;
    }
    const header = wroteHeaderAt(lines, i);
    if (header > 0) {
      const next = nextNonEmpty(lines, i + header);
      if (next < 0 || !QUOTED_LINE.test((lines[next] as Line).text)) {
        tail = i;
        break;
      }
      // Bottom-posting: mask the header, then the quoted lines one by one.
      masks.push({ start: line.start, end: (lines[i + header - 1] as Line).end, reason: 'quote' });
      i += header - 1;
      continue;
    }
    if (QUOTED_LINE.test(line.text)) {
      const last = masks[masks.length - 1];
      if (last && last.reason === 'quote' && onlyBlankBetween(text, last.end, line.start)) last.end = line.end;
      else masks.push({ start: line.start, end: line.end, reason: 'quote' });
    }
  }
  const signature = findSignature(lines, tail);
  if (signature >= 0 && signature < tail) {
    const start = (lines[signature] as Line).start;
    const end = tail < lines.length ? (lines[tail] as Line).start : text.length;
    // Drop quote masks inside the signature; the signature covers them.
    for (let k = masks.length - 1; k >= 0; k--) if ((masks[k] as MaskRange).start >= start) masks.splice(k, 1);
    if (end > start) masks.push({ start, end, reason: 'signature' });
  }
  if (tail < lines.length) masks.push({ start: (lines[tail] as Line).start, end: text.length, reason: 'quote' });
  return mergeAdjacent(masks);
}

function onlyBlankBetween(text: string, a: number, b: number): boolean {
  return a <= b && /^\s*$/.test(text.slice(a, b));
}

function nextNonEmpty(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] as Line).text.trim() !== '') return i;
  return -1;
}

/** How many lines a "wrote:" header at line i spans (0 if none). */
function wroteHeaderAt(lines: Line[], i: number): number {
  const a = (lines[i] as Line).text;
  if (a.length > 400) return 0;
  if (a.includes(':') && WROTE_HEADER.test(a)) return 1;
  const b = lines[i + 1];
  if (b && /^[ \t]*On\b/i.test(a) && !/[.!?]\s*$/.test(a) && WROTE_END.test(b.text) && a.length + b.text.length < 400)
    return WROTE_HEADER.test(`${a} ${b.text}`) ? 2 : 0;
  return 0;
}

function outlookHeaderAt(lines: Line[], i: number): boolean {
  let fields = 0;
  for (let k = i + 1; k < Math.min(lines.length, i + 6); k++) if (OUTLOOK_FIELD.test((lines[k] as Line).text)) fields++;
  return fields >= 2;
}

/**
 * The first line of the signature block before line `tail`, or -1. A block
 * starts at a `-- ` line, or after a sign-off line ("Best regards,") that is
 * followed only by a few short lines.
 */
function findSignature(lines: Line[], tail: number): number {
  for (let i = Math.max(0, tail - 40); i < tail; i++) {
    if (SIG_DASHES.test((lines[i] as Line).text.trimEnd()) && tail - i <= MAX_SIGNATURE_LINES * 3) return i;
  }
  // The last sign-off line, provided what follows it looks like a name block.
  for (let i = tail - 1; i >= 0 && i >= tail - MAX_SIGNATURE_LINES - 1; i--) {
    const line = lines[i] as Line;
    if (!SIGN_OFF.test(line.text)) continue;
    const after = lines.slice(i + 1, tail).filter((l) => l.text.trim() !== '');
    if (after.length > MAX_SIGNATURE_LINES) return -1;
    if (after.every((l) => l.text.length <= MAX_SIGNATURE_LINE_LENGTH && !/[.!?]\s+\S.*[.!?]\s*$/.test(l.text))) {
      // The sign-off itself ("Thanks,") is the agent's words and stays checked;
      // the name block after it is masked. A sign-off that opens the draft is
      // no sign-off at all.
      return nextNonEmpty(lines, 0) === i ? -1 : i + 1;
    }
    return -1;
  }
  return -1;
}

function mergeAdjacent(masks: MaskRange[]): MaskRange[] {
  masks.sort((a, b) => a.start - b.start);
  const out: MaskRange[] = [];
  for (const m of masks) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) {
      last.end = Math.max(last.end, m.end);
    } else out.push({ ...m });
  }
  return out;
}

/** Returns `text` with the masked ranges blanked by spaces (line breaks kept), same length. */
export function applyMasks(text: string, masks: readonly MaskRange[]): string {
  if (masks.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const m of masks) {
    out += text.slice(pos, m.start);
    out += text.slice(m.start, m.end).replace(/[^\r\n\u2028\u2029]+/g, (run) => ' '.repeat(run.length));
    pos = m.end;
  }
  return out + text.slice(pos);
}
