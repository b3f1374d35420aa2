/**
 * Per-site on/off: the hosts where the agent turned Tactful off, in
 * storage.local, read by the content script and the popup.
 */

export const DISABLED_HOSTS_KEY = 'tactful.disabledHosts';

/** The list of hosts from a stored value (anything malformed counts as none). */
export function disabledHosts(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [];
}
