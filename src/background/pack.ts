/**
 * The rule pack each page is checked with: its team's. A team's pack builds
 * on the default pack, or on a subscribed or managed pack, and the agent's
 * personal rules go on top where the organisation allows them. Compiled packs
 * are cached per team until the settings change.
 */

import { type CompiledPack, defaultPack, extendPack, PackError } from '../core/index.js';
import type { RulePack } from '../core/pack-types.js';
import { chooseTeam, MANAGED_PREFIX, type TeamChoice } from '../shared/teams.js';
import { currentPolicy, currentSettings, currentSubscriptions, onRulesChanged, updateSettings } from './settings.js';

const compiled = new Map<string, Promise<CompiledPack>>();

function layer(pack: RulePack | undefined, base: CompiledPack, label: string): CompiledPack {
  if (!pack) return base;
  try {
    return extendPack(pack, base, label);
  } catch (e) {
    // Stored packs were checked when read; a pack that still fails (a rule id its base lacks) is skipped, not fatal.
    if (e instanceof PackError) return base;
    throw e;
  }
}

async function build(teamId: string): Promise<CompiledPack> {
  const [{ settings }, policy, subscriptions] = await Promise.all([currentSettings(), currentPolicy(), currentSubscriptions()]);
  if (teamId.startsWith(MANAGED_PREFIX)) {
    const managed = policy.teams.find((t) => MANAGED_PREFIX + t.id === teamId);
    if (!managed) return defaultPack();
    const base = layer({ ...managed.pack, name: managed.name }, defaultPack(), `the pack of team "${managed.name}"`);
    return policy.allowPersonalRules ? layer(settings.personal[teamId], base, 'your personal rules') : base;
  }
  const team = settings.teams.find((t) => t.id === teamId);
  if (!team) return defaultPack();
  const subscribed = team.subscription ? subscriptions[team.subscription.url]?.pack : undefined;
  const base = subscribed ? layer(subscribed, defaultPack(), `the pack at ${team.subscription?.url}`) : defaultPack();
  return layer({ ...team.pack, name: team.name }, base, `the rules of team "${team.name}"`);
}

/** The compiled pack of a team (the default pack if it cannot be built). */
export function packOfTeam(teamId: string): Promise<CompiledPack> {
  let pack = compiled.get(teamId);
  if (!pack) {
    pack = build(teamId).catch(() => defaultPack());
    compiled.set(teamId, pack);
  }
  return pack;
}

/** The team for a page's URL, and why. */
export async function teamFor(url: string): Promise<TeamChoice> {
  const [{ settings }, policy] = await Promise.all([currentSettings(), currentPolicy()]);
  return chooseTeam(settings, policy, url);
}

/** The team and pack for a page. */
export async function packFor(url: string): Promise<{ team: TeamChoice; pack: CompiledPack }> {
  const team = await teamFor(url);
  return { team, pack: await packOfTeam(team.id) };
}

/**
 * Turns one check off for a team ("turn off this check for my team" on the
 * card). For a managed team it goes into the agent's personal rules, when the
 * organisation allows them; returns whether it was turned off.
 */
export async function disableRule(teamId: string, rule: string, now = Date.now()): Promise<boolean> {
  const policy = await currentPolicy();
  if (teamId.startsWith(MANAGED_PREFIX) && !policy.allowPersonalRules) return false;
  await updateSettings((s) => {
    if (teamId.startsWith(MANAGED_PREFIX)) {
      const personal = s.personal[teamId] ?? { name: 'Personal rules', rules: {} };
      personal.rules[rule] = { ...personal.rules[rule], enabled: false };
      s.personal[teamId] = personal;
      return;
    }
    const team = s.teams.find((t) => t.id === teamId);
    if (!team) return;
    team.pack.rules[rule] = { ...team.pack.rules[rule], enabled: false };
    team.cardOff = { ...team.cardOff, [rule]: now };
  });
  compiled.clear();
  return true;
}

onRulesChanged(() => compiled.clear());
