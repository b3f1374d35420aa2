import { beforeEach, expect, test, vi } from 'vitest';
import { FakeArea } from '../../test/fake-storage.js';
import { saveSettings } from '../shared/settings-store.js';
import { SUBSCRIPTIONS_KEY } from '../shared/subscription-state.js';
import { defaultSettings } from '../shared/teams.js';

const areas = { sync: FakeArea.sync(), local: new FakeArea(), managed: new FakeArea() };
let granted = true;
let origins: string[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { sync: areas.sync, local: areas.local, managed: areas.managed, onChanged: { addListener: () => {} } },
    permissions: {
      contains: async () => granted,
      getAll: async () => ({ origins: [...origins] }),
      remove: async (p: { origins: string[] }) => {
        origins = origins.filter((o) => !p.origins.includes(o));
        return true;
      },
    },
  },
}));

const { refreshAll, refreshSubscription, releaseUnused, MAX_BYTES } = await import('./subscription.js');

const URL_ = 'https://packs.example.com/support.json';
const PACK = { name: 'Support', rules: { 'trigger-no': { enabled: false } } };

type Reply = { status?: number; body?: string; headers?: Record<string, string> } | Error;

/** A fetch that answers from a script and records the requests' headers. */
function server(...replies: Reply[]) {
  const seen: Array<Record<string, string>> = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    seen.push({ ...(init?.headers as Record<string, string>) });
    const reply = replies.shift() ?? { status: 500 };
    if (reply instanceof Error) throw reply;
    return new Response(reply.status === 304 ? null : (reply.body ?? ''), { status: reply.status ?? 200, headers: reply.headers });
  });
  return { deps: { fetch: fetch as unknown as typeof globalThis.fetch, now: () => 1000 }, seen, fetch };
}

beforeEach(() => {
  areas.local.data.clear();
  areas.sync.data.clear();
  granted = true;
});

test('a valid pack is stored with its ETag', async () => {
  const s = server({ body: JSON.stringify(PACK), headers: { etag: '"v1"' } });
  const state = await refreshSubscription(URL_, s.deps);
  expect([state.pack, state.etag, state.updatedAt, state.error]).toEqual([PACK, '"v1"', 1000, null]);
});

test('the next refresh asks with If-None-Match, and a 304 keeps the pack', async () => {
  const s = server({ body: JSON.stringify(PACK), headers: { etag: '"v1"' } }, { status: 304 });
  await refreshSubscription(URL_, s.deps);
  const state = await refreshSubscription(URL_, s.deps);
  expect([s.seen[1]?.['If-None-Match'], state.pack, state.error]).toEqual(['"v1"', PACK, null]);
});

test('Last-Modified is sent back as If-Modified-Since', async () => {
  const lastModified = 'Sat, 21 Nov 2026 10:00:00 GMT';
  const s = server({ body: JSON.stringify(PACK), headers: { 'last-modified': lastModified } }, { status: 304 });
  await refreshSubscription(URL_, s.deps);
  await refreshSubscription(URL_, s.deps);
  expect(s.seen[1]?.['If-Modified-Since']).toBe(lastModified);
});

test('a server error keeps the last good pack and says what happened', async () => {
  const s = server({ body: JSON.stringify(PACK) }, { status: 500 });
  await refreshSubscription(URL_, s.deps);
  const state = await refreshSubscription(URL_, s.deps);
  expect([state.pack, state.error]).toEqual([PACK, 'the server answered 500']);
});

test('an unreachable address keeps the last good pack', async () => {
  const s = server({ body: JSON.stringify(PACK) }, new TypeError('Failed to fetch'));
  await refreshSubscription(URL_, s.deps);
  const state = await refreshSubscription(URL_, s.deps);
  expect([state.pack, state.error]).toEqual([PACK, 'the address could not be reached']);
});

test('without the host permission, the error says to subscribe again', async () => {
  granted = false;
  const state = await refreshSubscription(URL_, server(new TypeError('Failed to fetch')).deps);
  expect(state.error).toMatch(/no permission to reach https:\/\/packs\.example\.com: subscribe again/);
});

test('a body that is not JSON keeps the last good pack', async () => {
  const s = server({ body: JSON.stringify(PACK) }, { body: '<html>Sign in</html>' });
  await refreshSubscription(URL_, s.deps);
  const state = await refreshSubscription(URL_, s.deps);
  expect([state.pack, state.error?.startsWith('the address did not serve JSON')]).toEqual([PACK, true]);
});

test('an invalid pack is refused with its problems listed', async () => {
  const state = await refreshSubscription(URL_, server({ body: JSON.stringify({ rules: { thank: { enabled: 'no' } } }) }).deps);
  expect([state.pack, state.error]).toEqual([
    null,
    'the served pack is not valid: /name: is required; /rules/thank/enabled: must be true or false',
  ]);
});

test('a pack that validates but does not compile (a bad regex) is refused too', async () => {
  const bad = { name: 'Bad', rules: { 'custom-x': { kind: 'avoid', message: 'x', patterns: [{ regex: '(' }] } } };
  const state = await refreshSubscription(URL_, server({ body: JSON.stringify(bad) }).deps);
  expect([state.pack, state.error?.startsWith('the served pack is not valid')]).toEqual([null, true]);
});

test('a pack over 1 MB is refused', async () => {
  const state = await refreshSubscription(URL_, server({ body: 'x'.repeat(MAX_BYTES + 1) }).deps);
  expect(state.error).toBe('the pack is larger than 1 MB');
});

test('plain http to another machine is refused without a request', async () => {
  const s = server({ body: JSON.stringify(PACK) });
  const state = await refreshSubscription('http://packs.example.com/p.json', s.deps);
  expect([s.fetch.mock.calls.length, state.error]).toEqual([
    0,
    'only https:// addresses are allowed (or http:// on localhost, for testing)',
  ]);
});

test('refreshing all forgets addresses no team subscribes to any more', async () => {
  const settings = defaultSettings();
  if (settings.teams[0]) settings.teams[0].subscription = { url: URL_ };
  await saveSettings({ sync: areas.sync, local: areas.local }, settings);
  await refreshSubscription('https://old.example.com/p.json', server({ body: JSON.stringify(PACK) }).deps);
  await refreshAll(server({ body: JSON.stringify(PACK) }).deps);
  expect(Object.keys(areas.local.data.get(SUBSCRIPTIONS_KEY) as object)).toEqual([URL_]);
});

test('the permission for an origin no team subscribes to any more is given back; one still used stays', async () => {
  const settings = defaultSettings();
  if (settings.teams[0]) settings.teams[0].subscription = { url: URL_ };
  await saveSettings({ sync: areas.sync, local: areas.local }, settings);
  origins = ['https://packs.example.com/*', 'https://old.example.com/*'];
  await releaseUnused();
  expect(origins).toEqual(['https://packs.example.com/*']);
});
