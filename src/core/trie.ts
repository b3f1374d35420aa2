/**
 * Every phrase of a pack, compiled into one token trie. Scanning walks the
 * trie from each token, so the cost is one pass over the text whatever the
 * number of phrases.
 */

import { type Glob, matchesGlob, type Sequence, testWord, type WordTest } from './phrase.js';
import { BREAK, type Tokens, WORD } from './tokenize.js';

/** What reaching the end of a phrase means. */
export interface Terminal {
  /** Index into the compiled pack's rules. */
  rule: number;
  /** Index of the phrase within its rule (`-1`-based lists are not used). */
  phrase: number;
  /** `match` for the rule's phrases, `except` for phrases that cancel overlapping matches. */
  role: 'match' | 'except';
  anchored: boolean;
  atEnd: boolean;
  /** Slot name → depth (token offset from the match start). */
  captures: ReadonlyArray<readonly [string, number]>;
  /** How many literal tokens the phrase has: more literal = more specific. */
  literals: number;
  /** The flagged part, as token offsets `[from, to)` from the match start; `null` = all of it. */
  mark: readonly [number, number] | null;
}

interface SlotEdge {
  sig: string;
  test: WordTest;
  child: TrieNode;
}

export interface TrieNode {
  words: Map<string, TrieNode> | null;
  slots: SlotEdge[] | null;
  terminals: Terminal[] | null;
  /** Built by `finalizeTrie`: every child reachable by an exact word, literal or from a word set. */
  index: Map<string, TrieNode[]> | null;
  /** Built by `finalizeTrie`: edges that take any word. */
  loose: SlotEdge[] | null;
  /** Built by `finalizeTrie`: glob edges by the first two letters of their prefix or last two of their suffix. */
  globs: Map<number, GlobEdge[]> | null;
  /**
   * Built by `finalizeTrie`: bit `len` of `starts[firstCodeUnit & 127]` is set when some
   * edge may take a token of that first letter and length (lengths from 31 share bit 31).
   * `null` when an edge takes any word or a suffix glob, so no token can be ruled out.
   */
  starts: Uint32Array | null;
}

interface GlobEdge {
  glob: Glob;
  child: TrieNode;
}

function node(): TrieNode {
  return { words: null, slots: null, terminals: null, index: null, loose: null, globs: null, starts: null };
}

/** Numeric keys for the glob index: two code units from the start (positive) or the end (negative). */
function prefixKey(w: string): number {
  return w.charCodeAt(0) * 65536 + w.charCodeAt(1);
}
function suffixKey(w: string): number {
  return -(w.charCodeAt(w.length - 2) * 65536 + w.charCodeAt(w.length - 1)) - 1;
}

/**
 * Indexes every node for scanning: literal children and the words of set
 * edges go into one map, so a token costs one lookup however many
 * alternatives lead on from a node. Call once, after the last `addPhrase`.
 */
export function finalizeTrie(root: TrieNode): void {
  const stack = [root];
  while (stack.length > 0) {
    const cur = stack.pop() as TrieNode;
    const index = new Map<string, TrieNode[]>();
    const add = (w: string, child: TrieNode) => {
      const list = index.get(w);
      if (list) list.push(child);
      else index.set(w, [child]);
    };
    const loose: SlotEdge[] = [];
    const globs = new Map<number, GlobEdge[]>();
    const addGlob = (glob: Glob, child: TrieNode) => {
      // Called only for globs with two or more letters on their fixed side.
      const k = glob.prefix.length >= 2 ? prefixKey(glob.prefix) : suffixKey(glob.suffix);
      const list = globs.get(k);
      if (list) list.push({ glob, child });
      else globs.set(k, [{ glob, child }]);
    };
    if (cur.words) for (const [w, child] of cur.words) add(w, child);
    for (const edge of cur.slots ?? []) {
      if (edge.test.kind === 'any') loose.push(edge);
      else {
        for (const w of edge.test.words) add(w, edge.child);
        for (const g of edge.test.globs) {
          if (g.prefix.length >= 2 || g.suffix.length >= 2) addGlob(g, edge.child);
          else loose.push({ ...edge, test: { kind: 'set', words: new Set(), globs: [g] } });
        }
      }
    }
    cur.index = index.size > 0 ? index : null;
    cur.loose = loose.length > 0 ? loose : null;
    cur.globs = globs.size > 0 ? globs : null;
    cur.starts = startFilter(index, [...globs.values()].flat(), loose.length > 0);
    if (cur.words) stack.push(...cur.words.values());
    for (const edge of cur.slots ?? []) stack.push(edge.child);
  }
}

function startBucket(key: string): number {
  return key.charCodeAt(0) & 127;
}
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** The first-letter/length filter of a node (see `TrieNode.starts`). */
function startFilter(index: Map<string, TrieNode[]>, globs: GlobEdge[], anyWord: boolean): Uint32Array | null {
  if (anyWord || globs.some((g) => g.glob.prefix.length < 2)) return null;
  const starts = new Uint32Array(128);
  for (const k of index.keys()) starts[startBucket(k)] = (starts[startBucket(k)] as number) | lengthBit(k.length);
  for (const { glob } of globs) {
    // A prefix glob takes any longer word: set every bit above the prefix length.
    const b = startBucket(glob.prefix);
    starts[b] = (starts[b] as number) | (~0 << Math.min(glob.prefix.length + 1, 31));
  }
  return starts;
}

/** Builds an empty trie. */
export function createTrie(): TrieNode {
  return node();
}

/** Adds every sequence of a phrase to the trie. */
export function addPhrase(
  root: TrieNode,
  sequences: readonly Sequence[],
  base: Omit<Terminal, 'anchored' | 'atEnd' | 'captures' | 'literals' | 'mark'>,
): void {
  for (const seq of sequences) {
    let cur = root;
    const captures: [string, number][] = [];
    let literals = 0;
    let depth = 0;
    let markFrom = -1;
    let markTo = -1;
    for (const e of seq.elements) {
      if (e.t === 'open') {
        markFrom = depth;
        continue;
      }
      if (e.t === 'close') {
        markTo = depth;
        continue;
      }
      if (e.t === 'lit') {
        literals++;
        cur.words ??= new Map();
        let next = cur.words.get(e.key);
        if (!next) {
          next = node();
          cur.words.set(e.key, next);
        }
        cur = next;
      } else {
        if (e.name) captures.push([e.name, depth]);
        if (e.literal) literals++;
        cur.slots ??= [];
        let edge = cur.slots.find((s) => s.test === e.test) ?? cur.slots.find((s) => s.sig === e.sig);
        if (!edge) {
          edge = { sig: e.sig, test: e.test, child: node() };
          cur.slots.push(edge);
        }
        cur = edge.child;
      }
      depth++;
    }
    const mark = markFrom >= 0 ? ([markFrom, markTo] as const) : null;
    cur.terminals ??= [];
    cur.terminals.push({ ...base, anchored: seq.anchored, atEnd: seq.atEnd, captures, literals, mark });
  }
}

/** One phrase found in the text, in token indices `[first, last]`. */
export interface Hit {
  terminal: Terminal;
  first: number;
  last: number;
}

/**
 * Walks the trie from every token and reports each phrase that ends there.
 * `onHit` is called for every hit; callers pick the best per rule and place.
 */
export function scan(root: TrieNode, tokens: Tokens, onHit: (hit: Hit) => void): void {
  const { count, kind, key, sentenceStart, sentenceEnd } = tokens;
  const step = (cur: TrieNode, first: number, j: number): void => {
    const k = key[j] as string;
    const starts = cur.starts;
    if (starts !== null && ((starts[k.charCodeAt(0) & 127] as number) & lengthBit(k.length)) === 0) return;
    const children = cur.index?.get(k);
    if (children !== undefined) {
      // Literal children hold punctuation too; word sets only ever match words (the index holds both).
      for (const child of children) walk(child, first, j + 1);
    }
    if (kind[j] !== WORD) return;
    if (cur.loose !== null) {
      for (const edge of cur.loose) if (testWord(edge.test, k)) walk(edge.child, first, j + 1);
    }
    if (cur.globs !== null && k.length > 2) {
      const byPrefix = cur.globs.get(prefixKey(k));
      if (byPrefix !== undefined) for (const e of byPrefix) if (matchesGlob(e.glob, k)) walk(e.child, first, j + 1);
      const bySuffix = cur.globs.get(suffixKey(k));
      if (bySuffix !== undefined) for (const e of bySuffix) if (matchesGlob(e.glob, k)) walk(e.child, first, j + 1);
    }
  };
  const walk = (cur: TrieNode, first: number, j: number): void => {
    const terms = cur.terminals;
    if (terms !== null) {
      for (const t of terms) {
        if (t.anchored && sentenceStart[first] !== 1) continue;
        if (t.atEnd && sentenceEnd[j - 1] !== 1) continue;
        onHit({ terminal: t, first, last: j - 1 });
      }
    }
    if (j < count && kind[j] !== BREAK) step(cur, first, j);
  };
  for (let i = 0; i < count; i++) if (kind[i] !== BREAK) step(root, i, i);
}
