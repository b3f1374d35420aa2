import type { DraftReminder } from '../shared/messages.js';
import { t } from './i18n.js';
import { Suggestion } from './Suggestion.js';
import { ATTENTION_RULES, isMissing, suggestionFor } from './suggestions.js';

interface Props {
  reminders: DraftReminder[];
  labels: Record<string, string>;
  copy: (text: string) => Promise<boolean>;
  insert?: ((text: string) => Promise<boolean>) | undefined;
}

/** The reminders that matter for this reply, missing ones first: ✓ or not, each with its reason. */
export function Checklist({ reminders, labels, copy, insert }: Props) {
  const relevant = reminders.filter((r) => r.expected || r.met);
  if (relevant.length === 0) return null;
  const items = [...relevant.filter(isMissing), ...relevant.filter((r) => !isMissing(r))];
  return (
    <section class="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('checklist_heading')}</h2>
      <ul>
        {items.map((r) => {
          const missing = isMissing(r);
          // Thank and apologize already have their sentence in the attention card.
          const suggestion = missing && !ATTENTION_RULES.includes(r.rule) ? suggestionFor(r.rule) : null;
          return (
            <li key={r.rule} class={missing ? 'missing' : 'met'}>
              <span class="mark" role="img" aria-label={t(missing ? 'reminder_missing' : 'reminder_met')}>
                {missing ? '○' : '✓'}
              </span>
              <div>
                <p class="item-label">{labels[r.rule] ?? r.rule}</p>
                <p class="muted why">{r.why}</p>
                {suggestion && <Suggestion text={suggestion} copy={copy} insert={insert} />}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
