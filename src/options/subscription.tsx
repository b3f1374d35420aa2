/**
 * A team's subscription to a pack hosted at a URL: the only network request
 * Tactful makes. Subscribing asks for access to that one origin from within
 * the click (browsers only ask the user from a user gesture), saves the URL,
 * and has the background fetch the pack at once; its state (last updated,
 * last checked, what went wrong) is shown until the team unsubscribes. The
 * team's own edits stay as an overlay on the subscribed pack.
 */

import { useId, useState } from 'preact/hooks';
import { t } from '../popup/i18n.js';
import type { SubscriptionState } from '../shared/subscription-state.js';
import type { Team } from '../shared/teams.js';
import type { OptionsClient } from './client.js';
import { dateTimeText } from './labels.js';
import type { SettingsStore } from './store.js';
import { subscribe, unsubscribe } from './team-edits.js';

/** A pack URL Tactful may fetch: https, or http on this machine (for testing a pack). */
export function packUrl(raw: string): URL | null {
  try {
    const u = new URL(raw.trim());
    if (u.username || u.password) return null;
    if (u.protocol === 'https:') return u;
    if (u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1')) return u;
  } catch {
    // not a URL at all
  }
  return null;
}

interface Props {
  team: Team;
  state: SubscriptionState | undefined;
  client: OptionsClient;
  store: SettingsStore;
}

export function Subscription({ team, state, client, store }: Props) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const url = team.subscription?.url;

  const refresh = async (target: string) => {
    setBusy(true);
    try {
      store.setSubscription(await client.refreshSubscription(target));
      setError(null);
    } catch (e) {
      setError(t('options_sub_no_answer', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const onSubscribe = (e: Event) => {
    e.preventDefault();
    const parsed = packUrl(value);
    if (!parsed) return setError(t('options_sub_bad_url'));
    // First thing in the handler: the permission prompt needs the click's user gesture.
    const asked = client.requestOrigin(`${parsed.protocol}//${parsed.hostname}`);
    void asked.then(async (granted) => {
      if (!granted) return setError(t('options_sub_denied', parsed.host));
      const href = parsed.href;
      store.edit(subscribe(team.id, href));
      await store.flush();
      setValue('');
      await refresh(href);
    });
  };

  const onUnsubscribe = () => {
    store.edit(unsubscribe(team.id));
    setError(null);
  };

  return (
    <section class="card" data-jump="subscription" tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('options_subscription')}</h3>
      {!url ? (
        <form class="add-form" onSubmit={onSubscribe}>
          <p class="hint">{t('options_sub_intro')}</p>
          <label for={`${id}-url`}>{t('options_sub_url')}</label>
          <div class="inline-form">
            <input
              id={`${id}-url`}
              type="url"
              placeholder="https://example.com/support.tactful.json"
              value={value}
              spellcheck={false}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
            <button type="submit">{t('options_subscribe')}</button>
          </div>
        </form>
      ) : (
        <div class="subscription">
          <p>
            {t('options_sub_to')} <code class="url">{url}</code>
          </p>
          <dl class="facts">
            <dt>{t('options_sub_updated')}</dt>
            <dd>{state?.updatedAt ? dateTimeText(state.updatedAt) : t('options_sub_never')}</dd>
            <dt>{t('options_sub_checked')}</dt>
            <dd>{state?.checkedAt ? dateTimeText(state.checkedAt) : t('options_sub_never')}</dd>
          </dl>
          {state?.error && (
            <p class="field-error" role="alert">
              {t(state.pack ? 'options_sub_error_kept' : 'options_sub_error', state.error)}
            </p>
          )}
          <p class="hint">{t('options_sub_overlay')}</p>
          <div class="actions">
            <button type="button" disabled={busy} onClick={() => void refresh(url)}>
              {busy ? t('options_sub_updating') : t('options_sub_update')}
            </button>
            <button type="button" onClick={onUnsubscribe}>
              {t('options_unsubscribe')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
