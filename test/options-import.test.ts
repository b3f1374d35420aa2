// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, vi } from 'vitest';
import { defaultPack, PackError, type RulePack, validatePack } from '../src/core/index.js';
import { SCHEMA_URL } from '../src/options/pack-file.js';
import { byRole, click, fakeOptions, field, mountOptions, saved, textOf, twoTeams, type } from './options-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const BILLING: RulePack = {
  name: 'Billing',
  rules: {
    'negative-phrasing': { enabled: false },
    'trigger-policy': { severity: 'error' },
    'ticket-number': { kind: 'require', message: 'Mention the ticket number.', weight: 5, patterns: [{ regex: '#\\d{4,}' }] },
  },
  score: { severity: { warning: 12 } },
};

/** Every problem the engine finds in this pack: schema ones, and the missing rule found when merging. */
const BROKEN = {
  name: 'Broken',
  rules: {
    'trigger-policy': { severity: 'loud', enabled: 'no' },
    'no-such-check': { enabled: false },
    'custom-x': { kind: 'avoid', message: 'x', patterns: [{ regex: '(' }] },
  },
  score: { severity: { warning: 500 } },
};

async function setUp() {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  return { f, root, paste: (text: string) => type(field(root, 'Or paste the JSON'), text) };
}

test('an invalid pack is refused with every problem listed, and nothing changes', async () => {
  const { f, root, paste } = await setUp();
  const before = structuredClone(Object.fromEntries(f.sync?.data ?? []));
  await paste(JSON.stringify(BROKEN, null, 2));
  await click(byRole(root, 'button', 'Import as a new team'));
  await saved();
  const alert = root.querySelector('.import-problems') as HTMLElement;
  expect(alert.getAttribute('role')).toBe('alert');
  const listed = [...alert.querySelectorAll('li')].map(textOf);
  // What the engine says of the pack's shape, and the check it would only find missing once the shape is right.
  const shape = validatePack(BROKEN).map((p) => `${p.path} ${p.message}`);
  expect(shape.length).toBeGreaterThanOrEqual(4);
  const missing = '/rules/no-such-check there is no rule "no-such-check" to change; a new rule needs "kind" and "message"';
  expect(listed).toEqual([...shape, missing]);
  expect(textOf(alert)).toContain(`This pack was not imported: ${shape.length + 1} problems.`);
  expect(textOf(alert)).toContain('Nothing was changed.');
  expect(root.querySelectorAll('[data-team-id]')).toHaveLength(2);
  expect(f.client.saveSettings).not.toHaveBeenCalled();
  expect(Object.fromEntries(f.sync?.data ?? [])).toEqual(before);
});

test('a pack naming a check that does not exist is refused with the engine’s message', async () => {
  const { f, root, paste } = await setUp();
  await paste(JSON.stringify({ name: 'X', rules: { 'no-such-check': { enabled: false } } }));
  await click(byRole(root, 'button', 'Replace the rules of “Billing”'));
  await click(byRole(root, 'button', 'Replace'));
  await saved();
  const expected = '/rules/no-such-check there is no rule "no-such-check" to change; a new rule needs "kind" and "message"';
  expect([...(root.querySelector('.import-problems') as HTMLElement).querySelectorAll('li')].map(textOf)).toEqual([expected]);
  expect(f.client.saveSettings).not.toHaveBeenCalled();
});

test('JSON that does not parse is refused with its line and column', async () => {
  const { f, root, paste } = await setUp();
  await paste('{\n  "name": "Billing",\n  "rules": {,}\n}');
  await click(byRole(root, 'button', 'Import as a new team'));
  expect(textOf(root.querySelector('.import-problems') as HTMLElement)).toMatch(
    /^This is not valid JSON: line 3, column 13 \(.+\)\. Nothing was changed\.$/,
  );
  expect(f.client.saveSettings).not.toHaveBeenCalled();
});

test('a valid pack is imported as a new team, selected and saved', async () => {
  const { f, root, paste } = await setUp();
  await paste(JSON.stringify({ $schema: SCHEMA_URL, ...BILLING }));
  await click(byRole(root, 'button', 'Import as a new team'));
  await saved();
  expect(textOf(root)).toContain('Imported as the new team “Billing (2)”.');
  expect(root.querySelector('h2.team-title')?.textContent).toBe('Billing (2)');
  const team = (await f.stored()).teams.find((x) => x.name === 'Billing (2)');
  expect(team?.id).toBe('billing-2');
  expect(team?.pack).toEqual({ ...BILLING, name: 'Billing (2)' });
});

test('a pack chosen from a file is shown, then imported', async () => {
  const { f, root } = await setUp();
  const input = field(root, 'From a file');
  Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(BILLING)], 'billing.tactful.json')], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await saved();
  expect(field(root, 'Or paste the JSON').value).toBe(JSON.stringify(BILLING));
  await click(byRole(root, 'button', 'Import as a new team'));
  await saved();
  expect((await f.stored()).teams.map((x) => x.name)).toEqual(['My team', 'Billing', 'Billing (2)']);
});

test('replacing a team’s rules keeps its name and sites, after confirming', async () => {
  const f = await fakeOptions({
    settings: twoTeams({
      cardOff: { 'trigger-no': 5, 'negative-phrasing': 6 },
      pack: { name: 'Billing', rules: { 'trigger-no': { enabled: false }, 'negative-phrasing': { enabled: false } } },
    }),
  });
  const root = await mountOptions(f.client, '#team=billing');
  await type(field(root, 'Or paste the JSON'), JSON.stringify(BILLING));
  await click(byRole(root, 'button', 'Replace the rules of “Billing”'));
  expect(textOf(root)).toContain('Replace all of “Billing”’s rules with this pack? Its name and sites stay.');
  await click(byRole(root, 'button', 'Replace'));
  await saved();
  const team = (await f.stored()).teams[1];
  expect(team?.name).toBe('Billing');
  expect(team?.sites).toEqual(['*.zendesk.com/agent/*']);
  expect(team?.pack).toEqual(BILLING);
  // Still turned off by the new rules, so still listed as turned off from the card.
  expect(team?.cardOff).toEqual({ 'negative-phrasing': 6 });
});

test('export writes the team’s pack with $schema and its name, as <team-name>.tactful.json', async () => {
  const f = await fakeOptions({ settings: twoTeams({ pack: { ...BILLING, name: 'old name' } }) });
  const root = await mountOptions(f.client, '#team=billing');
  await click(byRole(root, 'button', 'Export “Billing”'));
  const [name, text] = f.client.download.mock.calls[0] ?? [];
  expect(name).toBe('Billing.tactful.json');
  const file = JSON.parse(text ?? '');
  expect(Object.keys(file)).toEqual(['$schema', 'name', 'rules', 'score']);
  expect(file).toEqual({ $schema: SCHEMA_URL, ...BILLING });
  expect(validatePack(file)).toEqual([]);
  expect(textOf(root)).toContain('Downloaded Billing.tactful.json');
});

test('an organisation’s team exports its whole pack, with a note that it is the organisation’s', async () => {
  const f = await fakeOptions({
    policy: {
      teams: [{ id: 'vip', name: 'VIP / Priority', sites: [], pack: { name: 'VIP', rules: { 'trigger-no': { enabled: false } } } }],
      allowPersonalRules: false,
      defaultTeam: null,
      problems: [],
    },
  });
  const root = await mountOptions(f.client, '#team=org:vip');
  await click(byRole(root, 'button', 'Export “VIP / Priority”'));
  const [name, text] = f.client.download.mock.calls[0] ?? [];
  expect(name).toBe('VIP - Priority.tactful.json');
  const file = JSON.parse(text ?? '');
  expect(file.extends).toBe('none');
  expect(file.description).toMatch(/set by your organisation/);
  expect(file.rules['trigger-no'].enabled).toBe(false);
  expect(Object.keys(file.rules)).toEqual(Object.keys(defaultPack().resolved.rules));
  expect(() => {
    const problems = validatePack(file);
    if (problems.length) throw new PackError(problems);
  }).not.toThrow();
});

test('the export’s $schema is the published schema’s $id', () => {
  const schema = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../schema/rule-pack.schema.json'), 'utf8'));
  expect(SCHEMA_URL).toBe(schema.$id);
});
