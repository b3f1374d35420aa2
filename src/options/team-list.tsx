/**
 * The teams: the organisation's first (locked, with a lock and "set by your
 * organisation"), then the agent's own, and a form to add one. Each item
 * carries `data-team-id` (and `data-locked="true"` when managed): tests and
 * integrations rely on it.
 */

import { useId, useState } from 'preact/hooks';
import { t } from '../popup/i18n.js';
import type { TeamInfo } from '../shared/teams.js';

export function LockIcon() {
  return (
    <svg class="lock" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1.5 1.5 0 0 0-1.5 1.5v6A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-6A1.5 1.5 0 0 0 12 6h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 5H6V4.5a2 2 0 1 1 4 0V6Z"
      />
    </svg>
  );
}

interface Props {
  teams: TeamInfo[];
  selected: string;
  defaultTeam: string;
  subscribed: ReadonlySet<string>;
  onSelect: (id: string) => void;
  /** Adds a team; returns a problem with the name, or null. */
  onAdd: (name: string) => string | null;
}

function meta(team: TeamInfo, isDefault: boolean, subscribed: boolean): string {
  if (team.managed) return t('options_set_by_org');
  const parts = [
    isDefault ? t('options_default_team') : '',
    team.sites.length > 0 ? t(team.sites.length === 1 ? 'options_one_site' : 'options_n_sites', team.sites.length) : '',
    subscribed ? t('options_subscribed') : '',
  ].filter(Boolean);
  return parts.join(' · ') || t('options_no_sites');
}

export function TeamList({ teams, selected, defaultTeam, subscribed, onSelect, onAdd }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <nav class="team-list" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_teams')}</h2>
      <ul>
        {teams.map((team) => (
          <li
            key={team.id}
            data-team-id={team.id}
            data-locked={team.managed ? 'true' : undefined}
            class={`team-item${team.id === selected ? ' selected' : ''}`}
          >
            <button type="button" aria-current={team.id === selected ? 'true' : undefined} onClick={() => onSelect(team.id)}>
              <span class="team-name">
                {team.managed && <LockIcon />}
                {team.name}
              </span>
              <span class="team-meta">{meta(team, team.id === defaultTeam, subscribed.has(team.id))}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        class="add-team"
        onSubmit={(e) => {
          e.preventDefault();
          const problem = onAdd(name);
          setError(problem);
          if (!problem) setName('');
        }}
      >
        <label for={`${id}-name`}>{t('options_new_team_name')}</label>
        <div class="inline-form">
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={100}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit">{t('options_add_team')}</button>
        </div>
        {error && (
          <p id={`${id}-error`} class="field-error">
            {error}
          </p>
        )}
      </form>
    </nav>
  );
}
