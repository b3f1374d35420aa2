/**
 * Settings the real-browser tests share: the Billing team's rules, and
 * writing settings the way the settings store does, from an extension page.
 */

import type { Page } from 'playwright-core';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

/** Billing may not promise refund dates, and does not check "our policy". */
export const BILLING_PACK = {
  name: 'Billing',
  rules: {
    'trigger-policy': { enabled: false },
    'custom-refund-date': {
      kind: 'avoid',
      label: 'Refund date promised',
      message: 'Billing cannot promise when a refund arrives.',
      phrases: [{ match: 'within {number} days', rewrites: ['as soon as the bank processes it'] }],
    },
  },
};

/** Stores settings in storage.sync as one piece (see src/shared/settings-store.ts), through an extension page. */
export async function storeSettings(ext: Page, settings: object): Promise<void> {
  await ext.evaluate(
    (text) => chrome.storage.sync.set({ 'tactful.settings': { format: 1, pieces: 1, savedAt: Date.now() }, 'tactful.settings.0': text }),
    JSON.stringify(settings),
  );
}
