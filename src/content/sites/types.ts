/** What Tactful needs to know about one helpdesk app's pages. */
export interface SiteAdapter {
  /** Stable id: 'zendesk', 'gmail', … */
  id: string;
  /** Whether this adapter is for the page (by location, and for self-hosted apps by DOM markers). */
  matches(location: Location, doc: Document): boolean;
  /** Whether an editable element is a reply box (true), definitely not one (false: search field, internal note, subject line…), or undecided (undefined: the generic rules decide). `includeNotes` is a user setting. */
  isReply?(el: Element, includeNotes: boolean): boolean | undefined;
  /** The customer's latest message for this reply box, as plain text, if the page shows it. Must be cheap (called after typing pauses) and must never throw. */
  customerMessage?(box: Element): string | undefined;
}
