/**
 * The packs behind the options page, built the way the background builds
 * them (`src/background/pack.ts`): a team's overlay on the default pack or on
 * its subscribed pack; an organisation's team on the default pack, with the
 * agent's personal rules on top. Every edit is compiled here before it is
 * kept, so an invalid pack is never saved. Compiling the default pack's trie
 * takes a few milliseconds, so results are cached per base and overlay.
 */

import { type CompiledPack, defaultPack, extendPack, PackError, type PackProblem, type RulePack } from '../core/index.js';
import type { SubscriptionState } from '../shared/subscription-state.js';
import { MANAGED_PREFIX, type ManagedPolicy, type ManagedTeam, type Settings, type Team } from '../shared/teams.js';

export type Compiled = { pack: CompiledPack; problems: null } | { pack: null; problems: PackProblem[] };

const cache = new WeakMap<CompiledPack, Map<string, Compiled>>();
const CACHE_SIZE = 24;

/** Compiles an overlay on a base, remembering the answer (packs are plain data, so their JSON is the key). */
export function compileOn(overlay: RulePack, base: CompiledPack): Compiled {
  const key = JSON.stringify(overlay);
  let byOverlay = cache.get(base);
  if (!byOverlay) {
    byOverlay = new Map();
    cache.set(base, byOverlay);
  }
  const hit = byOverlay.get(key);
  if (hit) return hit;
  let result: Compiled;
  try {
    result = { pack: extendPack(overlay, base), problems: null };
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    result = { pack: null, problems: e.problems };
  }
  if (byOverlay.size >= CACHE_SIZE) byOverlay.delete(byOverlay.keys().next().value as string);
  byOverlay.set(key, result);
  return result;
}

const subscribed = new Map<string, CompiledPack>();

/** What a team's own rules build on: its subscribed pack once fetched (and valid), else the default pack. */
export function teamBase(team: Team, subscriptions: Record<string, SubscriptionState>): CompiledPack {
  const pack = team.subscription ? subscriptions[team.subscription.url]?.pack : null;
  if (!pack) return defaultPack();
  const key = JSON.stringify(pack);
  const known = subscribed.get(key);
  if (known) return known;
  const compiled = compileOn(pack, defaultPack()).pack ?? defaultPack();
  if (subscribed.size >= CACHE_SIZE) subscribed.delete(subscribed.keys().next().value as string);
  subscribed.set(key, compiled);
  return compiled;
}

/** A team's own overlay, named as the team (the background does the same). */
export function teamOverlay(team: Team): RulePack {
  return { ...team.pack, name: team.name };
}

/** A managed team's pack on the default pack (policy packs were checked when read). */
export function managedPack(team: ManagedTeam): CompiledPack {
  return compileOn({ ...team.pack, name: team.name }, defaultPack()).pack ?? defaultPack();
}

/** The pack a team's drafts are checked with. */
export function effectivePack(
  teamId: string,
  settings: Settings,
  policy: ManagedPolicy,
  subscriptions: Record<string, SubscriptionState>,
): CompiledPack | null {
  if (teamId.startsWith(MANAGED_PREFIX)) {
    const managed = policy.teams.find((t) => MANAGED_PREFIX + t.id === teamId);
    if (!managed) return null;
    const base = managedPack(managed);
    const personal = policy.allowPersonalRules ? settings.personal[teamId] : undefined;
    return personal ? (compileOn(personal, base).pack ?? base) : base;
  }
  const team = settings.teams.find((t) => t.id === teamId);
  return team ? compileOn(teamOverlay(team), teamBase(team, subscriptions)).pack : null;
}

/** Problems of one changed pack, labelled with the team they belong to. */
export interface TeamProblems {
  teamId: string;
  problems: PackProblem[];
}

/**
 * Compiles every pack a change touched (teams' rules, personal rules) and
 * returns what fails; an empty list means the change can be saved.
 */
export function changeProblems(
  before: Settings,
  after: Settings,
  policy: ManagedPolicy,
  subscriptions: Record<string, SubscriptionState>,
): TeamProblems[] {
  const out: TeamProblems[] = [];
  for (const team of after.teams) {
    const old = before.teams.find((t) => t.id === team.id);
    if (old && JSON.stringify(teamOverlay(old)) === JSON.stringify(teamOverlay(team)) && old.subscription?.url === team.subscription?.url)
      continue;
    const result = compileOn(teamOverlay(team), teamBase(team, subscriptions));
    if (result.problems) out.push({ teamId: team.id, problems: result.problems });
  }
  for (const [teamId, pack] of Object.entries(after.personal)) {
    if (JSON.stringify(before.personal[teamId]) === JSON.stringify(pack)) continue;
    const managed = policy.teams.find((t) => MANAGED_PREFIX + t.id === teamId);
    const result = compileOn(pack, managed ? managedPack(managed) : defaultPack());
    if (result.problems) out.push({ teamId, problems: result.problems });
  }
  return out;
}
