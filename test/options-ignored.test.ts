// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import type { IgnoredEntry } from '../src/shared/ignored.js';
import { byRole, click, fakeOptions, mountOptions, queryByRole, saved, textOf, twoTeams } from './options-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const IGNORED: IgnoredEntry[] = [
  { host: 'acme.zendesk.com', rule: 'trigger-should', text: 'you need to', at: new Date(2026, 10, 2).getTime() },
  { host: 'mail.google.com', rule: 'negative-phrasing', text: 'Unfortunately', at: new Date(2026, 10, 4).getTime() },
  { host: 'acme.zendesk.com', rule: 'trigger-policy', text: 'company policy', at: new Date(2026, 10, 5).getTime() },
];

test('ignored phrases are listed by site, with the check, the text and the date', async () => {
  const f = await fakeOptions({ settings: twoTeams(), ignored: IGNORED });
  const root = await mountOptions(f.client, '#section=ignored');
  const sites = [...root.querySelectorAll('section.site-group')];
  expect(sites.map((s) => s.getAttribute('aria-label'))).toEqual(['acme.zendesk.com', 'mail.google.com']);
  const rows = [...(sites[0] as HTMLElement).querySelectorAll('li')].map(textOf);
  const day = (d: number) => new Date(2026, 10, d).toLocaleDateString(undefined, { dateStyle: 'long' });
  expect(rows).toEqual([
    `Hiding behind policy company policy ${day(5)} Restore`,
    `Lecturing ("you should…") you need to ${day(2)} Restore`,
  ]);
});

test('Restore flags a phrase again; Restore all flags every one', async () => {
  const f = await fakeOptions({ settings: twoTeams(), ignored: IGNORED });
  const root = await mountOptions(f.client, '#section=ignored');
  await click(byRole(root, 'button', 'Restore “you need to” on acme.zendesk.com'));
  expect(f.client.restoreIgnored).toHaveBeenCalledWith([IGNORED[0]]);
  expect(queryByRole(root, 'button', 'Restore “you need to” on acme.zendesk.com')).toBeNull();
  expect(root.querySelectorAll('section.site-group li')).toHaveLength(2);
  await click(byRole(root, 'button', 'Restore all'));
  expect(textOf(root)).toContain('No ignored phrases.');
});

test('an ignored phrase added from a reply box shows up without reloading the page', async () => {
  const f = await fakeOptions({ settings: twoTeams(), ignored: [] });
  const root = await mountOptions(f.client, '#section=ignored');
  expect(textOf(root)).toContain('No ignored phrases.');
  f.client.ignored.mockResolvedValue(IGNORED.slice(0, 1));
  await f.emit('ignored');
  expect(root.querySelectorAll('section.site-group li')).toHaveLength(1);
});

test('checks turned off from the card are listed per team and turned back on', async () => {
  const at = new Date(2026, 10, 3).getTime();
  const f = await fakeOptions({
    settings: twoTeams({
      cardOff: { 'negative-phrasing': at },
      pack: { name: 'Billing', rules: { 'negative-phrasing': { enabled: false } } },
    }),
  });
  const root = await mountOptions(f.client, '#section=ignored');
  const list = byRole(root, 'heading', 'Checks turned off from a reply box').closest('section') as HTMLElement;
  expect(textOf(list.querySelector('li') as HTMLElement)).toBe(
    `Negative framing Billing ${new Date(at).toLocaleDateString(undefined, { dateStyle: 'long' })} Turn back on`,
  );
  await click(byRole(list, 'button', 'Turn Negative framing back on for Billing'));
  await saved();
  const billing = (await f.stored()).teams[1];
  expect(billing?.pack.rules).toEqual({});
  expect(billing?.cardOff).toBeUndefined();
  expect(textOf(list)).toContain('No checks were turned off from a reply box.');
});

test('this device: internal notes, the breather, and sites where Tactful is off', async () => {
  const f = await fakeOptions({ device: { disabledHosts: ['intranet.example.com'] } });
  const root = await mountOptions(f.client, '#section=device');
  await click(byRole(root, 'checkbox', 'Check internal notes too'));
  expect(f.client.setIncludeNotes).toHaveBeenCalledWith(true);
  expect((byRole(root, 'checkbox', 'Check internal notes too') as HTMLInputElement).checked).toBe(true);
  await click(byRole(root, 'checkbox', 'Suggest a breather after hard conversations'));
  expect(f.client.setBreatherEnabled).toHaveBeenCalledWith(false);
  await click(byRole(root, 'button', 'Turn Tactful back on for intranet.example.com'));
  expect(f.client.enableSite).toHaveBeenCalledWith('intranet.example.com');
  expect(textOf(root)).toContain('Tactful is on everywhere.');
});
