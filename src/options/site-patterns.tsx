/**
 * The sites a team checks: URL patterns (checked with the same `sitePattern`
 * the background matches pages with), and the sites where the agent chose
 * this team from the popup, which win over patterns.
 */

import { useId, useState } from 'preact/hooks';
import { t } from '../popup/i18n.js';
import { sitePattern } from '../shared/teams.js';

/** Most patterns a team keeps (the settings reader drops more). */
export const MAX_SITES = 50;

/** A pattern as stored: trimmed, without a scheme; null when it is not a pattern. */
export function normalPattern(raw: string): string | null {
  const p = raw.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return p && sitePattern(p) ? p : null;
}

interface Props {
  sites: string[];
  /** Hosts where the agent chose this team in the popup. */
  chosen: string[];
  /** Null when the team is locked (an organisation's): no edit controls. */
  onAdd: ((pattern: string) => void) | null;
  onRemove: ((pattern: string) => void) | null;
  onForget: (host: string) => void;
}

export function SitePatterns({ sites, chosen, onAdd, onRemove, onForget }: Props) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!onAdd) return;
    const pattern = normalPattern(value);
    if (!pattern) return setError(t('options_site_invalid'));
    if (sites.includes(pattern)) return setError(t('options_site_taken'));
    if (sites.length >= MAX_SITES) return setError(t('options_site_too_many', MAX_SITES));
    onAdd(pattern);
    setError(null);
    setValue('');
  };
  return (
    <section class="card" data-jump="sites" tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('options_sites')}</h3>
      <p class="hint">{t('options_sites_intro')}</p>
      {sites.length === 0 ? (
        <p class="empty">{t('options_sites_none')}</p>
      ) : (
        <ul class="chips" aria-label={t('options_sites')}>
          {sites.map((s) => (
            <li key={s} class="site">
              <code>{s}</code>
              {onRemove && (
                <button type="button" class="quiet" aria-label={t('options_remove_site', s)} onClick={() => onRemove(s)}>
                  {t('options_remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {onAdd && (
        <form class="add-form" onSubmit={submit}>
          <label for={`${id}-pattern`}>{t('options_site_pattern')}</label>
          <div class="inline-form">
            <input
              id={`${id}-pattern`}
              type="text"
              spellcheck={false}
              placeholder="*.zendesk.com/agent/*"
              value={value}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
            <button type="submit">{t('options_add_site')}</button>
          </div>
          <p id={`${id}-help`} class="hint">
            {t('options_site_help')}
          </p>
          {error && (
            <p id={`${id}-error`} class="field-error">
              {error}
            </p>
          )}
        </form>
      )}
      <h4>{t('options_chosen_sites')}</h4>
      {chosen.length === 0 ? (
        <p class="empty">{t('options_chosen_none')}</p>
      ) : (
        <ul class="chips" aria-label={t('options_chosen_sites')}>
          {chosen.map((host) => (
            <li key={host} class="site">
              <code>{host}</code>
              <button type="button" class="quiet" aria-label={t('options_forget_site', host)} onClick={() => onForget(host)}>
                {t('options_forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
