/**
 * Helpers for the per-rule test files: each rule lists what it flags and what
 * it leaves alone, and these turn the lists into one test per case.
 */

import { expect, test } from 'vitest';
import { check } from '../index.js';
import type { Severity } from '../types.js';

/** A draft, optionally with the expected flagged text, severity, first suggestion or customer message. */
export type Case =
  | string
  | [draft: string, text: string]
  | { draft: string; text?: string; severity?: Severity; suggestion?: string; customer?: string };

function norm(c: Case): { draft: string; text?: string; severity?: Severity; suggestion?: string; customer?: string } {
  if (typeof c === 'string') return { draft: c };
  if (Array.isArray(c)) return { draft: c[0], text: c[1] };
  return c;
}

/** An avoid rule: `flags` must produce a warning of this rule (with the given text); `leaves` must not. */
export function avoidRule(rule: string, cases: { flags: Case[]; leaves: Case[]; hints?: Case[] }): void {
  for (const raw of cases.flags) {
    const c = norm(raw);
    test(`flags ${JSON.stringify(c.text ?? c.draft)}`, () => {
      const found = check({ draft: c.draft, customer: c.customer }).warnings.filter((w) => w.rule === rule);
      expect(found.map((w) => w.text)).toContain(c.text ?? expect.any(String));
      const w = found.find((x) => c.text === undefined || x.text === c.text);
      if (c.severity) expect(w?.severity).toBe(c.severity);
      if (c.suggestion !== undefined) expect(w?.suggestions).toContain(c.suggestion);
    });
  }
  for (const raw of cases.hints ?? []) {
    const c = norm(raw);
    test(`at most hints at ${JSON.stringify(c.draft)}`, () => {
      const found = check({ draft: c.draft, customer: c.customer }).warnings.filter((w) => w.rule === rule);
      expect(found.map((w) => w.severity).filter((s) => s !== 'hint')).toEqual([]);
    });
  }
  for (const raw of cases.leaves) {
    const c = norm(raw);
    test(`leaves ${JSON.stringify(c.draft)}`, () => {
      const found = check({ draft: c.draft, customer: c.customer }).warnings.filter((w) => w.rule === rule);
      expect(found.map((w) => w.text)).toEqual([]);
    });
  }
}

/** A reminder: `met` drafts satisfy it, `unmet` do not; `expected`/`notExpected` check when it applies. */
export function requireRule(rule: string, cases: { met: Case[]; unmet: Case[]; expected?: Case[]; notExpected?: Case[] }): void {
  const reminder = (c: { draft: string; customer?: string }) =>
    check({ draft: c.draft, customer: c.customer }).reminders.find((r) => r.rule === rule);
  for (const raw of cases.met) {
    const c = norm(raw);
    test(`is met by ${JSON.stringify(c.draft)}`, () => expect(reminder(c)?.met).toBe(true));
  }
  for (const raw of cases.unmet) {
    const c = norm(raw);
    test(`is not met by ${JSON.stringify(c.draft)}`, () => expect(reminder(c)?.met).toBe(false));
  }
  for (const raw of cases.expected ?? []) {
    const c = norm(raw);
    test(`is expected for ${JSON.stringify(c.customer ?? c.draft)}`, () => expect(reminder(c)?.expected).toBe(true));
  }
  for (const raw of cases.notExpected ?? []) {
    const c = norm(raw);
    test(`is not expected for ${JSON.stringify(c.customer ?? c.draft)}`, () => expect(reminder(c)?.expected).toBe(false));
  }
}

/** A context signal: raised by the `raises` customer messages, not by the `quiet` ones. */
export function signalRule(id: string, cases: { raises: string[]; quiet: string[] }): void {
  const raised = (customer: string) => check({ draft: 'Hi there.', customer }).signals.some((s) => s.id === id && s.source === 'customer');
  for (const customer of cases.raises) test(`is raised by ${JSON.stringify(customer)}`, () => expect(raised(customer)).toBe(true));
  for (const customer of cases.quiet) test(`is not raised by ${JSON.stringify(customer)}`, () => expect(raised(customer)).toBe(false));
}
