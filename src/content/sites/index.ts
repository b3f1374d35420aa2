/**
 * The site adapters, most specific first: hosted apps by their address,
 * then self-hosted ones (Zammad, osTicket, FreeScout) by markers in the page.
 * The generic adapter matches any page.
 */

import { freescout } from './freescout.js';
import { freshdesk } from './freshdesk.js';
import { front } from './front.js';
import { generic } from './generic.js';
import { gmail } from './gmail.js';
import { helpscout } from './helpscout.js';
import { intercom } from './intercom.js';
import { osticket } from './osticket.js';
import type { SiteAdapter } from './types.js';
import { zammad } from './zammad.js';
import { zendesk } from './zendesk.js';

export type { SiteAdapter } from './types.js';

export const ADAPTERS: readonly SiteAdapter[] = [
  zendesk,
  gmail,
  freshdesk,
  helpscout,
  intercom,
  front,
  zammad,
  osticket,
  freescout,
  generic,
];

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
