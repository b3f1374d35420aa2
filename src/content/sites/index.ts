/**
 * The site adapters, most specific first; the generic one matches any page.
 */

import { generic } from './generic.js';
import type { SiteAdapter } from './types.js';

export type { SiteAdapter } from './types.js';

const ADAPTERS: readonly SiteAdapter[] = [generic];

/** The adapter for the current page. */
export function siteFor(location: Location, doc: Document): SiteAdapter {
  for (const a of ADAPTERS) {
    try {
      if (a.matches(location, doc)) return a;
    } catch {
      // A broken adapter must not stop Tactful on other sites.
    }
  }
  return generic;
}
