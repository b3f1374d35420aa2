import { describe, expect, test } from 'vitest';
import { check, defaultPack, loadPack, PackError } from './index.js';

function problems(pack: unknown): { path: string; message: string }[] {
  try {
    loadPack(pack);
  } catch (e) {
    if (e instanceof PackError) return e.problems;
    throw e;
  }
  return [];
}

const team = (rules: Record<string, unknown>, extra: object = {}) => ({ name: 'Billing', rules, ...extra });

describe('loading a team pack', () => {
  test('an empty team pack behaves like the default', () => {
    const draft = 'You should have read the FAQ.';
    expect(check(draft, loadPack(team({})))).toEqual(check(draft, defaultPack()));
  });

  test('turns a check off', () => {
    const pack = loadPack(team({ 'negative-phrasing': { enabled: false } }));
    expect(check('Unfortunately, it is sold out.', pack).warnings).toEqual([]);
  });

  test('changes a severity', () => {
    const pack = loadPack(team({ 'trigger-policy': { severity: 'error' } }));
    expect(check("It's our policy.", pack).warnings[0]?.severity).toBe('error');
  });

  test('adds a phrase to avoid with a rewrite', () => {
    const pack = loadPack(
      team({ 'trigger-cant': { addPhrases: [{ match: 'refund (date|day) is guaranteed', rewrites: ['refund usually arrives'] }] } }),
    );
    const w = check('Your refund date is guaranteed.', pack).warnings[0];
    expect([w?.rule, w?.text, w?.suggestions[0]]).toEqual(['trigger-cant', 'refund date is guaranteed', 'refund usually arrives']);
  });

  test('adds a new avoid rule with its own message', () => {
    const pack = loadPack(
      team({
        'refund-dates': { kind: 'avoid', message: 'Billing does not promise refund dates.', phrases: ['by {day:monday|tuesday|friday}'] },
      }),
    );
    expect(check('You will have it by Friday.', pack).warnings.map((w) => [w.rule, w.text, w.message])).toEqual([
      ['refund-dates', 'by Friday', 'Billing does not promise refund dates.'],
    ]);
  });

  test('adds a custom reminder ("mention the ticket number")', () => {
    const pack = loadPack(
      team({ 'ticket-number': { kind: 'require', message: 'Mention the ticket number.', patterns: [{ regex: '#\\d{4,}' }] } }),
    );
    const reminder = (d: string) => check(d, pack).reminders.find((r) => r.rule === 'ticket-number');
    expect([reminder('About ticket #48213: done.')?.met, reminder('Done.')?.met]).toEqual([true, false]);
  });

  test('removes a phrase by its match text', () => {
    const pack = loadPack(team({ 'negative-phrasing': { removePhrases: ['unfortunately', '^ <unfortunately> ,'] } }));
    expect(check('Unfortunately, it is sold out.', pack).warnings).toEqual([]);
  });

  test('changes score weights', () => {
    const strict = loadPack(team({}, { score: { severity: { warning: 40 } } }));
    expect(check("It's our policy. Thanks, I'll fix it. Anything else I can help with?", strict).score).toBe(60);
  });

  test('accepts JSON text', () => expect(loadPack('{"name": "T", "rules": {}}').name).toBe('T'));
});

describe('an invalid pack', () => {
  test('names the JSON path of each problem', () => {
    expect(
      problems({
        name: '',
        rules: { 'trigger-should': { severity: 'loud' }, 'Bad Id': { kind: 'avoid', message: 'm', phrases: ['(a|b'] } },
      }),
    ).toEqual([
      { path: '/name', message: 'must not be empty' },
      { path: '/rules/trigger-should/severity', message: 'must be "hint", "warning" or "error", not "loud"' },
      { path: '/rules/Bad Id', message: 'rule ids are lower-case words joined by hyphens, like "mention-ticket"' },
      { path: '/rules/Bad Id/phrases/0', message: 'phrase missing ")"' },
    ]);
  });

  test('reports malformed JSON', () => expect(() => loadPack('{"name": ')).toThrow(/not valid JSON/));
  test('reports a bad regular expression', () =>
    expect(problems(team({ x: { kind: 'avoid', message: 'm', patterns: [{ regex: '(' }] } }))[0]?.path).toBe('/rules/x/patterns/0/regex'));
  test('reports a regex that matches empty text', () =>
    expect(problems(team({ x: { kind: 'avoid', message: 'm', patterns: [{ regex: 'a*' }] } }))[0]?.message).toMatch(/empty text/));
  test('reports a change to a rule that does not exist', () =>
    expect(problems(team({ 'no-such-rule': { enabled: false } }))).toEqual([
      { path: '/rules/no-such-rule', message: 'there is no rule "no-such-rule" to change; a new rule needs "kind" and "message"' },
    ]));
  test('reports an unknown expectedWhen condition', () =>
    expect(problems(team({ thank: { expectedWhen: ['sometimes'] } }))[0]?.path).toBe('/rules/thank/expectedWhen/0'));
  test('reports a rewrite that uses a slot the phrase lacks', () =>
    expect(
      problems(team({ x: { kind: 'avoid', message: 'm', phrases: [{ match: 'you must', rewrites: ['{verb}'] }] } }))[0]?.message,
    ).toMatch(/no slot \{verb\}/));
  test('reports removing a phrase that is not there', () =>
    expect(problems(team({ thank: { removePhrases: ['cheers mate'] } }))[0]?.path).toBe('/rules/thank/removePhrases/0'));
  test('reports unknown properties', () => expect(problems({ name: 'x', rules: {}, colour: 'red' })[0]?.path).toBe('/colour'));
  test('reports a pack that is not an object', () => expect(problems([])[0]?.message).toMatch(/must be a JSON object/));

  test('loads nothing: the default pack is unchanged', () => {
    expect(() => loadPack(team({ thank: { enabled: false }, x: { kind: 'nope' } }))).toThrow(PackError);
    expect(check('Thanks!').reminders.find((r) => r.rule === 'thank')?.met).toBe(true);
  });

  test('the message lists every problem on its own line', () => {
    expect(() => loadPack({ name: 1, rules: 2 })).toThrow(
      'rule pack is not valid:\n  /name: must be a string, not number 1\n  /rules: must be an object, not number 2',
    );
  });
});
