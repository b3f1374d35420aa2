/**
 * A stand-in for webextension-polyfill in the popup's tests: i18n reads the
 * real _locales/en/messages.json (placeholders and $1-style substitutions as
 * the browsers apply them); storage and runtime are in-memory fakes.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const messages: Record<string, Entry> = JSON.parse(
  // A path, not a URL: under happy-dom `URL` is the DOM's, which node:fs refuses.
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../_locales/en/messages.json'), 'utf8'),
) as Record<string, Entry>;

/** `browser.i18n.getMessage` over the English messages: '' for an unknown key, as the browsers do. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
  return named.replaceAll('$$', '$');
}

const stored = new Map<string, unknown>();

export const fakeBrowser = {
  i18n: { getMessage: vi.fn(getMessage), getUILanguage: () => 'en-US' },
  runtime: { sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => null), openOptionsPage: vi.fn(async () => {}) },
  storage: {
    local: {
      get: vi.fn(async (key: string) => (stored.has(key) ? { [key]: stored.get(key) } : {})),
      set: vi.fn(async (items: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(items)) stored.set(k, v);
      }),
    },
  },
};
