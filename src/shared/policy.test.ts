import { expect, test } from 'vitest';
import { readPolicy } from './policy.js';

const pack = { name: 'Billing', rules: { 'trigger-policy': { severity: 'error' } } };

test('no policy: no managed teams, personal rules allowed', () => {
  expect(readPolicy({})).toMatchObject({ teams: [], allowPersonalRules: true });
});

test('a team with a pack object', () => {
  expect(readPolicy({ teams: [{ id: 'billing', name: 'Billing', sites: ['*.zendesk.com'], pack }] }).teams[0]?.pack).toEqual(pack);
});

test('a team with the pack as JSON text', () => {
  expect(readPolicy({ teams: [{ id: 'billing', name: 'Billing', packJson: JSON.stringify(pack) }] }).teams[0]?.pack).toEqual(pack);
});

test('an invalid pack is refused with its problem named', () => {
  const policy = readPolicy({ teams: [{ id: 'billing', name: 'Billing', pack: { rules: {} } }] });
  expect([policy.teams.length, policy.problems[0]]).toEqual([0, 'teams[0] ("Billing"): the pack is not valid: /name: is required']);
});

test('broken packJson is reported', () => {
  expect(readPolicy({ teams: [{ id: 'b', packJson: '{' }] }).problems[0]).toMatch(/packJson is not valid JSON/);
});

test('personal rules can be turned off by the organisation', () => {
  expect(readPolicy({ teams: [], allowPersonalRules: false }).allowPersonalRules).toBe(false);
});

test('a default team the policy does not define is reported', () => {
  expect(readPolicy({ teams: [], defaultTeam: 'x' }).problems).toEqual(['"defaultTeam" names no team of the policy ("x")']);
});
