/**
 * Hooks that keep the page current: the settings store's snapshot, and data
 * read through the client that is read again whenever it changes elsewhere
 * (a reply box's "Ignore here", the popup's site switch, another tab).
 */

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Changed, OptionsClient } from './client.js';
import type { SettingsStore, Snapshot } from './store.js';

/** The store's current snapshot, re-rendering on each change. */
export function useSnapshot(store: SettingsStore): Snapshot {
  const [snap, setSnap] = useState(store.snapshot);
  useEffect(() => {
    setSnap(store.snapshot);
    return store.subscribe(() => setSnap(store.snapshot));
  }, [store]);
  return snap;
}

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/**
 * `read()` now and each time `part` changes; `reload` reads again at once
 * (after the page itself changed it).
 */
export function useLive<T>(client: OptionsClient, part: Changed, read: () => Promise<T>): [Live<T>, () => Promise<void>] {
  const [live, setLive] = useState<Live<T>>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` is a new closure each render; the client and part identify it
  const reload = useCallback(async () => {
    try {
      setLive({ status: 'ready', value: await read() });
    } catch (e) {
      setLive({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }, [client, part]);
  useEffect(() => {
    void reload();
    return client.onChanged((parts) => {
      if (parts.has(part)) void reload();
    });
  }, [client, part, reload]);
  return [live, reload];
}
