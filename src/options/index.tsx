/** The options page's entry: language, and the page on the extension's client (build.mjs joins the stylesheets into options.css). */

import { render } from 'preact';
import { applyLocale, t } from '../popup/i18n.js';
import { App } from './app.js';
import { browserClient } from './browser-client.js';

applyLocale(document);
document.title = t('options_title');
const root = document.getElementById('app');
const show = () => {
  if (!root) return;
  render(
    <App client={browserClient} hash={location.hash} onNavigate={(hash) => history.replaceState(null, '', hash || location.pathname)} />,
    root,
  );
};
show();
// A link to `options.html#team=<id>` while the page is open selects that team.
addEventListener('hashchange', show);
