/**
 * Subscribed packs: fetched from a team's pack URL (the only network request
 * Tactful makes). Being written; see issue 5.
 */

import type { SubscriptionState } from '../shared/subscription-state.js';

/** Fetches a subscribed pack now. */
export async function refreshSubscription(url: string): Promise<SubscriptionState> {
  return { url, pack: null, etag: null, lastModified: null, checkedAt: null, updatedAt: null, error: 'not fetched yet' };
}
