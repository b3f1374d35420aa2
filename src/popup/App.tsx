import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupState } from '../shared/messages.js';
import { Breather } from './Breather.js';
import { Controls } from './Controls.js';
import { Customer } from './Customer.js';
import type { PopupClient } from './client.js';
import { Draft, RECHECK_MS } from './Draft.js';
import { t } from './i18n.js';
import { Tip } from './Tip.js';

/** How long the popup waits for the background before saying it isn't answering. */
export const ANSWER_TIMEOUT_MS = 1500;

type Load = { status: 'loading' } | { status: 'ready'; state: PopupState } | { status: 'failed' };

/** `promise`, or a rejection once `ms` have passed without an answer. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

interface Props {
  client: PopupClient;
  /** The tab to show (`popup.html?tab=<id>`); the active tab when undefined. */
  tabId?: number | undefined;
}

/** The toolbar popup: asks the background for the tab's state, then shows it. */
export function App({ client, tabId }: Props) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const fetchState = useCallback(
    async (quietly = false) => {
      if (!quietly) setLoad({ status: 'loading' });
      try {
        setLoad({ status: 'ready', state: await within(client.state(tabId), ANSWER_TIMEOUT_MS) });
      } catch {
        setLoad({ status: 'failed' });
      }
    },
    [client, tabId],
  );
  useEffect(() => {
    void fetchState();
  }, [fetchState]);

  return (
    <div class="popup">
      <header class="top">
        <h1>{t('popup_title')}</h1>
        {load.status === 'ready' && load.state.host && <p class="host">{load.state.host}</p>}
      </header>
      {load.status === 'loading' && <Skeleton />}
      {load.status === 'failed' && <NoAnswer onRetry={() => fetchState()} />}
      {load.status === 'ready' && (
        <Ready
          state={load.state}
          client={client}
          update={(state) => setLoad({ status: 'ready', state })}
          refresh={() => fetchState(true)}
        />
      )}
    </div>
  );
}

/** A few grey bars, faded in only if the answer takes more than a moment (see popup.css). */
function Skeleton() {
  return (
    <div class="skeleton" role="status" aria-busy="true" aria-label={t('loading')}>
      <span />
      <span />
      <span />
    </div>
  );
}

function NoAnswer({ onRetry }: { onRetry: () => void }) {
  return (
    <div class="card problem" role="alert">
      <p>{t('error_no_answer')}</p>
      <button type="button" class="primary" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}

interface ReadyProps {
  state: PopupState;
  client: PopupClient;
  /** Shows a changed state at once, before the background confirms it. */
  update: (state: PopupState) => void;
  /** Asks the background again, without the skeleton. */
  refresh: () => void;
}

function Ready({ state, client, update, refresh }: ReadyProps) {
  const main = useRef<HTMLElement>(null);
  const setSiteEnabled = async (enabled: boolean) => {
    update({ ...state, enabled });
    await client.setSiteEnabled(state.host, enabled).catch(() => {});
    refresh();
  };
  const setBreather = (breather: PopupState['breather'], request: Promise<void>) => {
    update({ ...state, breather });
    // The card is gone: keep keyboard focus in the popup rather than on the document.
    main.current?.focus();
    void request.catch(() => {});
  };
  const setTeam = async (teamId: string | null) => {
    const picked = state.teams.find((x) => x.id === teamId);
    if (picked) update({ ...state, team: { ...picked, reason: 'chosen' } });
    await client.setTeam(state.host, teamId).catch(() => {});
    refresh();
    // The page checks its drafts again with the team's rules: show that once it has.
    window.setTimeout(refresh, RECHECK_MS);
  };
  const { breather } = state;
  const signals = state.enabled ? (state.draft?.signals ?? []) : [];
  return (
    <>
      <main ref={main} tabIndex={-1}>
        <Status state={state} client={client} refresh={refresh} />
        <Customer signals={signals} hasDraft={state.draft !== null} />
        {breather.suggested && (
          <Breather
            count={breather.hostileReplies}
            onDismiss={() => setBreather({ ...breather, suggested: false }, client.dismissBreather())}
            onTurnOff={() => setBreather({ ...breather, enabled: false, suggested: false }, client.setBreatherEnabled(false))}
          />
        )}
        <Tip client={client} />
      </main>
      <Controls
        state={state}
        onSiteEnabled={setSiteEnabled}
        onBreatherEnabled={(enabled) =>
          setBreather({ ...breather, enabled, suggested: enabled && breather.suggested }, client.setBreatherEnabled(enabled))
        }
        onTeam={(teamId) => void setTeam(teamId)}
        onSettings={() => void client.openOptions()}
      />
    </>
  );
}

/** The draft when there is one; otherwise one line saying why not. */
function Status({ state, client, refresh }: { state: PopupState; client: PopupClient; refresh: () => void }) {
  if (state.tabId === null) return <p class="note">{t('site_unsupported')}</p>;
  if (!state.enabled) return <p class="note">{t('site_off', state.host)}</p>;
  if (state.draft) return <Draft draft={state.draft} tabId={state.tabId} labels={state.labels} client={client} refresh={refresh} />;
  return <p class="note">{t(state.host ? 'no_draft' : 'site_unsupported')}</p>;
}
