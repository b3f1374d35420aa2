/**
 * The background's answers to the toolbar popup: the focused draft in full,
 * the customer signals, per-site on/off, the breather, and requests the
 * popup makes of the page (reveal a warning, insert a sentence at the caret).
 */

import browser from 'webextension-polyfill';
import type { Handlers } from '../shared/messages.js';
import { DISABLED_HOSTS_KEY, disabledHosts } from '../shared/site.js';
import { allTeams } from '../shared/teams.js';
import { breatherState, dismissBreather, setBreatherEnabled } from './breather.js';
import { localDetail, localLabels } from './localize.js';
import { packFor } from './pack.js';
import { currentPolicy, currentSettings, updateSettings } from './settings.js';
import { getTabState } from './tab-state.js';

type PopupKinds =
  | 'popup-state'
  | 'set-site-enabled'
  | 'reveal-warning'
  | 'insert-text'
  | 'dismiss-breather'
  | 'set-breather-enabled'
  | 'set-team';

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab's page URL: as its frames reported it, else as the browser shows it (activeTab grants that when the popup opens). */
async function urlOf(tabId: number, reported: string | undefined): Promise<string> {
  if (reported) return reported;
  try {
    const url = (await browser.tabs.get(tabId)).url;
    return url && /^https?:/.test(url) ? url : '';
  } catch {
    return '';
  }
}

function hostOf(url: string, reported: string | undefined): string {
  if (reported) return reported;
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** Asks the content scripts of a tab to act on one of their boxes; false when no frame has it. */
async function toPage(tabId: number, message: object): Promise<boolean> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) === true;
  } catch {
    return false;
  }
}

export const popupHandlers: Pick<Handlers, PopupKinds> = {
  async 'popup-state'(req) {
    const tabId = req.tabId ?? (await activeTabId());
    const state = tabId === null ? null : await getTabState(tabId);
    const url = tabId === null ? '' : await urlOf(tabId, state?.url);
    const host = hostOf(url, state?.host);
    const { team, pack } = await packFor(url || (host ? `https://${host}/` : ''));
    const labels = localLabels(pack);
    const teams = allTeams((await currentSettings()).settings, await currentPolicy());
    const breather = await breatherState();
    const hosts = disabledHosts((await browser.storage.local.get(DISABLED_HOSTS_KEY))[DISABLED_HOSTS_KEY]);
    const detail = state?.focused ? state.details?.[state.focused] : undefined;
    return { tabId, host, enabled: !hosts.includes(host), draft: detail ? localDetail(detail) : null, labels, team, teams, breather };
  },

  async 'set-site-enabled'(req) {
    const stored = (await browser.storage.local.get(DISABLED_HOSTS_KEY))[DISABLED_HOSTS_KEY];
    const hosts = new Set(disabledHosts(stored));
    if (req.enabled) hosts.delete(req.host);
    else hosts.add(req.host);
    await browser.storage.local.set({ [DISABLED_HOSTS_KEY]: [...hosts] });
    return null;
  },

  'reveal-warning'(req) {
    return toPage(req.tabId, { kind: 'reveal-warning', boxId: req.boxId, start: req.start });
  },

  'insert-text'(req) {
    return toPage(req.tabId, { kind: 'insert-text', boxId: req.boxId, text: req.text });
  },

  async 'dismiss-breather'() {
    await dismissBreather();
    return null;
  },

  async 'set-breather-enabled'(req) {
    await setBreatherEnabled(req.enabled);
    return null;
  },

  async 'set-team'(req) {
    if (!req.host) return null;
    await updateSettings((s) => {
      if (req.teamId) s.siteTeams[req.host] = req.teamId;
      else delete s.siteTeams[req.host];
    });
    return null;
  },
};
