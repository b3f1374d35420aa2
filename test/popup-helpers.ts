/** Builders for popup states, a fake PopupClient, mounting, and queries by role as a user perceives the page. */

import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { App } from '../src/popup/App.js';
import type { PopupClient } from '../src/popup/client.js';
import type { DraftDetail, DraftReminder, DraftWarning, PopupState } from '../src/shared/messages.js';

export const LABELS: Record<string, string> = {
  thank: 'Thank the customer',
  apologize: 'Apologize',
  empathize: 'Show you understand the feeling',
  'follow-up': 'Offer more help',
  'trigger-policy': 'Hiding behind policy',
  'trigger-should': 'Lecturing ("you should…")',
};

const WHY: Record<string, string> = {
  thank: 'A complaint is a second chance: thanking the customer for it turns a grievance into a conversation.',
  apologize: 'A real apology calms an upset customer, even when the company was not at fault. Take responsibility.',
  empathize: 'People need to feel heard before they can hear a solution.',
  'follow-up': 'Offering more help shows the conversation is not being closed on them.',
};

export function reminder(rule: string, met: boolean, expected = true): DraftReminder {
  return { rule, expected, met, message: `${rule} message`, why: WHY[rule] ?? `${rule} why` };
}

export function warning(rule: string, text: string, start: number, severity: DraftWarning['severity'] = 'warning'): DraftWarning {
  return { rule, text, start, severity, message: `${LABELS[rule] ?? rule}: rethink this.` };
}

export function draft(overrides: Partial<DraftDetail> = {}): DraftDetail {
  return { boxId: 'box-1', score: 95, warnings: [], reminders: [reminder('thank', true)], signals: [], ...overrides };
}

/** A draft to an upset customer that neither thanks nor apologizes, with two phrases to rethink. */
export function upsetDraft(): DraftDetail {
  return draft({
    score: 41,
    signals: ['customer-upset'],
    warnings: [warning('trigger-policy', 'It is our policy', 0), warning('trigger-should', 'You should have read', 18)],
    reminders: [reminder('thank', false), reminder('apologize', false), reminder('follow-up', true)],
  });
}

export function popupState(overrides: Partial<PopupState> = {}): PopupState {
  return {
    tabId: 7,
    host: 'acme.zendesk.com',
    enabled: true,
    draft: null,
    labels: LABELS,
    team: { id: 'my-team', name: 'Tactful default', sites: [], managed: false, reason: 'default' },
    teams: [{ id: 'my-team', name: 'Tactful default', sites: [], managed: false }],
    breather: { enabled: true, suggested: false, hostileReplies: 0 },
    ...overrides,
  };
}

export function fakeClient(state: PopupState | (() => Promise<PopupState>)) {
  return {
    state: vi.fn(typeof state === 'function' ? state : async () => state),
    setSiteEnabled: vi.fn(async () => {}),
    reveal: vi.fn(async () => true),
    insert: vi.fn(async () => true),
    dismissBreather: vi.fn(async () => {}),
    setBreatherEnabled: vi.fn(async () => {}),
    setTeam: vi.fn(async () => {}),
    openOptions: vi.fn(async () => {}),
    copy: vi.fn(async () => true),
    nextTip: vi.fn(async () => ({ id: 'tip_twelve', source: 'source_newell_legner' })),
  } satisfies PopupClient;
}

/** Lets pending promises settle and Preact re-render. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  });
}

/** Mounts the popup on a fresh container and waits for its first answer. */
export async function mount(client: PopupClient, tabId?: number): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const root = document.body.appendChild(document.createElement('div'));
  await act(() => {
    render(h(App, { client, tabId }), root);
  });
  await settle();
  return root;
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => el.click());
  await settle();
}

const ROLES: Record<string, string> = {
  alert: '[role="alert"]',
  button: 'button, [role="button"]',
  checkbox: 'input[type="checkbox"]',
  combobox: 'select',
  heading: 'h1, h2, h3, h4, h5, h6',
  status: '[role="status"]',
};

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name, as far as the popup's markup needs: aria-label, the label around an input, else the text. */
export function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const around = el.tagName === 'INPUT' || el.tagName === 'SELECT' ? el.closest('label') : null;
  if (!around) return textOf(el);
  // The label's own words, without a select's options.
  const copy = around.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll('select')) control.remove();
  return textOf(copy);
}

export function allByRole(root: ParentNode, role: string): HTMLElement[] {
  const selector = ROLES[role];
  if (!selector) throw new Error(`no selector for role ${role}`);
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

export function queryByRole(root: ParentNode, role: string, name: string | RegExp): HTMLElement | null {
  const found = allByRole(root, role).filter((el) => (typeof name === 'string' ? nameOf(el) === name : name.test(nameOf(el))));
  if (found.length > 1) throw new Error(`${found.length} elements with role ${role} and name ${name}`);
  return found[0] ?? null;
}

export function byRole(root: ParentNode, role: string, name: string | RegExp): HTMLElement {
  const el = queryByRole(root, role, name);
  if (!el) throw new Error(`no ${role} named ${name}; ${role}s: ${allByRole(root, role).map(nameOf).join(' | ')}`);
  return el;
}

export function headings(root: ParentNode): string[] {
  return allByRole(root, 'heading').map(nameOf);
}

/** The text a reader sees, blocks apart: text nodes joined by spaces (textContent runs blocks together). */
export function textOf(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return squash(parts.join(' '));
}
