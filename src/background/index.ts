/**
 * The background context (Chrome: service worker; Firefox: event page).
 * It owns the rule pack and scores drafts for the content scripts.
 */

import browser from 'webextension-polyfill';
import { check } from '../core/index.js';
import type { CheckResult } from '../core/types.js';

interface CheckRequest {
  kind: 'check';
  draft: string;
  customer?: string;
}

function isCheckRequest(m: unknown): m is CheckRequest {
  return typeof m === 'object' && m !== null && (m as CheckRequest).kind === 'check' && typeof (m as CheckRequest).draft === 'string';
}

browser.runtime.onMessage.addListener((message: unknown): Promise<CheckResult> | undefined => {
  if (!isCheckRequest(message)) return undefined;
  return Promise.resolve(check({ draft: message.draft, customer: message.customer }));
});
