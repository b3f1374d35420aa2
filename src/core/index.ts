/**
 * Tactful's reply-checking engine: text in, findings out. No DOM, no browser
 * API; the extension, the CLI and the tests all use it through this module.
 */

import { checkDraft } from './check.js';
import { type CompiledPack, compilePack, parsePack } from './pack.js';
import { defaultPackSource } from './packs/default.js';
import type { CheckInput, CheckResult } from './types.js';

export { findMasks, type MaskRange } from './mask.js';
export { type CompiledPack, type CompiledRule, PackError, PROBLEM_SIGNAL } from './pack.js';
export { CONDITIONS, type RuleKind, type RuleOverride, type RulePack, type RuleSpec } from './pack-types.js';
export { applyEdit, type Edit, suggestionEdit } from './rewrite.js';
export * from './types.js';
export { validatePack } from './validate.js';

let cachedDefault: CompiledPack | null = null;

/** Tactful's default rule pack, compiled once. */
export function defaultPack(): CompiledPack {
  cachedDefault ??= compilePack(defaultPackSource, null, 'the default rule pack');
  return cachedDefault;
}

/**
 * Loads a rule pack (a parsed JSON value or JSON text). Packs extend the
 * default pack unless they say `"extends": "none"`. Throws `PackError`
 * listing every problem, with its JSON path; nothing is half-loaded.
 */
export function loadPack(pack: unknown, label?: string): CompiledPack {
  return typeof pack === 'string' ? parsePack(pack, defaultPack(), label) : compilePack(pack, defaultPack(), label);
}

/**
 * Loads a pack on top of another compiled pack (a team's rules on a
 * subscribed pack, an agent's personal rules on a team's). Throws
 * `PackError` like `loadPack`.
 */
export function extendPack(pack: unknown, base: CompiledPack, label?: string): CompiledPack {
  return compilePack(pack, base, label);
}

/**
 * Checks a draft reply (and, optionally, the customer's last message it
 * answers) against a pack, the default one unless given.
 */
export function check(input: CheckInput | string, pack: CompiledPack = defaultPack()): CheckResult {
  return checkDraft(typeof input === 'string' ? { draft: input } : input, pack);
}
