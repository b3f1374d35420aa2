// The demo helpdesk: one ticket, and the same curt first draft in three kinds of reply editor,
// so Tactful's highlights can be seen in a textarea, ProseMirror and CKEditor 5.
import { type EditorHandle, expose, nativeHandle } from '../test/e2e/pages/src/editor-api';
import { createCkeditor } from '../test/e2e/pages/src/editors/ckeditor';
import { createProseMirror } from '../test/e2e/pages/src/editors/prosemirror';
import './helpdesk.css';

const DRAFT = [
  'Hi Sam,',
  'Unfortunately there is nothing I can do until the carrier confirms the damage. It is our policy to wait for their report. You should have refused the delivery.',
  'Acme Support',
];

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`demo: #${id} is missing`);
  return el;
}

const handles = new Map<string, EditorHandle>();

const textarea = element('reply-textarea');
if (textarea instanceof HTMLTextAreaElement) textarea.value = DRAFT.join('\n\n');
handles.set(
  'textarea',
  nativeHandle(() => textarea),
);

const draftHtml = DRAFT.map((paragraph) => `<p>${paragraph}</p>`).join('');
handles.set('prosemirror', createProseMirror(element('reply-prosemirror'), draftHtml).handle);

/** Shows one editor's panel and makes its handle `window.__editor`. */
function select(name: string): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    const selected = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    element(tab.getAttribute('aria-controls') ?? '').hidden = !selected;
  }
  const handle = handles.get(name);
  if (handle) expose(handle);
}

const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
for (const [index, tab] of tabs.entries()) {
  const name = tab.id.replace(/^tab-/, '');
  tab.addEventListener('click', () => select(name));
  tab.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!step || !next) return;
    next.focus();
    next.click();
  });
}

const initial = new URLSearchParams(location.search).get('editor') ?? 'textarea';
select(initial);

const ckeditor = await createCkeditor(element('reply-ckeditor'), draftHtml);
handles.set('ckeditor', ckeditor.handle);
if (initial === 'ckeditor') select('ckeditor');
