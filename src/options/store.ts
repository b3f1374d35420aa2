/**
 * The settings as the options page edits them. An edit is a function on the
 * settings, not a snapshot: it is checked by compiling every pack it touches
 * (an invalid pack is refused, nothing kept), shown at once, and saved after a
 * short pause by reading the stored settings again and replaying the edits on
 * them. So a check turned off from a reply box's card, or a change made in
 * another options tab meanwhile, is kept rather than overwritten, and a
 * failed save loses nothing: the edits stay pending and on screen.
 */

import type { Loaded } from '../shared/settings-store.js';
import type { SubscriptionState } from '../shared/subscription-state.js';
import { defaultSettings, type ManagedPolicy, NO_POLICY, type Settings } from '../shared/teams.js';
import type { OptionsClient } from './client.js';
import { changeProblems, type TeamProblems } from './team-packs.js';

/**
 * A change to the settings. It runs again when saved (on the settings read
 * then), so it must name teams and rules by id and carry its values itself:
 * read an input's value before making the edit, never inside it.
 */
export type Edit = (settings: Settings) => void;

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; localOnly: string | null }
  | { state: 'error'; message: string };

export interface Snapshot {
  ready: boolean;
  /** The settings as shown: stored, plus edits not saved yet. */
  settings: Settings;
  /** How the stored settings were last read (notes, problems, a set-aside copy). */
  loaded: Loaded | null;
  /** Why the settings are on this computer only (from the last read or save), or null. */
  localOnly: string | null;
  policy: ManagedPolicy;
  subscriptions: Record<string, SubscriptionState>;
  status: SaveStatus;
  /** Edits waiting to be saved. */
  unsaved: number;
}

/** Wait after the last edit before saving, so typing a name is one write. */
export const SAVE_DEBOUNCE_MS = 300;
/** storage.sync allows 120 writes a minute: never more than one every half second. */
export const MIN_SAVE_INTERVAL_MS = 500;

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Runs an edit on newer settings; one that no longer applies (it throws) changes nothing. */
function replay(edit: Edit, settings: Settings): void {
  const before = clone(settings);
  try {
    edit(settings);
  } catch {
    Object.assign(settings, before);
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class SettingsStore {
  private base: Settings = defaultSettings();
  private pending: Edit[] = [];
  private snap: Snapshot;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private lastSave = 0;
  /** Bumped by each save, so a read started before it cannot bring back older settings. */
  private generation = 0;

  constructor(
    private readonly client: OptionsClient,
    private readonly timing = { debounceMs: SAVE_DEBOUNCE_MS, minIntervalMs: MIN_SAVE_INTERVAL_MS },
  ) {
    this.snap = {
      ready: false,
      settings: this.base,
      loaded: null,
      localOnly: null,
      policy: NO_POLICY,
      subscriptions: {},
      status: { state: 'idle' },
      unsaved: 0,
    };
  }

  get snapshot(): Snapshot {
    return this.snap;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private update(patch: Partial<Snapshot>): void {
    const settings = clone(this.base);
    for (const edit of this.pending) replay(edit, settings);
    this.snap = { ...this.snap, ...patch, settings, unsaved: this.pending.length };
    for (const fn of this.listeners) fn();
  }

  /** Reads everything; again when settings, policy or subscriptions change elsewhere. */
  async load(): Promise<void> {
    const generation = this.generation;
    const [loaded, policy, subscriptions] = await Promise.all([
      this.client.loadSettings(),
      this.client.policy(),
      this.client.subscriptions().catch(() => ({})),
    ]);
    if (generation !== this.generation) return this.reloadSettings();
    this.base = loaded.settings;
    this.update({ ready: true, loaded, localOnly: loaded.localOnly, policy, subscriptions });
  }

  /** Reads the stored settings again (changed by the card, another tab, the background). */
  async reloadSettings(): Promise<void> {
    const generation = this.generation;
    const loaded = await this.client.loadSettings();
    if (generation !== this.generation) return this.reloadSettings();
    this.base = loaded.settings;
    this.update({ loaded, localOnly: loaded.localOnly });
  }

  async reloadPolicy(): Promise<void> {
    this.update({ policy: await this.client.policy() });
  }

  async reloadSubscriptions(): Promise<void> {
    this.update({ subscriptions: await this.client.subscriptions() });
  }

  /** Shows a subscription's state the background just answered with. */
  setSubscription(state: SubscriptionState): void {
    this.update({ subscriptions: { ...this.snap.subscriptions, [state.url]: state } });
  }

  /**
   * Applies an edit if every pack it touches compiles; returns the problems
   * otherwise (and changes nothing). Saving follows after a short pause.
   */
  edit(change: Edit): TeamProblems[] {
    const before = this.snap.settings;
    const after = clone(before);
    change(after);
    const problems = changeProblems(before, after, this.snap.policy, this.snap.subscriptions);
    if (problems.length > 0) return problems;
    this.pending.push(change);
    this.update({});
    this.schedule(this.timing.debounceMs);
    return [];
  }

  private schedule(wait: number): void {
    if (this.timer) clearTimeout(this.timer);
    const delay = Math.max(wait, this.lastSave + this.timing.minIntervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  /** Saves pending edits now (after a save in progress); resolves when done, whether it worked or not. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.saving) await this.saving;
    if (this.pending.length === 0) return;
    this.saving = this.save().finally(() => {
      this.saving = null;
    });
    await this.saving;
  }

  private async save(): Promise<void> {
    const batch = this.pending.slice();
    this.lastSave = Date.now();
    this.update({ status: { state: 'saving' } });
    try {
      const fresh = await this.client.loadSettings();
      const next = clone(fresh.settings);
      for (const edit of batch) replay(edit, next);
      const problems = changeProblems(fresh.settings, next, this.snap.policy, this.snap.subscriptions);
      if (problems.length > 0) {
        // The stored settings changed under the edits so that they no longer compile: keep the stored ones.
        this.pending.splice(0, batch.length);
        this.base = fresh.settings;
        this.generation++;
        const first = problems[0]?.problems[0];
        this.update({ loaded: fresh, status: { state: 'error', message: first ? `${first.path}: ${first.message}` : '' } });
        return;
      }
      const saved = await this.client.saveSettings(next);
      this.pending.splice(0, batch.length);
      this.base = next;
      this.generation++;
      this.update({
        loaded: { ...fresh, settings: next },
        localOnly: saved.localOnly,
        status: { state: 'saved', localOnly: saved.localOnly },
      });
    } catch (e) {
      this.update({ status: { state: 'error', message: messageOf(e) } });
      return;
    }
    if (this.pending.length > 0) this.schedule(this.timing.debounceMs);
  }

  /** Forgets the damaged copy that was set aside. */
  async dismissSetAside(): Promise<void> {
    await this.client.dismissSetAside();
    const loaded = this.snap.loaded;
    if (loaded) this.update({ loaded: { ...loaded, setAside: null } });
  }

  /** Stops the timer (the page is going away: `flush` first). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
