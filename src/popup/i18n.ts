/**
 * The popup's texts, from _locales/<lang>/messages.json through the
 * extension's i18n API. A missing message shows its key, never an empty label.
 */

import browser from 'webextension-polyfill';

/** The message `key` with `$1`…`$9` filled from `subs`; the key itself when there is no such message. */
export function t(key: string, ...subs: (string | number)[]): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, subs.length > 0 ? subs.map(String) : undefined);
  } catch {
    // No i18n API (a page opened outside the extension): the key is still better than nothing.
  }
  return message || key;
}

/** Sets the document's language, direction and title from the browser's UI language. */
export function applyLocale(doc: Document): void {
  doc.title = t('popup_title');
  try {
    doc.documentElement.lang = browser.i18n.getUILanguage().replace('_', '-');
    doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // Keep popup.html's lang="en" dir="ltr".
  }
}
