import { render } from 'preact';
import { App } from './App.js';
import { browserClient, tabIdFrom } from './client.js';
import { applyLocale } from './i18n.js';

applyLocale(document);
const root = document.getElementById('app');
if (root) render(<App client={browserClient} tabId={tabIdFrom(location.search)} />, root);
