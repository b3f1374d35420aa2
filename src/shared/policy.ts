/**
 * An organisation's rules, pushed by enterprise policy: Chrome's
 * `3rdparty.extensions.<id>` policy or Firefox's `policies.json` `3rdparty`
 * section, read through `storage.managed`. `managed-schema.json` declares the
 * shape for Chrome; this module checks every value again, because Firefox
 * does not enforce the schema.
 */

import type { RulePack } from '../core/pack-types.js';
import { packProblems } from './settings-schema.js';
import { type ManagedPolicy, type ManagedTeam, NO_POLICY } from './teams.js';

type Obj = Record<string, unknown>;

const TEAM_ID = /^[a-z0-9][a-z0-9-]{0,60}$/;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The team's pack: `pack` (an object) or `packJson` (the same as JSON text, for policy tools that only take strings). */
function packOf(t: Obj): { pack: unknown } | { error: string } {
  if (t.pack !== undefined) return { pack: t.pack };
  if (typeof t.packJson === 'string') {
    try {
      return { pack: JSON.parse(t.packJson) };
    } catch (e) {
      return { error: `packJson is not valid JSON (${(e as Error).message})` };
    }
  }
  return { error: 'has no pack' };
}

/** One policy team, or what is wrong with it. */
function readTeam(t: unknown, i: number, before: ManagedTeam[]): ManagedTeam | string {
  const where = `teams[${i}]`;
  if (!isObj(t)) return `${where} is not an object`;
  if (typeof t.id !== 'string' || !TEAM_ID.test(t.id)) return `${where} has no valid "id" (lower-case letters, digits and dashes)`;
  if (before.some((x) => x.id === t.id)) return `${where} repeats the id "${t.id}"`;
  const name = typeof t.name === 'string' && t.name.trim() ? t.name.trim().slice(0, 100) : t.id;
  const got = packOf(t);
  if ('error' in got) return `${where} ("${name}") ${got.error}`;
  const issues = packProblems(got.pack);
  if (issues.length > 0) return `${where} ("${name}"): the pack is not valid: ${issues.slice(0, 5).join('; ')}`;
  const sites = Array.isArray(t.sites) ? t.sites.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  return { id: t.id, name, sites, pack: got.pack as RulePack };
}

/** Reads `storage.managed`'s contents into teams, listing what was refused. */
export function readPolicy(value: unknown): ManagedPolicy {
  if (!isObj(value) || Object.keys(value).length === 0) return NO_POLICY;
  const problems: string[] = [];
  const teams: ManagedTeam[] = [];
  const list = Array.isArray(value.teams) ? value.teams : [];
  if (value.teams !== undefined && !Array.isArray(value.teams)) problems.push('"teams" is not a list');
  list.forEach((t, i) => {
    const problem = readTeam(t, i, teams);
    if (typeof problem === 'string') problems.push(problem);
    else teams.push(problem);
  });
  const defaultTeam = typeof value.defaultTeam === 'string' && teams.some((t) => t.id === value.defaultTeam) ? value.defaultTeam : null;
  if (typeof value.defaultTeam === 'string' && !defaultTeam)
    problems.push(`"defaultTeam" names no team of the policy ("${value.defaultTeam}")`);
  return {
    teams,
    allowPersonalRules: typeof value.allowPersonalRules === 'boolean' ? value.allowPersonalRules : true,
    defaultTeam,
    problems,
  };
}
