/**
 * The options page under test: a fake `OptionsClient` whose settings go
 * through the real settings store on in-memory storage areas (so quotas,
 * local fallback and set-aside copies behave as in the browser), mounting,
 * and small helpers to type, pick and wait for saves.
 */

import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { App } from '../src/options/app.js';
import type { Changed, DeviceState, OptionsClient } from '../src/options/client.js';
import { type IgnoredEntry, withoutIgnored } from '../src/shared/ignored.js';
import { type Areas, dismissSetAside, loadSettings, saveSettings } from '../src/shared/settings-store.js';
import type { SubscriptionState } from '../src/shared/subscription-state.js';
import { defaultSettings, type ManagedPolicy, NO_POLICY, type Settings, type Team } from '../src/shared/teams.js';
import { FakeArea } from './fake-storage.js';
import { settle } from './popup-helpers.js';

export { allByRole, byRole, click, nameOf, queryByRole, settle, textOf } from './popup-helpers.js';

export interface Setup {
  settings?: Settings;
  policy?: ManagedPolicy;
  ignored?: IgnoredEntry[];
  device?: Partial<DeviceState>;
  subscriptions?: Record<string, SubscriptionState>;
  /** Null: a browser without sync storage. */
  sync?: FakeArea | null;
}

/** Settings with the stock team and a Billing team, as a lead might have them. */
export function twoTeams(billing: Partial<Team> = {}): Settings {
  const s = defaultSettings();
  s.teams.push({ id: 'billing', name: 'Billing', sites: ['*.zendesk.com/agent/*'], pack: { name: 'Billing', rules: {} }, ...billing });
  s.siteTeams = { 'acme.zendesk.com': 'billing' };
  return s;
}

export async function fakeOptions(setup: Setup = {}) {
  const sync = setup.sync === undefined ? FakeArea.sync() : setup.sync;
  const local = new FakeArea();
  const areas: Areas = { sync, local };
  if (setup.settings) await saveSettings(areas, setup.settings, 1);
  let ignored = setup.ignored ?? [];
  let device: DeviceState = { includeNotes: false, disabledHosts: [], breather: true, ...setup.device };
  const listeners = new Set<(parts: ReadonlySet<Changed>) => void>();
  const client = {
    loadSettings: vi.fn(() => loadSettings(areas)),
    saveSettings: vi.fn((s: Settings) => saveSettings(areas, s)),
    dismissSetAside: vi.fn(() => dismissSetAside(local)),
    policy: vi.fn(async () => setup.policy ?? NO_POLICY),
    subscriptions: vi.fn(async () => setup.subscriptions ?? {}),
    requestOrigin: vi.fn(async (_origin: string) => true),
    refreshSubscription: vi.fn(
      async (url: string): Promise<SubscriptionState> => ({
        url,
        pack: null,
        etag: null,
        lastModified: null,
        checkedAt: 1,
        updatedAt: null,
        error: null,
      }),
    ),
    ignored: vi.fn(async () => ignored),
    restoreIgnored: vi.fn(async (entries: IgnoredEntry[]) => {
      for (const e of entries) ignored = withoutIgnored(ignored, e);
    }),
    device: vi.fn(async () => device),
    setIncludeNotes: vi.fn(async (includeNotes: boolean) => {
      device = { ...device, includeNotes };
    }),
    enableSite: vi.fn(async (host: string) => {
      device = { ...device, disabledHosts: device.disabledHosts.filter((x) => x !== host) };
    }),
    setBreatherEnabled: vi.fn(async (breather: boolean) => {
      device = { ...device, breather };
    }),
    loadInsights: vi.fn(async (): Promise<unknown> => undefined),
    clearInsights: vi.fn(async () => {}),
    download: vi.fn((_name: string, _text: string, _type?: string) => {}),
    onChanged: (fn: (parts: ReadonlySet<Changed>) => void) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  } satisfies OptionsClient;
  return {
    client,
    areas,
    sync,
    local,
    /** What another context changing storage looks like to the page. */
    async emit(...parts: Changed[]) {
      await act(async () => {
        for (const fn of listeners) fn(new Set(parts));
      });
      await settle();
    },
    /** The settings as stored now. */
    stored: async () => (await loadSettings(areas)).settings,
  };
}

export type FakeOptions = Awaited<ReturnType<typeof fakeOptions>>;

/** Mounts the options page (edits save at once: no pause) and waits for it to load. */
export async function mountOptions(client: OptionsClient, hash = ''): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const root = document.body.appendChild(document.createElement('div'));
  await act(() => {
    render(h(App, { client, hash, timing: { debounceMs: 0, minIntervalMs: 0 } }), root);
  });
  await settle();
  await settle();
  return root;
}

/** Lets the save timer run and the save finish. */
export async function saved(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 2));
    });
    await settle();
  }
}

/** Types into an input or textarea as a user does (one input event). */
export async function type(el: HTMLElement, text: string): Promise<void> {
  const field = el as HTMLInputElement;
  await act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

/** Picks an option of a select. */
export async function choose(el: HTMLElement, value: string): Promise<void> {
  await act(() => {
    (el as HTMLSelectElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

/** Submits a form as pressing Enter or its submit button does. */
export async function submit(form: HTMLElement): Promise<void> {
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

/** A field by its label's text (the label's `for`, or the label around it). */
export function field(root: ParentNode, label: string | RegExp): HTMLInputElement {
  const labels = [...root.querySelectorAll('label')].filter((l) =>
    typeof label === 'string' ? (l.textContent ?? '').trim() === label : label.test(l.textContent ?? ''),
  );
  const found = labels.map((l) => (l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, select, textarea')));
  const el = found.find((x): x is HTMLInputElement => x !== null);
  if (!el) throw new Error(`no field labelled ${label}`);
  return el;
}

/** The element of a team in the list. */
export function teamItem(root: ParentNode, id: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-team-id="${id}"]`);
  if (!el) throw new Error(`no team ${id}`);
  return el;
}

/** A check's row in the team editor. */
export function checkRow(root: ParentNode, rule: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`li.check[data-rule="${rule}"]`);
  if (!el) throw new Error(`no check ${rule}`);
  return el;
}
