/**
 * Reading drafts for `tactful lint`: plain text files, JSON Lines and Zendesk
 * macro exports, chosen by file extension (or, for stdin, by sniffing).
 */

import { readFile } from 'node:fs/promises';
import { htmlToText } from './html.js';

/** One reply draft to check. */
export interface Draft {
  /** As given by the input (a macro's numeric id stays a number), else derived from the file name. */
  id: string | number;
  /** A macro's title, shown in the text report. */
  title?: string;
  draft: string;
  customer?: string;
}

/** Something wrong with an input: `where` is `file` or `file:line`. */
export interface InputProblem {
  where: string;
  message: string;
}

/** What one input yielded: the drafts it could read, and what went wrong. */
export interface ParsedInput {
  drafts: Draft[];
  problems: InputProblem[];
}

/** The input formats the CLI reads. */
export type InputFormat = 'text' | 'jsonl' | 'macros';

/** The label used for standard input in ids and messages. */
export const STDIN_LABEL = '<stdin>';

/** The format of a file, by its extension: `.jsonl`, `.json` (macros), anything else text. */
export function formatForPath(path: string): InputFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl')) return 'jsonl';
  if (lower.endsWith('.json')) return 'macros';
  return 'text';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Guesses the format of text read from stdin: a JSON object with `macros`
 * (or `macro`) is a macros export; text whose every non-empty line is a JSON
 * object is JSON Lines; anything else is one plain-text draft.
 */
export function sniffFormat(text: string): InputFormat {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const whole = tryJson(trimmed);
    if (isObject(whole) && ('macros' in whole || 'macro' in whole)) return 'macros';
  }
  const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 0 && lines.every((l) => isObject(tryJson(l)))) return 'jsonl';
  return 'text';
}

/** Reads one JSON Lines record; returns a problem message when the line is malformed. */
function jsonlRecord(line: string, fallbackId: string): Draft | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  if (!isObject(value)) return 'not a JSON object';
  const { id, draft, customer } = value;
  if (typeof draft !== 'string') return draft === undefined ? '"draft" is missing' : '"draft" is not a string';
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') return '"id" is not a string or number';
  if (customer !== undefined && customer !== null && typeof customer !== 'string') return '"customer" is not a string';
  const out: Draft = { id: id ?? fallbackId, draft };
  if (typeof customer === 'string') out.customer = customer;
  return out;
}

/**
 * Parses JSON Lines: one `{"id", "draft", "customer"?}` per line. Blank lines
 * are skipped; a missing id becomes `<file>:<line>`; malformed lines become
 * problems naming their line while the other lines are still read.
 */
export function parseJsonl(text: string, file: string): ParsedInput {
  const result: ParsedInput = { drafts: [], problems: [] };
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    const record = jsonlRecord(line, where);
    if (typeof record === 'string') result.problems.push({ where, message: record });
    else result.drafts.push(record);
  });
  return result;
}

/** A Zendesk action value: a string, or an array whose last string is the text. */
function actionText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').at(-1);
  return undefined;
}

/** The macro's reply text: the last HTML comment action if any, else the last plain one. */
function macroComment(actions: unknown): string | undefined {
  if (!Array.isArray(actions)) return undefined;
  let html: string | undefined;
  let plain: string | undefined;
  for (const a of actions) {
    if (!isObject(a)) continue;
    const text = actionText(a.value);
    if (text === undefined) continue;
    if (a.field === 'comment_value_html') html = text;
    else if (a.field === 'comment_value') plain = text;
  }
  return html !== undefined ? htmlToText(html) : plain;
}

/**
 * Parses a Zendesk macros export (`{"macros": [...]}` or `{"macro": {...}}`):
 * one draft per macro with a comment action, HTML reduced to text. Macros
 * without a comment are skipped.
 */
export function parseMacros(text: string, file: string): ParsedInput {
  const result: ParsedInput = { drafts: [], problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    result.problems.push({ where: file, message: `not valid JSON (${(e as Error).message})` });
    return result;
  }
  const macros = isObject(value) ? (Array.isArray(value.macros) ? value.macros : isObject(value.macro) ? [value.macro] : null) : null;
  if (!macros) {
    result.problems.push({ where: file, message: 'not a Zendesk macros export (expected {"macros": [...]} or {"macro": {...}})' });
    return result;
  }
  macros.forEach((m: unknown, i) => {
    if (!isObject(m)) {
      result.problems.push({ where: file, message: `macros[${i}] is not an object` });
      return;
    }
    const draft = macroComment(m.actions);
    if (draft === undefined) return;
    const id = typeof m.id === 'string' || typeof m.id === 'number' ? m.id : `${file}:macros[${i}]`;
    const out: Draft = { id, draft };
    if (typeof m.title === 'string') out.title = m.title;
    result.drafts.push(out);
  });
  return result;
}

/** Parses input text in the given format; `file` names it in ids and problems. */
export function parseInput(text: string, file: string, format: InputFormat): ParsedInput {
  if (format === 'jsonl') return parseJsonl(text, file);
  if (format === 'macros') return parseMacros(text, file);
  return { drafts: [{ id: file, draft: text }], problems: [] };
}

/** Why a file could not be read, in a few words. */
function readFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EISDIR') return 'is a directory';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  return err.message ?? String(e);
}

/** Reads a file as UTF-8 without its byte-order mark; unreadable files reject with a short reason. */
export async function readText(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (e) {
    throw new Error(readFailure(e));
  }
}

/**
 * Reads one input named on the command line (`-` is stdin, read with
 * `readStdin`) and parses it. Never throws: an unreadable file is a problem.
 */
export async function readInput(name: string, readStdin: () => Promise<string>): Promise<ParsedInput> {
  if (name === '-') {
    const text = (await readStdin()).replace(/^\uFEFF/, '');
    return parseInput(text, STDIN_LABEL, sniffFormat(text));
  }
  try {
    return parseInput(await readText(name), name, formatForPath(name));
  } catch (e) {
    return { drafts: [], problems: [{ where: name, message: (e as Error).message }] };
  }
}
