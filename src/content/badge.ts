/**
 * The per-box badge: `<tactful-badge>` next to the reply box, showing the
 * score and the reminders still missing; clicking it opens the checklist.
 * Its attributes are the public DOM contract (README): `data-score`,
 * `data-warnings`, `data-missing`.
 */

import type { CheckResult } from '../core/types.js';
import { createHost, el } from './host.js';
import { BADGE_CSS } from './styles.js';

/** Short nudges for the reminders that matter most at a glance. */
const NUDGES: Record<string, string> = { thank: 'thank?', apologize: 'apologize?', empathize: 'empathize?', 'follow-up': 'follow up?' };

export class Badge {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly pill: HTMLButtonElement;
  private panel: HTMLElement | null = null;
  private result: CheckResult | null = null;
  private note = '';

  constructor(
    private readonly box: Element,
    private readonly labels: ReadonlyMap<string, string>,
  ) {
    const doc = box.ownerDocument;
    ({ host: this.host, root: this.root } = createHost(doc, 'tactful-badge', BADGE_CSS));
    this.host.setAttribute('data-score', '');
    this.host.setAttribute('data-warnings', '');
    this.host.setAttribute('data-missing', '');
    this.pill = el(doc, 'button', { class: 'pill', type: 'button', 'aria-label': 'Tactful: open the checklist for this reply' });
    this.pill.addEventListener('click', () => this.togglePanel());
    this.root.append(this.pill);
    this.render();
  }

  /** Shows a check's result. */
  update(result: CheckResult | null, note = ''): void {
    this.result = result;
    this.note = note;
    const warnings = result?.warnings.map((w) => w.rule) ?? [];
    const missing = result?.reminders.filter((r) => r.expected && !r.met).map((r) => r.rule) ?? [];
    this.host.setAttribute('data-score', result?.score === null || result === null ? '' : String(result.score));
    this.host.setAttribute('data-warnings', warnings.join(','));
    this.host.setAttribute('data-missing', missing.join(','));
    this.render();
    if (this.panel) this.renderPanel();
  }

  private render(): void {
    const doc = this.box.ownerDocument;
    const score = this.result?.score ?? null;
    const missing =
      this.result?.reminders
        .filter((r) => r.expected && !r.met)
        .map((r) => NUDGES[r.rule])
        .filter(Boolean) ?? [];
    const scoreEl = el(
      doc,
      'span',
      { class: `score${score === null ? '' : score < 50 ? ' low' : score < 80 ? ' mid' : ''}` },
      score === null ? '–' : String(score),
    );
    const text = this.note || missing.slice(0, 2).join(' ');
    this.pill.replaceChildren(scoreEl, ...(text ? [el(doc, 'span', { class: 'missing' }, text)] : []));
    this.pill.title = score === null ? 'Tactful: nothing to check yet' : `Tactful score ${score}${text ? ` — ${text}` : ''}`;
  }

  private togglePanel(): void {
    if (this.panel) {
      this.panel.remove();
      this.panel = null;
      this.pill.setAttribute('aria-expanded', 'false');
      return;
    }
    this.panel = el(this.box.ownerDocument, 'div', { class: 'panel', role: 'dialog', 'aria-label': 'Checklist for this reply' });
    this.root.append(this.panel);
    this.pill.setAttribute('aria-expanded', 'true');
    this.renderPanel();
  }

  private renderPanel(): void {
    const doc = this.box.ownerDocument;
    const panel = this.panel;
    if (!panel) return;
    const r = this.result;
    const label = (id: string) => this.labels.get(id) ?? id;
    const counts = new Map<string, number>();
    for (const w of r?.warnings ?? []) counts.set(w.rule, (counts.get(w.rule) ?? 0) + 1);
    const reminders = (r?.reminders ?? []).filter((x) => x.expected);
    panel.replaceChildren(
      el(doc, 'h2', {}, r?.score === null || !r ? 'Nothing to check yet' : `Score ${r.score}`),
      ...(this.note ? [el(doc, 'p', { class: 'note' }, this.note)] : []),
      el(doc, 'h2', {}, counts.size ? 'To rephrase' : 'No phrases to rephrase'),
      el(doc, 'ul', {}, ...[...counts].map(([id, n]) => el(doc, 'li', {}, `${label(id)}${n > 1 ? ` ×${n}` : ''}`))),
      el(doc, 'h2', {}, 'Checklist'),
      el(
        doc,
        'ul',
        {},
        ...reminders.map((x) =>
          el(
            doc,
            'li',
            { class: x.met ? 'met' : 'unmet' },
            `${x.met ? '✓' : '○'} ${label(x.rule)}`,
            x.met ? '' : el(doc, 'div', { class: 'note' }, x.message),
          ),
        ),
      ),
    );
  }

  /** Keeps the badge at the bottom-right corner of its box; hides it with the box. */
  position(): void {
    const rect = this.box.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && this.box.isConnected;
    this.host.hidden = !visible;
    if (!visible) return;
    const size = this.host.getBoundingClientRect();
    this.host.style.left = `${Math.round(rect.right - size.width - 6)}px`;
    this.host.style.top = `${Math.round(rect.bottom - size.height - 6)}px`;
  }

  destroy(): void {
    this.host.remove();
  }
}
