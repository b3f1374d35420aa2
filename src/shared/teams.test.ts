import { describe, expect, test } from 'vitest';
import { chooseTeam, defaultSettings, type ManagedPolicy, matchesSite, NO_POLICY, newTeamId, type Settings } from './teams.js';

describe('site patterns', () => {
  test.each([
    ['*.zendesk.com/agent/*', 'https://acme.zendesk.com/agent/tickets/12', true],
    ['*.zendesk.com/agent/*', 'https://zendesk.com/agent/x', true],
    ['*.zendesk.com/agent/*', 'https://acme.zendesk.com/hc/en-us', false],
    ['*.zendesk.com', 'https://acme.zendesk.com/anything?x=1', true],
    ['mail.google.com', 'https://mail.google.com/mail/u/0/#inbox', true],
    ['mail.google.com', 'https://evilmail.google.com/', false],
    ['https://acme.freshdesk.com/a/tickets/*', 'https://acme.freshdesk.com/a/tickets/9', true],
    ['127.0.0.1:8080/*', 'http://127.0.0.1:8080/help.html', true],
    ['acme.zendesk.com', 'https://acme.zendesk.com.evil.net/', false],
  ])('%s on %s: %s', (pattern, url, expected) => {
    expect(matchesSite(pattern, url)).toBe(expected);
  });

  test('a pattern with spaces matches nothing', () => {
    expect(matchesSite('acme zendesk', 'https://acme.zendesk.com/')).toBe(false);
  });
});

function settings(): Settings {
  const s = defaultSettings();
  s.teams.push({ id: 'billing', name: 'Billing', sites: ['*.zendesk.com/agent/*'], pack: { name: 'Billing', rules: {} } });
  return s;
}

const policy: ManagedPolicy = {
  teams: [{ id: 'vip', name: 'VIP', sites: ['vip.example.com'], pack: { name: 'VIP', rules: {} } }],
  allowPersonalRules: false,
  defaultTeam: null,
  problems: [],
};

describe('choosing the team for a page', () => {
  test('the team whose pattern matches', () => {
    expect(chooseTeam(settings(), NO_POLICY, 'https://acme.zendesk.com/agent/tickets/1')).toMatchObject({ id: 'billing', reason: 'site' });
  });

  test('the default team elsewhere', () => {
    expect(chooseTeam(settings(), NO_POLICY, 'https://mail.google.com/')).toMatchObject({ id: 'my-team', reason: 'default' });
  });

  test('the team chosen for the host in the popup wins over patterns', () => {
    const s = settings();
    s.siteTeams['acme.zendesk.com'] = 'my-team';
    expect(chooseTeam(s, NO_POLICY, 'https://acme.zendesk.com/agent/tickets/1')).toMatchObject({ id: 'my-team', reason: 'chosen' });
  });

  test('a chosen team that was deleted no longer counts', () => {
    const s = settings();
    s.siteTeams['acme.zendesk.com'] = 'gone';
    expect(chooseTeam(s, NO_POLICY, 'https://acme.zendesk.com/agent/tickets/1').id).toBe('billing');
  });

  test('an organisation team matches by its sites, locked', () => {
    expect(chooseTeam(settings(), policy, 'https://vip.example.com/t/1')).toMatchObject({ id: 'org:vip', managed: true });
  });

  test('the organisation’s default team applies where no pattern matches', () => {
    expect(chooseTeam(settings(), { ...policy, defaultTeam: 'vip' }, 'https://other.example/').id).toBe('org:vip');
  });
});

test('new team ids come from the name and never repeat', () => {
  expect(newTeamId('Billing & Refunds', ['billing-refunds'])).toBe('billing-refunds-2');
});
