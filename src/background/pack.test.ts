import { beforeEach, expect, test, vi } from 'vitest';
import { FakeArea } from '../../test/fake-storage.js';
import { saveSettings } from '../shared/settings-store.js';
import { SUBSCRIPTIONS_KEY } from '../shared/subscription-state.js';
import { defaultSettings, type Settings } from '../shared/teams.js';

const areas = { sync: FakeArea.sync(), local: new FakeArea(), managed: new FakeArea() };
const listeners: Array<(changes: Record<string, unknown>, area: string) => void> = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: areas.sync,
      local: areas.local,
      managed: areas.managed,
      onChanged: { addListener: (fn: (changes: Record<string, unknown>, area: string) => void) => listeners.push(fn) },
    },
  },
}));

const { packFor, disableRule } = await import('./pack.js');

/** Tells the background the storage changed, as the browser would. */
function changed(area: string, key: string): void {
  for (const fn of listeners) fn({ [key]: {} }, area);
}

async function store(s: Settings): Promise<void> {
  await saveSettings({ sync: areas.sync, local: areas.local }, s);
  changed('sync', 'tactful.settings');
}

function policy(allowPersonalRules: boolean): Record<string, unknown> {
  return {
    teams: [{ id: 'vip', name: 'VIP', sites: ['vip.example.com'], pack: { name: 'VIP', rules: { 'trigger-no': { enabled: false } } } }],
    allowPersonalRules,
  };
}

async function setPolicy(value: Record<string, unknown>): Promise<void> {
  areas.managed.data.clear();
  for (const [k, v] of Object.entries(value)) areas.managed.data.set(k, v);
  changed('managed', 'teams');
}

beforeEach(async () => {
  areas.sync.data.clear();
  areas.local.data.clear();
  await setPolicy({});
  await store(defaultSettings());
});

test('a team’s turned-off check is off on the team’s sites only', async () => {
  const s = defaultSettings();
  s.teams.push({
    id: 'billing',
    name: 'Billing',
    sites: ['*.zendesk.com'],
    pack: { name: 'Billing', rules: { thank: { enabled: false } } },
  });
  await store(s);
  const [billing, other] = await Promise.all([packFor('https://acme.zendesk.com/agent/1'), packFor('https://mail.google.com/')]);
  expect([billing.pack.byId.get('thank')?.enabled, other.pack.byId.get('thank')?.enabled]).toEqual([false, true]);
});

test('an organisation team’s pack applies on its sites', async () => {
  await setPolicy(policy(true));
  expect((await packFor('https://vip.example.com/t/1')).pack.byId.get('trigger-no')?.enabled).toBe(false);
});

test('personal rules go on top of an organisation team when it allows them', async () => {
  await setPolicy(policy(true));
  expect(await disableRule('org:vip', 'thank')).toBe(true);
  expect((await packFor('https://vip.example.com/t/1')).pack.byId.get('thank')?.enabled).toBe(false);
});

test('an organisation that forbids personal rules refuses "turn off for my team"', async () => {
  await setPolicy(policy(false));
  expect([await disableRule('org:vip', 'thank'), (await packFor('https://vip.example.com/t/1')).pack.byId.get('thank')?.enabled]).toEqual([
    false,
    true,
  ]);
});

test('turning a check off from the card records when, for the options page', async () => {
  await disableRule('my-team', 'thank', 1234);
  const { pack } = await packFor('https://mail.google.com/');
  const stored = JSON.parse(areas.sync.data.get('tactful.settings.0') as string) as Settings;
  expect([pack.byId.get('thank')?.enabled, stored.teams[0]?.cardOff]).toEqual([false, { thank: 1234 }]);
});

test('a subscribed team builds on the served pack, with the team’s own edits on top', async () => {
  const url = 'https://packs.example.com/support.json';
  areas.local.data.set(SUBSCRIPTIONS_KEY, {
    [url]: {
      pack: { name: 'Served', rules: { 'trigger-no': { enabled: false }, 'trigger-cant': { enabled: false } } },
      etag: null,
      lastModified: null,
      checkedAt: 1,
      updatedAt: 1,
      error: null,
    },
  });
  changed('local', SUBSCRIPTIONS_KEY);
  const s = defaultSettings();
  if (s.teams[0]) {
    s.teams[0].subscription = { url };
    s.teams[0].pack.rules = { 'trigger-cant': { enabled: true } };
  }
  await store(s);
  const { pack } = await packFor('https://mail.google.com/');
  expect([pack.byId.get('trigger-no')?.enabled, pack.byId.get('trigger-cant')?.enabled]).toEqual([false, true]);
});
