import type { DraftDetail, DraftWarning } from '../shared/messages.js';
import { AttentionCard } from './AttentionCard.js';
import { Checklist } from './Checklist.js';
import type { PopupClient } from './client.js';
import { t } from './i18n.js';
import { Score } from './Score.js';
import { attentionItems } from './suggestions.js';
import { Warnings } from './Warnings.js';

interface Props {
  draft: DraftDetail;
  tabId: number;
  labels: Record<string, string>;
  client: PopupClient;
  /** Asks the background for the tab's state again (after an insert changed the draft). */
  refresh?: () => void;
}

/** Time for the page to re-check the draft after an insert before the popup asks again. */
export const RECHECK_MS = 700;

/** The focused reply: score, then a missing thank/apology, then the warnings, then the checklist. */
export function Draft({ draft, tabId, labels, client, refresh }: Props) {
  const copy = (text: string) => client.copy(text);
  const insert = async (text: string) => {
    const done = await client.insert(tabId, draft.boxId, text);
    // The page re-checks the draft after the insert; show the new checklist once it has.
    if (done && refresh) window.setTimeout(refresh, RECHECK_MS);
    return done;
  };
  const reveal = (w: DraftWarning) => client.reveal(tabId, draft.boxId, w.start);
  return (
    <section class="draft" aria-labelledby="draft-heading">
      <h2 id="draft-heading" class="eyebrow">
        {t('draft_heading')}
      </h2>
      <Score score={draft.score} />
      <AttentionCard items={attentionItems(draft)} copy={copy} insert={insert} />
      {draft.score !== null && <Warnings warnings={draft.warnings} labels={labels} reveal={reveal} />}
      <Checklist reminders={draft.reminders} labels={labels} copy={copy} insert={insert} />
    </section>
  );
}
