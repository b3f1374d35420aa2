/**
 * One line that says whether the last edits were saved, and where: "Saved",
 * "Saved on this computer only: <why>", or what went wrong (the edits stay
 * on the page and are saved again with the next change or "Try again").
 */

import { t } from '../popup/i18n.js';
import type { SaveStatus } from './store.js';

interface Props {
  status: SaveStatus;
  unsaved: number;
  onRetry: () => void;
}

export function StatusLine({ status, unsaved, onRetry }: Props) {
  let text = '';
  let cls = 'status';
  if (status.state === 'error') {
    text = t('options_status_error', status.message);
    cls += ' status-error';
  } else if (status.state === 'saving' || unsaved > 0) text = t('options_status_saving');
  else if (status.state === 'saved') {
    text = status.localOnly ? t('options_status_saved_local', status.localOnly) : t('options_status_saved');
    if (status.localOnly) cls += ' status-local';
  } else text = t('options_status_auto');
  return (
    <div class={cls}>
      <p role="status" aria-live="polite" data-save-state={unsaved > 0 && status.state !== 'error' ? 'saving' : status.state}>
        {status.state === 'saved' && unsaved === 0 && (
          <span class="tick" aria-hidden="true">
            ✓{' '}
          </span>
        )}
        {text}
      </p>
      {status.state === 'error' && (
        <button type="button" onClick={onRetry}>
          {t('options_retry')}
        </button>
      )}
    </div>
  );
}
