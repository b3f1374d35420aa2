/**
 * Rule packs as files: what "Export" writes and what "Import" accepts. An
 * export is a pack the CLI (`tactful lint --pack`) and other Tactful installs
 * load as is, with `$schema` so editors can check it. An import is compiled
 * on the pack it will extend before anything changes, and refused with every
 * problem when it does not compile.
 */

import { type CompiledPack, type PackProblem, type RulePack, validatePack } from '../core/index.js';
import { parseJson } from './json-text.js';
import { compileOn } from './team-packs.js';

/** The published schema of rule packs (`schema/rule-pack.schema.json`'s `$id`). */
export const SCHEMA_URL = 'https://tactful.invalid/schema/rule-pack.schema.json';

/** A file name for a team's pack: `<team-name>.tactful.json`, without characters file systems refuse. */
export function packFileName(teamName: string): string {
  const safe = teamName
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
    .replace(/[\u0000-\u001f\\/:*?"<>|]+/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80);
  return `${safe || 'team'}.tactful.json`;
}

function text(pack: RulePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** A team's own rules as a pack file: the overlay as stored, named as the team. */
export function overlayFile(teamName: string, overlay: RulePack): { fileName: string; text: string } {
  const { $schema: _schema, name: _name, ...rest } = overlay;
  return { fileName: packFileName(teamName), text: text({ $schema: SCHEMA_URL, name: teamName, ...rest }) };
}

/**
 * The pack a team's drafts are checked with, spelled out in full
 * (`"extends": "none"`): for teams whose rules come from elsewhere (an
 * organisation's policy, a subscribed URL), with a note saying so.
 */
export function effectiveFile(teamName: string, pack: CompiledPack, note: string): { fileName: string; text: string } {
  const { resolved } = pack;
  const out: RulePack = { $schema: SCHEMA_URL, name: teamName, description: note, extends: 'none', rules: resolved.rules };
  if (resolved.version !== undefined) out.version = resolved.version;
  if (resolved.score) out.score = resolved.score;
  return { fileName: packFileName(teamName), text: text(out) };
}

export type Imported =
  | { ok: true; pack: RulePack; compiled: CompiledPack }
  | { ok: false; json: { line: number; column: number; message: string } }
  | { ok: false; problems: PackProblem[] };

/**
 * Every problem of a pack: the engine checks the shape first and finds
 * problems between rules (a change to a rule that does not exist) only once
 * the shape is right, so the rules whose shape is right are compiled on their
 * own too, and their problems listed with the others.
 */
export function importProblems(value: unknown, base: CompiledPack): PackProblem[] {
  const shape = validatePack(value);
  if (shape.length === 0) return compileOn(value as RulePack, base).problems ?? [];
  const v = value as Partial<RulePack>;
  if (typeof v !== 'object' || v === null || typeof v.rules !== 'object' || v.rules === null || Array.isArray(v.rules)) return shape;
  const broken = new Set(shape.map((p) => /^\/rules\/([^/]+)/.exec(p.path)?.[1]).filter((id) => id !== undefined));
  const rules = Object.fromEntries(Object.entries(v.rules).filter(([id]) => !broken.has(id)));
  const rest = compileOn({ name: 'import', ...(v.extends === 'none' ? { extends: 'none' } : {}), rules }, base).problems ?? [];
  return [...shape, ...rest.filter((p) => !shape.some((q) => q.path === p.path))];
}

/** Reads pack text for import onto `base`; refused with every problem, or the pack to store (without `$schema`). */
export function readImport(raw: string, base: CompiledPack): Imported {
  const parsed = parseJson(raw);
  if ('error' in parsed) return { ok: false, json: parsed.error };
  const result = compileOn(parsed.value as RulePack, base);
  if (result.problems) return { ok: false, problems: importProblems(parsed.value, base) };
  const { $schema: _schema, ...pack } = parsed.value as RulePack;
  return { ok: true, pack, compiled: result.pack };
}
