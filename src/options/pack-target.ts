/**
 * What the checks editor edits: a rule pack overlay on a base pack. For one
 * of the agent's teams it is the team's own rules (on the default or the
 * subscribed pack); for an organisation's team it is the agent's personal
 * rules on top of the organisation's. The editor does not need to know which.
 */

import type { CompiledPack, PackProblem, RulePack } from '../core/index.js';
import type { SubscriptionState } from '../shared/subscription-state.js';
import type { ManagedTeam, Team } from '../shared/teams.js';
import type { SettingsStore } from './store.js';
import { compileOn, managedPack, teamBase, teamOverlay } from './team-packs.js';

export interface PackTarget {
  /** The team whose rules these are (a managed team's id for personal rules). */
  teamId: string;
  overlay: RulePack;
  base: CompiledPack;
  /** The overlay compiled on its base; null when it no longer fits (a subscribed pack changed under it). */
  effective: CompiledPack | null;
  /** Why `effective` is null. */
  problems: PackProblem[];
  /** Checks turned off from a reply box's card, and when. */
  cardOff: Record<string, number>;
  /** Changes the overlay (and the team, when there is one); returns the engine's problems when refused. */
  change(fn: (pack: RulePack, team: Team | null) => void): PackProblem[];
}

/** An empty personal pack, for a managed team the agent has not changed yet. */
export const PERSONAL_NAME = 'Personal rules';

function compiled(overlay: RulePack, base: CompiledPack): Pick<PackTarget, 'effective' | 'problems'> {
  const result = compileOn(overlay, base);
  return { effective: result.pack, problems: result.problems ?? [] };
}

/** The agent's own team. */
export function teamTarget(store: SettingsStore, team: Team, subscriptions: Record<string, SubscriptionState>): PackTarget {
  const base = teamBase(team, subscriptions);
  const overlay = teamOverlay(team);
  return {
    teamId: team.id,
    overlay,
    base,
    ...compiled(overlay, base),
    cardOff: team.cardOff ?? {},
    change: (fn) =>
      store
        .edit((s) => {
          const t = s.teams.find((x) => x.id === team.id);
          if (!t) return;
          fn(t.pack, t);
          if (t.cardOff && Object.keys(t.cardOff).length === 0) delete t.cardOff;
        })
        .flatMap((p) => p.problems),
  };
}

/** The agent's personal rules on an organisation's team. */
export function personalTarget(store: SettingsStore, teamId: string, managed: ManagedTeam, personal: RulePack | undefined): PackTarget {
  const base = managedPack(managed);
  const overlay = personal ?? { name: PERSONAL_NAME, rules: {} };
  return {
    teamId,
    overlay,
    base,
    ...compiled(overlay, base),
    cardOff: {},
    change: (fn) =>
      store
        .edit((s) => {
          const pack = s.personal[teamId] ?? { name: PERSONAL_NAME, rules: {} };
          fn(pack, null);
          if (Object.keys(pack.rules).length === 0 && !pack.score) delete s.personal[teamId];
          else s.personal[teamId] = pack;
        })
        .flatMap((p) => p.problems),
  };
}
