import { describe, expect, test } from 'vitest';
import { check } from './index.js';
import { applyMasks, findMasks } from './mask.js';

const masked = (text: string) => findMasks(text).map((m) => text.slice(m.start, m.end));

describe('quoted thread', () => {
  test('masks lines starting with ">"', () => {
    const draft = 'Thanks for the details.\n\n> You should have told me!\n> Obviously broken.\n\nI am on it.';
    expect(masked(draft)).toEqual(['> You should have told me!\n> Obviously broken.']);
  });

  test('masks everything after an "On … wrote:" header', () => {
    const draft =
      'I have refunded it.\n\nOn Mon, 3 Jun 2024 at 10:02, Sam Lee <sam@example.com> wrote:\nYou should have refunded me weeks ago.';
    expect(masked(draft)).toEqual([
      'On Mon, 3 Jun 2024 at 10:02, Sam Lee <sam@example.com> wrote:\nYou should have refunded me weeks ago.',
    ]);
  });

  test('masks a header that Gmail wrapped over two lines', () => {
    const draft = 'Done.\n\nOn Mon, 3 Jun 2024 at 10:02, Sam Lee <sam@example.com>\nwrote:\nCalm down yourself.';
    expect(check(draft).warnings).toEqual([]);
  });

  test('bottom-posting: the quoted lines are masked, the reply below is checked', () => {
    const draft = 'On Mon, 3 Jun 2024, Sam wrote:\n> Is it fixed?\n\nNo, it is not. Calm down.';
    expect(check(draft).warnings.map((w) => w.rule)).toEqual(['trigger-no', 'escalation']);
  });

  test('masks a forwarded message', () => {
    const draft = 'See below.\n\n---------- Forwarded message ---------\nFrom: Sam\nThis is unacceptable, calm down!';
    expect(check(draft).warnings).toEqual([]);
  });

  test('masks an Outlook-style reply header and what follows', () => {
    const draft = 'Done.\n\nFrom: Sam Lee\nSent: Monday\nTo: Support\nSubject: Refund\n\nYou must be mistaken.';
    expect(check(draft).warnings).toEqual([]);
  });
});

describe('signature', () => {
  test('masks the block after "-- "', () => {
    const draft = 'I have sent the label.\n-- \nJo Smith | CALM DOWN AND CARRY ON\nAcme';
    expect(masked(draft)).toEqual(['-- \nJo Smith | CALM DOWN AND CARRY ON\nAcme']);
  });

  test('masks the name block after a sign-off line but keeps the sign-off', () => {
    const draft = 'I have sent the label.\n\nBest regards,\nJo Smith\nTHE BEST SUPPORT TEAM EVER';
    expect(masked(draft)).toEqual(['Jo Smith\nTHE BEST SUPPORT TEAM EVER']);
  });

  test('does not treat a reply that is only "Thanks!" as a signature', () => {
    expect(findMasks('Thanks!\nI will look into it today and reply by noon.')).toEqual([]);
  });

  test('does not mask a long paragraph after a sign-off-like line', () => {
    const draft = 'Hi,\n\nThanks!\nYou should have read the FAQ. It explains the whole process in detail. Please read it.';
    expect(findMasks(draft)).toEqual([]);
  });
});

describe('applyMasks', () => {
  test('keeps the length and the line breaks', () => {
    const text = 'a\r\n> b 😀\nc';
    const out = applyMasks(text, findMasks(text));
    expect(out.length).toBe(text.length);
    expect(out).toBe('a\r\n      \nc');
  });
});
