import { expect, test } from 'vitest';
import { readSettings } from './settings-schema.js';
import { defaultSettings } from './teams.js';

test('current settings read back unchanged', () => {
  const s = defaultSettings();
  expect(readSettings(s)).toEqual({ settings: s, migratedFrom: null, problems: [], damaged: false });
});

test('version 0 (checks turned off from the card) migrates forward', () => {
  const read = readSettings({ version: 0, disabledRules: ['thank'] });
  expect([read.migratedFrom, read.settings.version, read.settings.teams[0]?.cardOff]).toEqual([0, 1, { thank: 0 }]);
});

test('settings from a newer version are not trusted, and the reason says why', () => {
  expect(readSettings({ version: 99 }).problems[0]).toMatch(/newer version of Tactful/);
});

test('a value without a version is damaged', () => {
  expect(readSettings({ teams: [] }).damaged).toBe(true);
});

test('a team without a name is dropped and named in the problems', () => {
  const s = { ...defaultSettings(), teams: [...defaultSettings().teams, { id: 'x', sites: [], pack: { name: 'x', rules: {} } }] };
  expect(readSettings(s).problems).toEqual(['team 2 has no name']);
});

test('two teams with one id keep the first', () => {
  const team = defaultSettings().teams[0];
  const read = readSettings({ ...defaultSettings(), teams: [team, { ...team, name: 'Copy' }] });
  expect(read.settings.teams.map((t) => t.name)).toEqual(['My team']);
});

test('a default team that does not exist falls back to the first team', () => {
  expect(readSettings({ ...defaultSettings(), defaultTeam: 'gone' }).settings.defaultTeam).toBe('my-team');
});

test('all teams broken: the default team stands in', () => {
  const read = readSettings({ version: 1, teams: [{ id: 'a', name: 'A', pack: 5 }] });
  expect(read.settings.teams.map((t) => t.id)).toEqual(['my-team']);
});

test('invalid personal rules are dropped with a note', () => {
  const read = readSettings({ ...defaultSettings(), personal: { 'org:billing': { rules: {} } } });
  expect([read.settings.personal, read.problems.length]).toEqual([{}, 1]);
});
