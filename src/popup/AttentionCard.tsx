import type { DraftReminder } from '../shared/messages.js';
import { t } from './i18n.js';
import { Suggestion } from './Suggestion.js';
import { suggestionFor } from './suggestions.js';

const WHY_KEYS: Readonly<Record<string, string>> = { thank: 'attention_thank', apologize: 'attention_apologize' };

interface Props {
  /** The missing thank/apologize reminders (see `attentionItems`). */
  items: DraftReminder[];
  copy: (text: string) => Promise<boolean>;
  insert?: ((text: string) => Promise<boolean>) | undefined;
}

/** Leads the popup when the reply forgets to thank or apologize: why it matters and a sentence to add. */
export function AttentionCard({ items, copy, insert }: Props) {
  if (items.length === 0) return null;
  return (
    <section class="card attention" aria-labelledby="attention-heading">
      <h2 id="attention-heading">{t('attention_heading')}</h2>
      {items.map((r) => (
        <div class="attention-item" key={r.rule}>
          <p>{t(WHY_KEYS[r.rule] ?? r.rule)}</p>
          <Suggestion text={suggestionFor(r.rule) ?? ''} copy={copy} insert={insert} />
        </div>
      ))}
    </section>
  );
}
