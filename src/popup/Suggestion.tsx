import { useId, useState } from 'preact/hooks';
import { t } from './i18n.js';

interface Props {
  text: string;
  copy: (text: string) => Promise<boolean>;
  /** Absent when there is no reply box to insert into. */
  insert?: ((text: string) => Promise<boolean>) | undefined;
}

/** A suggested sentence with Copy and Insert at caret, and a status line saying what happened. */
export function Suggestion({ text, copy, insert }: Props) {
  const id = useId();
  const [status, setStatus] = useState('');
  const run = async (action: (text: string) => Promise<boolean>, done: string, failed: string) => {
    const ok = await action(text).catch(() => false);
    setStatus(t(ok ? done : failed));
  };
  return (
    <div class="suggestion">
      <p class="suggestion-label">{t('suggestion_label')}</p>
      <p class="suggestion-text" id={id}>
        {text}
      </p>
      <div class="actions">
        <button type="button" aria-describedby={id} onClick={() => run(copy, 'copy_done', 'copy_failed')}>
          {t('copy')}
        </button>
        {insert && (
          <button type="button" class="primary" aria-describedby={id} onClick={() => run(insert, 'insert_done', 'insert_failed')}>
            {t('insert')}
          </button>
        )}
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
